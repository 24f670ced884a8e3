// npm run mock against requests no client library would send, over a raw socket: each must get
// a documented 4xx whose body is valid against the spec's error schema, and the mock must still
// answer afterwards. Prism alone exits on the first malformed escape; the guard in front of it
// answers these itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResponse } from '../../src/contract/checker.js';
import { hostileCases, ordinaryRequest } from '../support/hostile-requests.js';
import { type PrismServer, startScript } from '../support/prism.js';
import { type RawAnswer, rawExchange } from '../support/raw-http.js';
import { SchemaValidator } from '../support/schema-validator.js';

let mock: PrismServer;
let port: number;
beforeAll(async () => {
  mock = await startScript('mock.ts');
  port = Number(new URL(mock.url).port);
});
afterAll(() => mock?.stop());

const validator = new SchemaValidator();
const cases = hostileCases.map((c) => [c.name, c.request, c.operation, c.status] as const);

async function stillServing(): Promise<RawAnswer> {
  return rawExchange(port, ordinaryRequest());
}

describe('npm run mock survives hostile requests', () => {
  it.each(cases)('answers %s with a documented 4xx and a schema-valid body, and keeps serving', async (_case, request, operationId, status) => {
    const answer = await rawExchange(port, request());
    expect(answer.status, answer.body).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const observed = { status: answer.status, contentType: answer.headers['content-type'] ?? null, body: answer.body };
    if (operationId) expect(checkResponse(operationId, observed)).toEqual([]);
    else expect(validator.violations(SchemaValidator.component('ErrorResponse'), JSON.parse(answer.body))).toEqual([]);
    expect((await stillServing()).status).toBe(200);
  });

  it('keeps answering ordinary requests while hostile ones arrive at the same time', async () => {
    const [hostile, ordinary] = await Promise.all([
      Promise.all(cases.map(([, request]) => rawExchange(port, request()))),
      Promise.all(Array.from({ length: 20 }, () => stillServing())),
    ]);
    expect(hostile.map((answer) => answer.status)).toEqual(cases.map(([, , , status]) => status));
    expect(ordinary.map((answer) => answer.status)).toEqual(Array(20).fill(200));
  });

  it('is the same Prism after all of them', () => {
    expect(mock.output()).not.toMatch(/URIError|guard: Prism (exited|failed|\(pid \d+\) refused)/);
    expect([...mock.output().matchAll(/guard: Prism \(pid \d+\) serves on/g)]).toHaveLength(1);
  });

  it('starts Prism again when it dies, and answers the next request', async () => {
    const pid = Number(/guard: Prism \(pid (\d+)\)/.exec(mock.output())?.[1]);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGKILL');
    const answer = await stillServing();
    expect(
      answer.status,
      mock
        .output()
        .split('\n')
        .filter((line) => line.startsWith('guard:'))
        .join('\n'),
    ).toBe(200);
    expect(mock.output()).toMatch(/guard: Prism (exited \(SIGKILL\); it is started again on the next request|\(pid \d+\) refused a connection; another is started)/);
    expect([...mock.output().matchAll(/guard: Prism \(pid (\d+)\) serves on/g)].map((m) => Number(m[1]))).toHaveLength(2);
  });
});
