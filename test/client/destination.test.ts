// The transport's last check before anything leaves: the URL must lie below the configured
// endpoint, judged after the URL is parsed (dot segments, escapes, user info), so credentials
// go nowhere else.
import { describe, expect, it } from 'vitest';
import { EvsValidationError } from '../../src/client/errors.js';
import { EvsRequest } from '../../src/client/request.js';
import { createTransport } from '../../src/client/transport.js';

const baseUrl = 'https://evs.example/v2/p1';

function transport(operation: string | null = 'showSnapshot') {
  const sent: string[] = [];
  const send = createTransport({
    baseUrl,
    fetch: async (url) => {
      sent.push(String(url));
      return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
    },
    timeoutMs: 1000,
    retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
    maxResponseBytes: 1024,
    authorizer: { authorize: () => undefined, secrets: [] },
    redact: (text) => text,
  })(operation ?? undefined);
  return { send: (url: string) => send(new EvsRequest(url)), sent };
}

describe('the destination check', () => {
  it.each([
    ['a path beside the endpoint that shares its prefix', 'https://evs.example/v2/p1x/cloudsnapshots', 'https://evs.example/v2/p1x/cloudsnapshots'],
    ['dot segments that climb out', 'https://evs.example/v2/p1/cloudsnapshots/../../p2/cloudsnapshots', 'https://evs.example/v2/p2/cloudsnapshots'],
    ['escaped dot segments that climb out', 'https://evs.example/v2/p1/%2e%2e/p2', 'https://evs.example/v2/p2'],
    ['the endpoint itself without a path below it', 'https://evs.example/v2/p1', 'https://evs.example/v2/p1'],
    ['another port', 'https://evs.example:8443/v2/p1/cloudsnapshots', 'https://evs.example:8443/v2/p1/cloudsnapshots'],
    ['another scheme', 'http://evs.example/v2/p1/cloudsnapshots', 'http://evs.example/v2/p1/cloudsnapshots'],
    ['the endpoint as user info of another host', 'https://evs.example%2Fv2%2Fp1@other.example/v2/p1/x', 'https://other.example/v2/p1/x'],
    ['a long path, shown by its first 80 characters', `https://other.example/${'a'.repeat(100)}`, `https://other.example/${'a'.repeat(79)}`],
  ])('refuses %s before sending', async (_case, url, shown) => {
    const { send, sent } = transport();
    const error = await send(url).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EvsValidationError);
    expect((error as EvsValidationError).message).toBe(
      `showSnapshot: url must lie below the configured endpoint ${baseUrl}: credentials go nowhere else (rule: origin; got ${shown})`,
    );
    expect(sent).toEqual([]);
  });

  it('names a raw call, which has no operation, by its method and path', async () => {
    const { send } = transport(null);
    const error = await send('https://evs.example/v2/p1x/cloudsnapshots?limit=1').then(
      () => undefined,
      (caught: unknown) => caught as EvsValidationError,
    );
    expect(error?.message).toMatch(/^GET \/v2\/p1x\/cloudsnapshots: url must lie below the configured endpoint /);
  });

  it('refuses a URL that does not parse, quoting its first 80 characters', async () => {
    const { send, sent } = transport();
    const error = await send(`no url ${'x'.repeat(100)}`).then(
      () => undefined,
      (caught: unknown) => caught as EvsValidationError,
    );
    expect(error?.message).toBe(`showSnapshot: url must be an absolute URL (rule: format; got ${JSON.stringify(`no url ${'x'.repeat(100)}`.slice(0, 80))})`);
    expect(sent).toEqual([]);
  });

  it.each([
    ['a path below the endpoint', 'https://evs.example/v2/p1/cloudsnapshots/detail?limit=1'],
    ['a path that climbs but stays below', 'https://evs.example/v2/p1/cloudsnapshots/x/../detail'],
    ['the endpoint with a trailing slash', 'https://evs.example/v2/p1/'],
  ])('sends %s', async (_case, url) => {
    const { send, sent } = transport();
    await send(url);
    expect(sent).toEqual([url]);
  });
});
