// The check classes: which rule breaks are documented refusals and which are this description's
// own strictness comes from the spec's x-refusal records (through generated/request-schemas.ts);
// the build refuses a rule without a record; --checks, --exclude-checks and --strict are read
// strictly and decide what fails.
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../generated/request-schemas.js';
import { checkRefusals } from '../../scripts/build/refusals.js';
import { enabled, fails, unknownCheckProblem } from '../../src/contract/checks.js';
import { readCli, UsageError } from '../../src/contract/cli-args.js';
import { settle } from '../../src/contract/findings.js';
import { scenarioRefusal } from '../../src/contract/refusal.js';
import { scenarios } from '../../src/contract/scenarios.js';
import { breakages, type Schema } from '../../src/contract/schema-arbitrary.js';

const all = (['createSnapshotRequest', 'updateSnapshotRequest', 'rollbackRequest', 'listSnapshotsQuery'] as const).flatMap((target) =>
  breakages(requestSchemas[target] as Schema, { inQuery: target === 'listSnapshotsQuery' }).map((b) => ({ target, rule: `${b.rule} at /${b.path.join('/')}`, refusal: b.refusal })),
);

describe('the class of each rule break, from the spec', () => {
  it('gives every rule a generated case can break a record', () => {
    expect(all.filter((b) => b.refusal === undefined)).toEqual([]);
    expect(all.length).toBeGreaterThan(30);
  });

  it('makes strictness exactly the rules the reference documents no refusal of: unknown keys and the list filters it leaves open', () => {
    expect(all.filter((b) => b.refusal?.class === 'strictness').map((b) => `${b.target}: ${b.rule}`)).toEqual([
      'createSnapshotRequest: unknown key at /x_contract_unknown',
      'createSnapshotRequest: unknown key at /snapshot/x_contract_unknown',
      'updateSnapshotRequest: unknown key at /x_contract_unknown',
      'updateSnapshotRequest: unknown key at /snapshot/x_contract_unknown',
      'rollbackRequest: unknown key at /x_contract_unknown',
      'rollbackRequest: unknown key at /rollback/x_contract_unknown',
      'listSnapshotsQuery: minimum at /offset',
      'listSnapshotsQuery: minLength at /sort_key',
      'listSnapshotsQuery: maxBytes at /name',
      'listSnapshotsQuery: enum at /status',
    ]);
  });

  it('names the source and code of each documented refusal: byte limits, UUID ids, the limit range, sort_dir', () => {
    const documented = Object.fromEntries(all.filter((b) => b.refusal?.class === 'documented-refusal').map((b) => [`${b.target}: ${b.rule}`, b.refusal?.code]));
    expect(documented).toMatchObject({
      'createSnapshotRequest: maxBytes at /snapshot/name': '400',
      'createSnapshotRequest: pattern at /snapshot/volume_id': 'EVS.1002',
      'listSnapshotsQuery: maximum at /limit': 'EVS.2142',
      'listSnapshotsQuery: minimum at /limit': 'EVS.1023',
      'listSnapshotsQuery: pattern at /marker': 'EVS.1024',
      'listSnapshotsQuery: enum at /sort_dir': 'EVS.1040',
    });
    for (const b of all.filter((x) => x.refusal?.class === 'documented-refusal')) expect(b.refusal?.source, b.rule).toMatch(/evs_04_\d{4}/);
  });

  it('gives every scenario that expects a refusal a class: from its rule, or from a status the operation documents', () => {
    const refusing = scenarios.filter((s) => s.expectedStatus >= 400);
    expect(refusing.filter((s) => s.refuses === undefined).map((s) => s.name)).toEqual([]);
    // A quota read without usage=True is refused by this description only (usage is mandatory on OTC, but no code is documented).
    const strict = ['quotas: usage missing'];
    expect(Object.fromEntries(refusing.map((s) => [s.name, scenarioRefusal(s)?.record.class]))).toEqual(
      Object.fromEntries(refusing.map((s) => [s.name, strict.includes(s.name) ? 'strictness' : 'documented-refusal'])),
    );
  });
});

