// One attempt on its own, against answers a server or a fetch may give: every redirect form
// refused with where it pointed (resolved, redacted, cut), statuses outside HTTP's, bodies
// bounded, bodiless statuses, and the redaction of what the server wrote.
import { describe, expect, it } from 'vitest';
import { type AttemptSettings, BodyFailed, sendAttempt } from '../../src/client/attempt.js';
import { EvsRedirectError, EvsResponseError } from '../../src/client/errors.js';
import { EvsRequest } from '../../src/client/request.js';

const requestUrl = 'https://evs.example/v2/p1/cloudsnapshots/detail';
const secret = 'tok-5ecret';

/** A Response with the fields fetch sets and a constructor cannot (status outside 200-599, redirected, url, type). */
function answer(init: { status?: number; body?: BodyInit | null; headers?: Record<string, string>; redirected?: boolean; url?: string; type?: ResponseType; statusText?: string }) {
  const response = new Response(init.body ?? null, { status: 200, headers: init.headers ?? {}, statusText: init.statusText ?? '' });
  const ok = init.status === undefined ? undefined : init.status >= 200 && init.status < 300;
  for (const [key, value] of Object.entries({ status: init.status, ok, redirected: init.redirected, url: init.url, type: init.type }))
    if (value !== undefined) Object.defineProperty(response, key, { value });
  return response;
}

const attempt = (response: Response, overrides: Partial<AttemptSettings> = {}) => {
  const seen: RequestInit[] = [];
  const settings: AttemptSettings = {
    fetch: async (_url, init) => {
      seen.push(init ?? {});
      return response;
    },
    maxResponseBytes: 16,
    redact: (text) => text.replaceAll(secret, '[redacted]'),
    origin: 'https://evs.example',
    ...overrides,
  };
  return { result: sendAttempt('listSnapshots', 1, new EvsRequest(requestUrl), new AbortController().signal, settings), seen };
};

const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('resolved');
    },
    (error: unknown) => error as Error,
  );

describe('sendAttempt: redirects', () => {
  it('asks fetch not to follow redirects', async () => {
    const { result, seen } = attempt(answer({}));
    await result;
    expect(seen[0]?.redirect).toBe('manual');
  });

  it.each<[string, Parameters<typeof answer>[0], string | undefined]>([
    ['a 302 with a relative Location, resolved against the request', { status: 302, headers: { Location: '/elsewhere?x=1' } }, 'https://evs.example/elsewhere?x=1'],
    ['a 399 with an absolute Location', { status: 399, headers: { Location: 'https://other.example/a' } }, 'https://other.example/a'],
    ['a 300 without a Location', { status: 300 }, undefined],
    ['an opaque redirect (status 0)', { status: 0, type: 'opaqueredirect' }, undefined],
    ['an answer fetch reached through a redirect', { status: 200, redirected: true, url: 'https://other.example/final' }, 'https://other.example/final'],
    ['a Location that is no URL, shown as sent', { status: 301, headers: { Location: 'http://[bad' } }, 'http://[bad'],
    ['a Location carrying the token, redacted', { status: 307, headers: { Location: `https://other.example/?t=${secret}` } }, 'https://other.example/?t=[redacted]'],
    ['a Location of 200 characters, whole', { status: 308, headers: { Location: `https://other.example/${'a'.repeat(178)}` } }, `https://other.example/${'a'.repeat(178)}`],
    ['a Location of 300 characters, cut at 200', { status: 308, headers: { Location: `https://other.example/${'a'.repeat(300)}` } }, `https://other.example/${'a'.repeat(178)}…`],
  ])('refuses %s, naming where it pointed', async (_case, init, location) => {
    const error = await rejection(attempt(answer(init)).result);
    expect(error).toBeInstanceOf(EvsRedirectError);
    expect((error as EvsRedirectError).location).toBe(location);
    expect(error.message).toBe(
      `listSnapshots failed with HTTP ${init.status}: a redirect ${location === undefined ? 'without a usable Location' : `to ${location}`}, which the client does not follow: requests, their credentials and bodies go only to https://evs.example`,
    );
  });

  it('takes 299, 304 (Not Modified points nowhere) and 400 as no redirects', async () => {
    expect((await attempt(answer({ status: 299 })).result).status).toBe(299);
    expect((await attempt(answer({ status: 304, headers: { Location: '/x' } })).result).status).toBe(304);
    expect((await attempt(answer({ status: 400, headers: { Location: '/x' } })).result).status).toBe(400);
  });
});

describe('sendAttempt: answers it cannot use', () => {
  it.each([199, 600])('refuses HTTP %i, a status HTTP does not define', async (status) => {
    const error = await rejection(attempt(answer({ status })).result);
    expect(error).toBeInstanceOf(EvsResponseError);
    expect(error.message).toBe(`listSnapshots got HTTP ${status} but HTTP ${status} is not a status HTTP defines (200 to 599 after the redirects)`);
  });

  it('takes 200 and 599 as statuses', async () => {
    expect((await attempt(answer({ status: 200 })).result).status).toBe(200);
    expect((await attempt(answer({ status: 599 })).result).status).toBe(599);
  });

  it('refuses a body past maxResponseBytes, saying so, with no excerpt of what it read', async () => {
    const error = await rejection(attempt(answer({ body: 'x'.repeat(17) })).result);
    expect(error.message).toBe('listSnapshots got HTTP 200 but its body exceeds maxResponseBytes (16 bytes); reading stopped after 17 bytes');
    expect((error as EvsResponseError).bodyExcerpt).toBe('');
  });

  it('refuses a 2xx body that is not UTF-8, and passes one of an error status on', async () => {
    const bad = Uint8Array.of(0xc3, 0x28);
    expect((await rejection(attempt(answer({ body: bad })).result)).message).toBe('listSnapshots got HTTP 200 but the body is not valid UTF-8 text');
    expect([...((await attempt(answer({ status: 500, body: bad })).result).body ?? [])]).toEqual([0xc3, 0x28]);
  });

  it('tells a body that broke off from a refusal: BodyFailed, with the cause', async () => {
    const cause = new Error('reset');
    const body = new ReadableStream({
      pull(controller) {
        controller.error(cause);
      },
    });
    const error = await rejection(attempt(answer({ body })).result);
    expect(error).toBeInstanceOf(BodyFailed);
    expect((error as BodyFailed).reason).toBe(cause);
  });
});

describe('sendAttempt: what it settles', () => {
  it('keeps the bytes, and redacts the status text and request id the server wrote', async () => {
    const settled = await attempt(answer({ status: 201, body: '{"a":1}', statusText: `Created ${secret}`, headers: { 'X-Request-Id': `id-${secret}` } })).result;
    expect([settled.status, settled.statusText, new TextDecoder().decode(settled.body ?? new Uint8Array())]).toEqual([201, 'Created [redacted]', '{"a":1}']);
    const refused = await rejection(attempt(answer({ status: 600, headers: { 'X-Request-Id': `id-${secret}` } })).result);
    expect((refused as EvsResponseError).requestId).toBe('id-[redacted]');
  });

  it.each([204, 205, 304])('gives no body for HTTP %i', async (status) => {
    expect((await attempt(answer({ status, body: 'x' })).result).body).toBeNull();
  });

  it('gives no body for an empty one', async () => {
    expect((await attempt(answer({ body: '' })).result).body).toBeNull();
  });
});
