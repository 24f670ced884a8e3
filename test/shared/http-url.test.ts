// The one URL check every product uses for a server's address, on its own: each refusal with its
// exact problem, and what a base URL keeps.
import { describe, expect, it } from 'vitest';
import { baseUrlOf, checkHttpUrl } from '../../src/shared/http-url.js';

const problemOf = (text: string, bare: boolean): string | undefined => {
  const check = checkHttpUrl(text, { bare });
  return 'problem' in check ? check.problem : undefined;
};
const ruleOf = (text: string, bare: boolean): string | undefined => {
  const check = checkHttpUrl(text, { bare });
  return 'rule' in check ? check.rule : undefined;
};

describe('checkHttpUrl', () => {
  it.each([
    ['not a URL', 'evs.eu-de.otc.t-systems.com', 'must be an absolute URL such as https://evs.eu-de.otc.t-systems.com', 'absolute'],
    ['another scheme', 'ftp://evs.example', 'must use http or https, not ftp:', 'protocol'],
    ['a user name alone', 'https://me@evs.example', 'must not carry credentials (user info)', 'credentials'],
    ['a password alone', 'https://:pw@evs.example', 'must not carry credentials (user info)', 'credentials'],
    ['a user and a password', 'https://me:pw@evs.example', 'must not carry credentials (user info)', 'credentials'],
  ])('refuses %s, bare or not, naming the rule as data', (_case, text, problem, rule) => {
    expect(problemOf(text, true)).toBe(problem);
    expect(problemOf(text, false)).toBe(problem);
    expect([ruleOf(text, true), ruleOf(text, false)]).toEqual([rule, rule]);
  });

  it.each([
    ['a query', 'https://evs.example/v2?a=1'],
    ['a fragment', 'https://evs.example/v2#part'],
    ['an empty query', 'https://evs.example/v2?'],
    ['an empty fragment', 'https://evs.example/v2#'],
    ['a query and a fragment', 'https://evs.example/v2?a=1#part'],
  ])('refuses %s in a bare URL and accepts it in a request URL', (_case, text) => {
    expect([problemOf(text, true), ruleOf(text, true)]).toEqual(['must not have a query or fragment', 'bare']);
    const check = checkHttpUrl(text, { bare: false });
    expect('url' in check && check.url.href).toBe(new URL(text).href);
  });

  it.each(['http://127.0.0.1:8080', 'https://evs.eu-de.otc.t-systems.com/v2/p1'])('accepts %s as given', (text) => {
    const check = checkHttpUrl(text, { bare: true });
    expect('url' in check && check.url.href).toBe(new URL(text).href);
  });
});

describe('baseUrlOf', () => {
  it.each([
    ['https://evs.example/v2/p1', 'https://evs.example/v2/p1'],
    ['https://evs.example/v2/p1/', 'https://evs.example/v2/p1'],
    ['https://evs.example/v2/p1///', 'https://evs.example/v2/p1'],
    ['https://evs.example', 'https://evs.example'],
  ])('turns %s into %s', (text, base) => {
    expect(baseUrlOf(new URL(text))).toBe(base);
  });
});