describe('the build refuses x-refusal records that are missing or malformed', () => {
  const limit = { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', maximum: 1000 } } };
  it.each<[string, unknown, string]>([
    ['a rule without a record', limit, 'x-refusal at q/limit: type, maximum have no record'],
    [
      'a record for a rule the schema lacks',
      { ...limit, properties: { limit: { type: 'integer', 'x-refusal': { type: { documented: false, note: 'n' }, minimum: { documented: false, note: 'n' } } } } },
      'x-refusal at q/limit: records minimum, which this schema does not have',
    ],
  ])('%s', (_case, schema, message) => {
    expect(() => checkRefusals(schema, 'q', true)).toThrow(message);
  });

  it('a documented record without a code, and one not documented without a note, when the generator reads them', async () => {
    const { refusalClasses } = await import('../../scripts/build/refusals.js');
    expect(() => refusalClasses({ maximum: { documented: true, source: 'evs_04_0038' } }, 'q/limit')).toThrow(
      'x-refusal at q/limit/maximum: code must be an error code such as EVS.2142 or an HTTP status such as 400, got undefined',
    );
    expect(() => refusalClasses({ enum: { documented: false } }, 'q/status')).toThrow('x-refusal at q/status/enum: a rule whose refusal is not documented says why in a note');
    expect(refusalClasses({ enum: { documented: false, note: 'n' } }, 'q/status')).toEqual({ enum: { class: 'strictness' } });
  });
});

describe('what fails a run', () => {
  const strictnessFinding = { pointer: '(status)', problem: 'p', expected: '400', actual: '200', class: 'strictness', check: 'refuses-unknown-key' } as const;
  const conformanceFinding = { pointer: '/snapshot', problem: 'p', expected: 'e', actual: 'a', class: 'conformance', check: 'response-schema' } as const;
  const none = { strict: false, checks: [], excludeChecks: [] };

  it('a strictness finding warns by default and fails with strict; any other fails', () => {
    expect(settle([strictnessFinding], none).outcome).toBe('warned');
    expect(settle([strictnessFinding], { ...none, strict: true }).outcome).toBe('failed');
    expect(settle([strictnessFinding, conformanceFinding], none).outcome).toBe('failed');
    expect(fails(none, 'documented-refusal')).toBe(true);
  });

  it('drops the findings of checks left out, by class or by name', () => {
    expect(settle([strictnessFinding, conformanceFinding], { ...none, excludeChecks: ['response-schema'] })).toMatchObject({ outcome: 'warned', violations: [strictnessFinding] });
    expect(settle([strictnessFinding, conformanceFinding], { ...none, checks: ['strictness'] }).violations).toEqual([strictnessFinding]);
    expect(enabled({ ...none, checks: ['conformance'], excludeChecks: ['error-code'] }, 'error-code', 'conformance')).toBe(false);
  });
});

describe('--checks, --exclude-checks and --strict', () => {
  const base = ['--base-url', 'http://127.0.0.1:9', '--project-id', 'bab7d5c60cd041a0a36f7c4b6e1dd978', '--volume-id', '5aa119a8-d25b-45a7-8d1b-88e127885635'];
  const env = { EVS_AUTH_TOKEN: 'tok-1234' };
  const usageError = (argv: string[]): string => {
    try {
      readCli([...base, ...argv], env);
    } catch (error) {
      if (error instanceof UsageError) return error.message;
      throw error;
    }
    return 'no error';
  };

  it('reads classes and check names, comma-separated or repeated', () => {
    const { options } = readCli([...base, '--checks', 'conformance,refuses-unknown-key', '--checks', 'behaviour', '--exclude-checks', 'strictness', '--strict'], env);
    expect([options?.checks, options?.excludeChecks, options?.strict]).toEqual([['conformance', 'refuses-unknown-key', 'behaviour'], ['strictness'], true]);
  });

  it('refuses an unknown name, listing the classes and suggesting the nearest', () => {
    expect(usageError(['--exclude-checks', 'strictnes'])).toMatch(
      /^--exclude-checks must name check classes or checks: "strictnes" is neither a class \(conformance, behaviour, documented-refusal, strictness\) nor a check \([^)]*refuses-unknown-key[^)]*\); did you mean strictness\? \(got "strictnes"\)$/,
    );
    expect(usageError(['--checks', 'refuses-unknown-keys'])).toMatch(/did you mean refuses-unknown-key\?/);
    expect(unknownCheckProblem('zzzzzzzzzzzz')).not.toMatch(/did you mean/);
    expect(usageError(['--checks', ''])).toBe('no error');
  });
});
