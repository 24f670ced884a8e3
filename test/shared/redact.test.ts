// The redactor, on its own: every form a server may echo a secret in, the order of overlapping
// secrets, the cut after scrubbing, and errors scrubbed in place whatever their property kinds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pkiToken } from '../../scripts/lib/pki-token.js';
import { createRedactor, excerpt } from '../../src/shared/redact.js';

const secret = 'tok/"en\\ 7ü';

describe('createRedactor().text', () => {
  const { text } = createRedactor([secret]);
  it.each([
    ['as sent', secret],
    ['percent-encoded, upper case', encodeURIComponent(secret).replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase())],
    ['percent-encoded, lower case', encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ['every character percent-encoded', [...new TextEncoder().encode(secret)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
    ['as \\u escapes', [...secret].map((c) => `\\u${c.codePointAt(0)?.toString(16).padStart(4, '0')}`).join('')],
    ['with the space as +', secret.replace(' ', '+')],
    ['in another case', secret.toUpperCase()],
  ])('removes the secret %s', (_form, echoed) => {
    expect(text(`before ${echoed} after`)).toBe('before [redacted] after');
  });

  it('escapes JSON only where JSON escapes: a bare backslash before other letters is not the secret', () => {
    expect(text('tok/"en\\\\ 7ü')).toBe('[redacted]');
    expect(text('tok/"enX 7ü')).toBe('tok/"enX 7ü');
    expect(createRedactor(['a+b']).text('a b')).toBe('a b');
    expect(createRedactor(['a b']).text('a+b')).toBe('[redacted]');
    expect(createRedactor(['a/b']).text('a\\/b')).toBe('[redacted]');
    expect(createRedactor(['a"b']).text('a\\"b')).toBe('[redacted]');
  });

  it('takes a character beyond U+FFFF only as sent or percent-encoded', () => {
    const wide = 'k😀y';
    expect(createRedactor([wide]).text(`x${wide}x ${encodeURIComponent(wide)}`)).toBe('x[redacted]x [redacted]');
  });

  it('removes the longer of two overlapping secrets whole, and ignores an empty one', () => {
    const redactor = createRedactor(['abc', 'abcdef', '']);
    expect(redactor.text('abcdef abc')).toBe('[redacted] [redacted]');
    expect(createRedactor(['abcdef', 'abc']).text('abcdef')).toBe('[redacted]');
    expect(createRedactor(['', '']).text('nothing here')).toBe('nothing here');
    expect(createRedactor([]).text('nothing here')).toBe('nothing here');
    expect(createRedactor([]).text('undefined null')).toBe('undefined null');
  });

  it('treats regular-expression characters in a secret literally', () => {
    expect(createRedactor(['a.c']).text('abc a.c')).toBe('abc [redacted]');
    expect(createRedactor(['(x)|y']).text('y (x)|y')).toBe('y [redacted]');
  });
});

describe('createRedactor().error', () => {
  const { error: scrub } = createRedactor(['s3cr3t-token']);

  it('scrubs message, stack, own string properties and the cause chain, and keeps the name', () => {
    const cause = new Error('inner s3cr3t-token');
    const error = Object.assign(new TypeError('outer s3cr3t-token', { cause }), { detail: 'x s3cr3t-token', nested: { deep: 's3cr3t-token' } });
    expect(scrub(error)).toBe(error);
    expect([error.message, error.detail, error.nested.deep, (error.cause as Error).message]).toEqual(['outer [redacted]', 'x [redacted]', '[redacted]', 'inner [redacted]']);
    expect(error.stack).not.toContain('s3cr3t-token');
    expect(error.name).toBe('TypeError');
  });

  it('scrubs through setters, replaces getters, and leaves frozen properties and numbers alone', () => {
    let stored = 'via setter s3cr3t-token';
    const error = new Error('m');
    Object.defineProperty(error, 'viaSetter', {
      get: () => stored,
      set: (value: string) => {
        stored = value;
      },
      enumerable: true,
      configurable: false,
    });
    Object.defineProperty(error, 'getterOnly', { get: () => 'getter s3cr3t-token', enumerable: true, configurable: true });
    Object.defineProperty(error, 'frozen', { value: 'frozen s3cr3t-token', writable: false, configurable: false, enumerable: true });
    Object.defineProperty(error, 'readOnly', { value: 'ro s3cr3t-token', writable: false, configurable: true, enumerable: false });
    Object.defineProperty(error, 'setterOnly', { set: () => undefined, enumerable: true, configurable: true });
    Object.defineProperty(error, 'lockedGetter', { get: () => 'locked s3cr3t-token', enumerable: true, configurable: false });
    Object.assign(error, { count: 7, nothing: null });
    expect(() => scrub(error)).not.toThrow();
    const props = error as unknown as Record<string, unknown>;
    expect(stored).toBe('via setter [redacted]');
    expect(props.getterOnly).toBe('getter [redacted]');
    expect(Object.getOwnPropertyDescriptor(error, 'getterOnly')).toMatchObject({ value: 'getter [redacted]', writable: true, enumerable: true });
    expect(props.readOnly).toBe('ro [redacted]');
    expect(Object.getOwnPropertyDescriptor(error, 'readOnly')?.enumerable).toBe(false);
    // What cannot be changed is left as it is: the caller's error objects are never broken.
    expect(props.frozen).toBe('frozen s3cr3t-token');
    expect(props.lockedGetter).toBe('locked s3cr3t-token');
    expect([props.count, props.nothing]).toEqual([7, null]);
  });

  it('stops at cycles and at a depth of 8, and passes through what is not an object', () => {
    const a: Record<string, unknown> = { text: 'a s3cr3t-token' };
    a.self = a;
    expect(() => scrub(a)).not.toThrow();
    expect(a.text).toBe('a [redacted]');
    // The object at depth d (the root is 0) holds the text: scrubbed down to depth 8, not below.
    const nestedAt = (depth: number): { root: Record<string, unknown>; leaf: { text: string } } => {
      const leaf = { text: 'leaf s3cr3t-token' };
      let root: Record<string, unknown> = leaf;
      for (let i = 0; i < depth; i++) root = { next: root };
      return { root, leaf };
    };
    const reached = nestedAt(8);
    scrub(reached.root);
    expect(reached.leaf.text).toBe('leaf [redacted]');
    const beyond = nestedAt(9);
    scrub(beyond.root);
    expect(beyond.leaf.text).toBe('leaf s3cr3t-token');
    const shallow = { next: { next: { text: 'three s3cr3t-token' } } };
    scrub(shallow);
    expect(shallow.next.next.text).toBe('three [redacted]');
    expect(scrub('plain s3cr3t-token')).toBe('plain s3cr3t-token');
    expect(scrub(null)).toBeNull();
    expect(createRedactor([]).error(Object.assign(new Error('s3cr3t-token'), {})).message).toBe('s3cr3t-token');
  });
});

describe('excerpt', () => {
  const redact = createRedactor(['s3cr3t-token']).text;
  it('cuts after scrubbing, so no prefix of a secret survives', () => {
    const text = `${'x'.repeat(195)}s3cr3t-token and more`;
    expect(excerpt(text, redact)).toBe(`${'x'.repeat(195)}[reda… (214 characters)`);
  });
  it('keeps a text of exactly the limit whole, and cuts one character more', () => {
    expect(excerpt('y'.repeat(200), redact)).toBe('y'.repeat(200));
    expect(excerpt('y'.repeat(201), redact)).toBe(`${'y'.repeat(200)}… (201 characters)`);
    expect(excerpt('abcdef', redact, 3)).toBe('abc… (6 characters)');
  });
});

describe('createRedactor() with secrets of the sizes IAM hands out', () => {
  const sizes = [8_192, 32_768, 100_000];

  it.each(sizes)('builds a redactor for a %i-character PKI token and removes it as sent', (size) => {
    const token = pkiToken(size);
    expect(token).toMatch(/^MII\+\/[A-Za-z0-9+/]+==$/);
    expect(token).toHaveLength(size);
    expect(createRedactor([token]).text(`X-Auth-Token: ${token}; bye`)).toBe('X-Auth-Token: [redacted]; bye');
  });

  const token = pkiToken(32_768);
  const { text } = createRedactor([token]);
  it.each([
    ['percent-encoded (encodeURIComponent)', encodeURIComponent(token)],
    ['percent-encoded in lower case', encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ['form-encoded (URLSearchParams)', new URLSearchParams({ t: token }).toString().slice(2)],
    ['JSON with every slash escaped', token.replaceAll('/', '\\/')],
    ['JSON with every slash escaped and + percent-encoded', token.replaceAll('/', '\\/').replaceAll('+', '%2B')],
    ['in lower case (a URL host)', token.toLowerCase()],
  ])('removes a 32 KB token echoed %s', (_form, echoed) => {
    expect(echoed).not.toBe(token);
    expect(text(`{"error_msg":"bad token ${echoed}","x":1}`)).toBe('{"error_msg":"bad token [redacted]","x":1}');
  });

  it('leaves another token of the same shape and size alone', () => {
    const other = pkiToken(32_768, 'another');
    expect(text(`a ${other} b`)).toBe(`a ${other} b`);
  });

  it.each([
    ['its first 40 characters, as a server quoting a value cuts it', token.slice(0, 40)],
    ['200 characters from its middle', token.slice(10_000, 10_200)],
    ['its first 3000 characters percent-encoded, as a Location cut short', encodeURIComponent(token.slice(0, 3000))],
    ['a piece of exactly 23 characters', token.slice(500, 523)],
    ['all but its last character', token.slice(0, -1)],
  ])('removes a piece of the token: %s', (_piece, echoed) => {
    expect(text(`{"error_msg":"bad token ${echoed}…","x":1}`)).toBe('{"error_msg":"bad token [redacted]…","x":1}');
  });

  it('leaves a run of 22 characters of the token alone: a shorter run may be chance', () => {
    const run = token.slice(500, 522);
    expect(text(`x ${run} y`)).toBe(`x ${run} y`);
  });

  it('removes a piece around either place of a window that a token holds twice (base64 repeats where its JSON does)', () => {
    const repeated = `${pkiToken(80, 'a')}abcdefghijkl${pkiToken(80, 'b')}abcdefghijkl${pkiToken(80, 'c')}`;
    const redactor = createRedactor([repeated]);
    const [first, second] = [repeated.indexOf('abcdefghijkl'), repeated.lastIndexOf('abcdefghijkl')];
    for (const piece of [repeated.slice(first - 11, first + 12), repeated.slice(second, second + 23)]) expect(redactor.text(`#${piece}#`)).toBe('#[redacted]#');
  });

  it('removes a piece of the second of two tokens that share a long prefix (one issuer), past the prefix too', () => {
    const prefix = 'MIIKxQYJKoZIhvcNAQcCoIIKtjCCCrICAQExDTALBglghkgBZQME';
    const [one, two] = [`${prefix}${pkiToken(200, 'one')}`, `${prefix}${pkiToken(200, 'two')}`];
    const redactor = createRedactor([one, two]);
    for (const end of [60, 70, 80]) expect(redactor.text(`##${two.slice(0, end)}#`)).toBe('##[redacted]#');
  });

  it('finds pieces of a secret that repeats itself, without slowing on it', () => {
    const periodic = 'abcdefgh0123'.repeat(3000);
    expect(createRedactor([periodic]).text(`<${periodic.slice(7, 70)}>`)).toBe('<[redacted]>');
  });

  it('removes every one of several echoes and merges overlapping finds into one mark', () => {
    const shortSecret = token.slice(100, 200);
    const both = createRedactor([token, shortSecret]);
    expect(both.text(`${token} ${encodeURIComponent(token)} ${shortSecret}`)).toBe('[redacted] [redacted] [redacted]');
  });

  it('keeps what is around a decoded find exactly, lone surrogates and escapes of other text included', () => {
    const around = 'pre \ud800 %zz \\q %E2%82 + %41 \\u0042';
    expect(text(`${around}${encodeURIComponent(token)}${around}`)).toBe(`${around}[redacted]${around}`);
  });
});

describe('createRedactor() on any secret and any echo of it', () => {
  const encoders: Array<[string, (secret: string) => string]> = [
    ['as sent', (s) => s],
    ['encodeURIComponent', (s) => encodeURIComponent(s)],
    ['every byte percent-encoded', (s) => [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')],
    ['JSON.stringify', (s) => JSON.stringify(s).slice(1, -1)],
    ['\\u escapes', (s) => [...s].map((c) => ((c.codePointAt(0) as number) > 0xffff ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')],
    ['form-encoded', (s) => new URLSearchParams({ t: s }).toString().slice(2)],
    ['upper case', (s) => s.toUpperCase()],
  ];
  it('leaves no echoed form of the secret in the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 40, unit: 'grapheme' }), fc.constantFrom(...encoders), fc.string({ maxLength: 20 }), (secret, [, encode], noise) => {
        const echoed = encode(secret);
        const out = createRedactor([secret]).text(`${noise}<${echoed}>${noise}`);
        expect(out).toContain('[redacted]');
        expect(out.toLowerCase()).not.toContain(echoed.toLowerCase());
        expect(out.toLowerCase()).not.toContain(secret.toLowerCase());
      }),
      { numRuns: 300, seed: 24 },
    );
  });
});
