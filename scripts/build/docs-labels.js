// Runs in the Chinese docs page (inlined by scripts/build/docs.ts, with the labels of
// spec/overlays/zh-CN.ui.yaml in place of the placeholder): replaces the renderer's English labels once they are
// drawn, and again whenever the renderer draws more. Only whole texts that are labels change.
// Pattern parts are translated by the same function: a part that is a label reads in Chinese too.
(() => {
  const { exact, patterns } = __LABELS__;
  const compiled = patterns.map(([from, to]) => [new RegExp(from), to]);
  const skip = 'code, pre, script, style, textarea, .evs-language-switch';
  const translate = (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    if (Object.hasOwn(exact, trimmed)) return text.replace(trimmed, () => exact[trimmed]);
    for (const [pattern, to] of compiled) {
      const match = pattern.exec(trimmed);
      // `$n` is the n-th captured part, itself translated when it is a label (`link to Request`).
      if (match) return text.replace(trimmed, () => to.replace(/\$(\d)/g, (_, n) => translate(match[Number(n)] ?? '') ?? match[Number(n)] ?? ''));
    }
    return undefined;
  };
  const visitText = (node) => {
    if (node.parentElement?.closest(skip)) return;
    const translated = translate(node.nodeValue);
    if (translated !== undefined && translated !== node.nodeValue) node.nodeValue = translated;
  };
  const visitElement = (element) => {
    if (element.closest(skip)) return;
    for (const attribute of ['placeholder', 'title', 'aria-label', 'alt']) {
      const value = element.getAttribute(attribute);
      const translated = value === null ? undefined : translate(value);
      if (translated !== undefined && translated !== value) element.setAttribute(attribute, translated);
    }
  };
  const visit = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return visitText(root);
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    visitElement(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) visitText(node);
      else visitElement(node);
    }
  };
  const start = () => {
    visit(document.body);
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'characterData') visitText(mutation.target);
        else if (mutation.type === 'attributes') visitElement(mutation.target);
        else for (const node of mutation.addedNodes) visit(node);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['placeholder', 'title', 'aria-label', 'alt'] });
  };
  // After the renderer has taken over the server-drawn page, so that nothing it hydrates differs from what it drew.
  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', () => setTimeout(start, 0), { once: true });
})();
