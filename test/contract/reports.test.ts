// What a person and a CI server read of a run, word for word: bounded values, escaped control
// characters, schema errors restated with pointer, expectation and value, the text report and
// the JUnit XML of one result that holds every kind of case.
import { describe, expect, it } from 'vitest';
import { printable, renderValue } from '../../src/contract/render.js';
import { formatJunit } from '../../src/contract/report-junit.js';
import { caseDetails, formatText } from '../../src/contract/report-text.js';
import type { CaseResult, ContractResult } from '../../src/contract/result.js';
import { type SchemaError, violationOf } from '../../src/contract/violations.js';

const deep: unknown[] = [];
for (let node = deep, i = 0; i < 10; i++) {
  const child: unknown[] = [];
  node.push(child);
  node = child;
}

describe('renderValue', () => {
  it('stops a list or an object once its budget is spent, exactly at zero too, before its cap of 20', () => {
    // Three quoted values of 100 characters spend the 300 of the budget exactly.
    const long = 'x'.repeat(98);
    const list = renderValue(Array.from({ length: 10 }, () => long));
    const object = renderValue(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String.fromCharCode(97 + i), long])));
    expect([list.endsWith(',…]'), object.endsWith(',…}')]).toEqual([true, true]);
    expect([list.split(long).length - 1, object.split(long).length - 1]).toEqual([3, 3]);
  });

  it.each<[string, () => unknown, string]>([
    ['nothing', () => undefined, 'nothing'],
    ['null', () => null, 'null'],
    ['true', () => true, 'true'],
    ['a number', () => -1.5, '-1.5'],
    ['a string', () => 'a"b', '"a\\"b"'],
    ['a string with a newline', () => 'a\nb', '"a\\nb"'],
    ['a long string', () => 'x'.repeat(301), `"${'x'.repeat(300)}…"`],
    ['a string of 300', () => 'y'.repeat(300), `"${'y'.repeat(300)}"`],
    ['a bigint', () => 10n, 'bigint'],
    ['a function', () => () => 1, 'function'],
    ['a symbol', () => Symbol('s'), 'symbol'],
    ['an empty array', () => [], '[]'],
    ['an empty object', () => ({}), '{}'],
    ['nested', () => ({ a: [1, { b: null }], c: 'd' }), '{"a":[1,{"b":null}],"c":"d"}'],
    ['deep arrays', () => deep, '[[[[[[[…]]]]]]]'],
    ['deep objects', () => ({ a: { b: { c: { d: { e: { f: { g: 1 } } } } } } }), '{"a":{"b":{"c":{"d":{"e":{"f":{…}}}}}}}'],
    ['six levels', () => [[[[[[1]]]]]], '[[[[[[1]]]]]]'],
    ['21 items', () => Array.from({ length: 21 }, (_, i) => i), '[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,…]'],
    ['20 items', () => Array.from({ length: 20 }, (_, i) => i), '[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]'],
    [
      '21 keys',
      () => Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])),
      '{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":10,"k11":11,"k12":12,"k13":13,"k14":14,"k15":15,"k16":16,"k17":17,"k18":18,"k19":19,…}',
    ],
    ['an object of 320 characters, kept whole', () => ({ ['k'.repeat(12)]: 'x'.repeat(301) }), `{"${'k'.repeat(12)}":"${'x'.repeat(300)}…"}`],
    ['an object of 321 characters, cut to 300', () => ({ ['k'.repeat(13)]: 'x'.repeat(301) }), `{"${'k'.repeat(13)}":"${'x'.repeat(282)}…`],
    ['a long key', () => ({ ['k'.repeat(81)]: 1 }), `{"${'k'.repeat(80)}…":1}`],
    ['a key of 80', () => ({ ['k'.repeat(80)]: 1 }), `{"${'k'.repeat(80)}":1}`],
    ['many long strings', () => Array.from({ length: 5 }, () => 'z'.repeat(100)), `["${'z'.repeat(100)}","${'z'.repeat(100)}","${'z'.repeat(100)}",…]`],
    [
      'many long keys',
      () => Object.fromEntries(Array.from({ length: 5 }, (_, i) => [String(i).repeat(80), 1])),
      `{"${'0'.repeat(80)}":1,"${'1'.repeat(80)}":1,"${'2'.repeat(80)}":1,"${'3'.repeat(43)}…`,
    ],
  ])('shows %s', (_case, value, shown) => {
    expect(renderValue(value())).toBe(shown);
  });

  it('stays short for a 5 MB string, 100,000 nested arrays and 100,000 keys', () => {
    let nested: unknown = [];
    for (let i = 0; i < 100_000; i++) nested = [nested];
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    for (const value of ['x'.repeat(5_000_000), nested, keys]) expect(renderValue(value).length).toBeLessThanOrEqual(321);
  });
});

describe('printable', () => {
  it.each([
    ['plain', 'plain'],
    ['a\u001b[31mred', 'a\\u001b[31mred'],
    ['line\nbreak\ttab', 'line\\u000abreak\\u0009tab'],
    [' ', '\\u007f\\u0080\\u009f '],
    ['  ', '\\u2028\\u2029'],
    ['é✓', 'é✓'],
  ])('shows %j as %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe('violationOf', () => {
  const root = { snapshot: { id: 5, status: 'gone', 'a/b': { 'c~d': 'deep' }, size: '10', extra: 'x' } };
  it.each<[SchemaError, ReturnType<typeof violationOf>]>([
    [
      { instancePath: '/snapshot', keyword: 'required', params: { missingProperty: 'name' }, message: "must have required property 'name'" },
      { pointer: '/snapshot/name', rule: 'required', message: "must have required property 'name'", expected: 'a value (required property)', actual: 'nothing' },
    ],
    [
      { instancePath: '/snapshot', keyword: 'additionalProperties', params: { additionalProperty: 'extra' }, message: 'must NOT have additional properties' },
      { pointer: '/snapshot/extra', rule: 'additionalProperties', message: 'must NOT have additional properties', expected: 'no such property', actual: '"x"' },
    ],
    [
      { instancePath: '/snapshot/id', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      { pointer: '/snapshot/id', rule: 'type', message: 'must be string', expected: 'type "string"', actual: '5 (number)' },
    ],
    [
      { instancePath: '/snapshot/status', keyword: 'enum', params: { allowedValues: ['available', 'error'] }, message: 'must be equal to one of the allowed values' },
      { pointer: '/snapshot/status', rule: 'enum', message: 'must be equal to one of the allowed values', expected: 'one of ["available","error"]', actual: '"gone"' },
    ],
    [
      { instancePath: '/snapshot/status', keyword: 'const', params: { allowedValue: 'available' } },
      { pointer: '/snapshot/status', rule: 'const', message: 'const', expected: '"available"', actual: '"gone"' },
    ],
    [
      { instancePath: '/snapshot/a~1b/c~0d', keyword: 'pattern', params: { pattern: '^[a-z]+$' }, message: 'must match pattern' },
      { pointer: '/snapshot/a~1b/c~0d', rule: 'pattern', message: 'must match pattern', expected: 'a string matching ^[a-z]+$', actual: '"deep"' },
    ],
    [
      { instancePath: '/snapshot', keyword: 'oneOf', params: {}, message: 'must match exactly one schema in oneOf' },
      {
        pointer: '/snapshot',
        rule: 'oneOf',
        message: 'must match exactly one schema in oneOf',
        expected: 'a value matching exactly one of the alternatives (see the violations above for each)',
        actual: '{"id":5,"status":"gone","a/b":{"c~d":"deep"},"size":"10","extra":"x"}',
      },
    ],
    [
      { instancePath: '/snapshot/size', keyword: 'format', params: { format: 'date-time' }, message: 'must match format' },
      { pointer: '/snapshot/size', rule: 'format', message: 'must match format', expected: 'format date-time', actual: '"10"' },
    ],
    [
      { instancePath: '/snapshot/size', keyword: 'maxLength', params: { limit: 1 }, message: 'must NOT have more than 1 characters' },
      { pointer: '/snapshot/size', rule: 'maxLength', message: 'must NOT have more than 1 characters', expected: 'must NOT have more than 1 characters', actual: '"10"' },
    ],
    [
      { instancePath: '/snapshot/size', keyword: 'minimum', params: {} },
      { pointer: '/snapshot/size', rule: 'minimum', message: 'minimum', expected: 'minimum', actual: '"10"' },
    ],
    [
      { instancePath: '', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      {
        pointer: '',
        rule: 'type',
        message: 'must be object',
        expected: 'type "object"',
        actual: '{"snapshot":{"id":5,"status":"gone","a/b":{"c~d":"deep"},"size":"10","extra":"x"}} (object)',
      },
    ],
    [
      { instancePath: '/nothing/here', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      { pointer: '/nothing/here', rule: 'type', message: 'must be string', expected: 'type "string"', actual: 'nothing (undefined)' },
    ],
    [
      { instancePath: '/snapshot/id/deeper', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      { pointer: '/snapshot/id/deeper', rule: 'type', message: 'must be string', expected: 'type "string"', actual: 'nothing (undefined)' },
    ],
  ])('restates %j', (error, violation) => {
    expect(violationOf(error, root)).toEqual(violation);
  });

  it.each<[SchemaError, ReturnType<typeof violationOf>]>([
    [
      { instancePath: '/snapshot/links', keyword: 'type', params: { type: 'object' }, message: 'must be object' },
      { pointer: '/snapshot/links', rule: 'type', message: 'must be object', expected: 'type "object"', actual: '[] (array)' },
    ],
    [
      { instancePath: '/snapshot/description/deeper', keyword: 'type', params: { type: 'string' }, message: 'must be string' },
      { pointer: '/snapshot/description/deeper', rule: 'type', message: 'must be string', expected: 'type "string"', actual: 'nothing (undefined)' },
    ],
  ])('restates %j, in a body with an array and a null', (error, violation) => {
    expect(violationOf(error, { snapshot: { links: [], description: null } })).toEqual(violation);
  });
});

describe('the reports of one result', () => {
  const result = {
    ok: false,
    exitCode: 1,
    baseUrl: 'http://127.0.0.1:9',
    seed: 7,
    dryRun: false,
    cases: [
      { name: 'create: minimal', kind: 'scenario', operationId: 'createSnapshot', outcome: 'passed', status: 202, expectedStatus: 202, violations: [], ms: 41 },
      {
        name: 'list: all',
        kind: 'scenario',
        operationId: 'listSnapshots',
        outcome: 'passed',
        status: 200,
        violations: [],
        ms: 0,
        reason: 'behaviour not checked on a stateless mock',
      },
      {
        name: 'show: <missing> & "gone"',
        kind: 'scenario',
        operationId: 'showSnapshot',
        outcome: 'failed',
        status: 200,
        expectedStatus: 404,
        request: { method: 'GET', path: '/v2/p/cloudsnapshots/x' },
        violations: [{ pointer: '', problem: 'status 200 is not 404', expected: '404', actual: '200' }],
        ms: 1500,
      },
      {
        name: 'update: name',
        kind: 'scenario',
        operationId: 'updateSnapshot',
        outcome: 'failed',
        status: 200,
        expectedStatus: '200',
        request: { method: 'PUT', path: '/v2/p/cloudsnapshots/s', body: '{"snapshot":{"name":"n"}}' },
        violations: [
          { pointer: '/snapshot/name', problem: 'type', expected: 'type "string"', actual: '5 (number)', class: 'conformance', check: 'response-schema' },
          { pointer: '/snapshot/id', problem: 'required', expected: 'a value', actual: 'nothing', class: 'conformance', check: 'response-schema' },
        ],
        ms: 12,
      },
      {
        name: 'generated: listSnapshots, requests that break one rule (enum at /status)',
        kind: 'generated',
        operationId: 'listSnapshots',
        outcome: 'warned',
        status: 200,
        expectedStatus: 400,
        request: { method: 'GET', path: '/v2/p/cloudsnapshots/detail?status=x' },
        violations: [
          {
            pointer: '(status)',
            problem: 'the case expects HTTP 400: only this description refuses this request',
            expected: '400',
            actual: '200',
            class: 'strictness',
            check: 'refuses-outside-enum',
          },
        ],
        ms: 2,
        replay: { seed: 7, runs: 25 },
      },
      {
        name: 'generated: createSnapshot, invalid',
        kind: 'generated',
        operationId: 'createSnapshot',
        outcome: 'failed',
        expectedStatus: '4XX',
        request: { method: 'POST', path: '/v2/p/cloudsnapshots', body: '{}' },
        violations: [],
        ms: 3,
        replay: { seed: 7, path: '0:1', runs: 25 },
      },
      {
        name: 'generated: deleteSnapshot',
        kind: 'generated',
        operationId: 'deleteSnapshot',
        outcome: 'failed',
        status: 500,
        expectedStatus: '4XX',
        violations: [],
        ms: 3,
        replay: { seed: 7, runs: 25 },
      },
      {
        name: 'rollback: to the source disk',
        kind: 'scenario',
        operationId: 'rollbackSnapshot',
        outcome: 'skipped',
        reason: 'it rolls the disk back\u001b[2J',
        violations: [],
        ms: 0,
      },
      {
        name: 'delete: twice',
        kind: 'scenario',
        operationId: 'deleteSnapshot',
        outcome: 'planned',
        request: { method: 'DELETE', path: '/v2/p/cloudsnapshots/{snapshot}' },
        violations: [],
        ms: 0,
      },
      { name: 'delete: \u0000nul \u{1F600}', kind: 'scenario', operationId: 'deleteSnapshot', outcome: 'skipped', violations: [], ms: 2 },
    ],
    leftovers: ['s-1', 's-2'],
    snapshotsMade: 3,
    maxSnapshots: 20,
    durationMs: 12345,
    totals: { passed: 2, failed: 4, warned: 1, skipped: 2, planned: 1 },
    checkClasses: {
      conformance: { checked: 7, failed: 3, warned: 0 },
      behaviour: { checked: 2, failed: 0, warned: 0 },
      'documented-refusal': { checked: 3, failed: 1, warned: 0 },
      strictness: { checked: 1, failed: 0, warned: 1 },
    },
    strict: false,
  } as ContractResult;

  it('as text: a line per case, the details of failed, warned and planned ones with the class of each finding, the summary with warnings and classes', () => {
    expect(formatText(result)).toBe(
      [
        'PASS createSnapshot [create: minimal] (HTTP 202, 41 ms)',
        'PASS listSnapshots [list: all] (HTTP 200): behaviour not checked on a stateless mock',
        'FAIL showSnapshot [show: <missing> & "gone"] (HTTP 200, 1500 ms)',
        '  request: GET /v2/p/cloudsnapshots/x',
        '  expected HTTP 404, answered HTTP 200',
        '  at (body): status 200 is not 404; expected 404, got 200',
        'FAIL updateSnapshot [update: name] (HTTP 200, 12 ms)',
        '  request: PUT /v2/p/cloudsnapshots/s {"snapshot":{"name":"n"}}',
        '  at /snapshot/name: type; expected type "string", got 5 (number) [conformance/response-schema]',
        '  at /snapshot/id: required; expected a value, got nothing [conformance/response-schema]',
        'WARN listSnapshots [generated: listSnapshots, requests that break one rule (enum at /status)] (HTTP 200, 2 ms)',
        '  request: GET /v2/p/cloudsnapshots/detail?status=x',
        '  expected HTTP 400, answered HTTP 200',
        '  at (status): the case expects HTTP 400: only this description refuses this request; expected 400, got 200 [strictness/refuses-outside-enum]',
        '  repeat: --generate 25 --seed 7 (the first such request, not shrunk)',
        'FAIL createSnapshot [generated: createSnapshot, invalid]',
        '  request: POST /v2/p/cloudsnapshots {}',
        '  expected HTTP 4XX, answered nothing',
        '  repeat: --generate 25 --seed 7 (fast-check path 0:1), shrunk to the smallest failing request',
        'FAIL deleteSnapshot [generated: deleteSnapshot] (HTTP 500, 3 ms)',
        '  expected HTTP 4XX, answered HTTP 500',
        '  repeat: --generate 25 --seed 7, shrunk to the smallest failing request',
        'SKIP rollbackSnapshot [rollback: to the source disk]: it rolls the disk back\\u001b[2J',
        'PLAN deleteSnapshot [delete: twice]',
        '  request: DELETE /v2/p/cloudsnapshots/{snapshot}',
        'SKIP deleteSnapshot [delete: \\u0000nul 😀]',
        'evs-contract: 2 passed, 4 failed, 2 skipped, 1 warned in 12.3 s against http://127.0.0.1:9 (seed 7; 3 snapshots made, at most 20)',
        'evs-contract: could not delete these snapshots it created, delete them by hand: s-1, s-2',
        'evs-contract: requests checked by class: conformance 7 (3 failed), behaviour 2, documented-refusal 3 (1 failed), strictness 1 (1 warned); warnings are strictness findings: the reference documents no such refusal (--strict makes them failures)',
      ].join('\n'),
    );
  });

  it('as text, for a run with the restore: the summary counts the disks made beside the snapshots, with their cap', () => {
    const summary = formatText({ ...result, disksMade: 1, maxDisks: 3 })
      .split('\n')
      .find((line) => line.startsWith('evs-contract: 2 passed'));
    expect(summary).toBe(
      'evs-contract: 2 passed, 4 failed, 2 skipped, 1 warned in 12.3 s against http://127.0.0.1:9 (seed 7; 3 snapshots made, at most 20; 1 disk made, at most 3)',
    );
  });

  it('as text, for a dry run whose target refused the credentials', () => {
    expect(formatText({ ...result, dryRun: true, leftovers: [], exitCode: 4, cases: [] })).toBe(
      [
        'evs-contract: dry run, nothing sent: 1 cases planned, 2 skipped; at most 20 snapshots',
        'evs-contract: the target refused the credentials (HTTP 401 to the first authenticated request): check EVS_AUTH_TOKEN, or EVS_ACCESS_KEY and EVS_SECRET_KEY',
      ].join('\n'),
    );
  });

  it('as JUnit XML: a suite per operation, escaped names, control characters replaced, the class of each finding, a warned case passing with its findings in its output', () => {
    expect(formatJunit(result)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="evs-contract" tests="10" failures="4" errors="0" skipped="3" time="12.345">',
        '  <testsuite name="evs-contract.createSnapshot" tests="2" failures="1" errors="0" skipped="0" time="0.044">',
        '    <testcase classname="evs-contract.createSnapshot" name="create: minimal" time="0.041"/>',
        '    <testcase classname="evs-contract.createSnapshot" name="generated: createSnapshot, invalid" time="0.003">',
        '      <failure message="failed" type="ContractViolation">  request: POST /v2/p/cloudsnapshots {}',
        '  expected HTTP 4XX, answered nothing',
        '  repeat: --generate 25 --seed 7 (fast-check path 0:1), shrunk to the smallest failing request</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="evs-contract.listSnapshots" tests="2" failures="0" errors="0" skipped="0" time="0.002">',
        '    <testcase classname="evs-contract.listSnapshots" name="list: all" time="0.000"/>',
        '    <testcase classname="evs-contract.listSnapshots" name="generated: listSnapshots, requests that break one rule (enum at /status)" time="0.002">',
        '      <system-out>warning: strictness findings, not failures without --strict',
        '  request: GET /v2/p/cloudsnapshots/detail?status=x',
        '  expected HTTP 400, answered HTTP 200',
        '  at (status): the case expects HTTP 400: only this description refuses this request; expected 400, got 200 [strictness/refuses-outside-enum]',
        '  repeat: --generate 25 --seed 7 (the first such request, not shrunk)</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="evs-contract.showSnapshot" tests="1" failures="1" errors="0" skipped="0" time="1.500">',
        '    <testcase classname="evs-contract.showSnapshot" name="show: &lt;missing&gt; &amp; &quot;gone&quot;" time="1.500">',
        '      <failure message="(body): status 200 is not 404" type="ContractViolation">  request: GET /v2/p/cloudsnapshots/x',
        '  expected HTTP 404, answered HTTP 200',
        '  at (body): status 200 is not 404; expected 404, got 200</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="evs-contract.updateSnapshot" tests="1" failures="1" errors="0" skipped="0" time="0.012">',
        '    <testcase classname="evs-contract.updateSnapshot" name="update: name" time="0.012">',
        '      <failure message="/snapshot/name: type" type="ContractViolation">  request: PUT /v2/p/cloudsnapshots/s {&quot;snapshot&quot;:{&quot;name&quot;:&quot;n&quot;}}',
        '  at /snapshot/name: type; expected type &quot;string&quot;, got 5 (number) [conformance/response-schema]',
        '  at /snapshot/id: required; expected a value, got nothing [conformance/response-schema]</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="evs-contract.deleteSnapshot" tests="3" failures="1" errors="0" skipped="2" time="0.005">',
        '    <testcase classname="evs-contract.deleteSnapshot" name="generated: deleteSnapshot" time="0.003">',
        '      <failure message="failed" type="ContractViolation">  expected HTTP 4XX, answered HTTP 500',
        '  repeat: --generate 25 --seed 7, shrunk to the smallest failing request</failure>',
        '    </testcase>',
        '    <testcase classname="evs-contract.deleteSnapshot" name="delete: twice" time="0.000">',
        '      <skipped message="planned"/>',
        '    </testcase>',
        '    <testcase classname="evs-contract.deleteSnapshot" name="delete: �nul 😀" time="0.002">',
        '      <skipped message="skipped"/>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="evs-contract.rollbackSnapshot" tests="1" failures="0" errors="0" skipped="1" time="0.000">',
        '    <testcase classname="evs-contract.rollbackSnapshot" name="rollback: to the source disk" time="0.000">',
        '      <skipped message="it rolls the disk back�[2J"/>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });
});

describe('the reports of an interrupted restore run', () => {
  const interrupted = {
    ok: false,
    exitCode: 130,
    baseUrl: 'http://127.0.0.1:9',
    seed: 7,
    dryRun: false,
    cases: [],
    snapshotsMade: 1,
    maxSnapshots: 20,
    durationMs: 1000,
    totals: { passed: 0, failed: 0, warned: 0, skipped: 0, planned: 0 },
    checkClasses: {},
    interrupted: 'SIGINT',
  } as unknown as ContractResult;
  const diskLeft = 'disk 84d75e4b-5222-4bc3-8cec-0c6c41347139';
  const snapshotLeft = 'ca70f735-4257-44c3-bfa3-20ecc7325fd5';

  it('in JUnit, names a disk it could not delete as a disk, not as a snapshot', () => {
    expect(formatJunit({ ...interrupted, leftovers: [diskLeft, snapshotLeft] })).toContain(
      `<error message="interrupted (SIGINT): the cases after it were not sent; could not delete these disks and snapshots it created, delete them by hand: ${diskLeft}, ${snapshotLeft}" type="Interrupted"/>`,
    );
  });

  it('in JUnit and as text, says the clean-up deleted everything the run created, disks included, when nothing is left', () => {
    expect(formatJunit({ ...interrupted, leftovers: [] })).toContain(
      '<error message="interrupted (SIGINT): the cases after it were not sent; the clean-up deleted everything the run knew it created" type="Interrupted"/>',
    );
    expect(formatText({ ...interrupted, leftovers: [] })).toContain('evs-contract: the clean-up deleted everything the run knew it created\n');
  });
});

describe('caseDetails', () => {
  const base: CaseResult = { name: 'show: one', kind: 'scenario', operationId: 'showSnapshot', outcome: 'failed', violations: [], ms: 1 };
  const request = { method: 'GET', path: '/v2/p/cloudsnapshots/x' } as NonNullable<CaseResult['request']>;
  it.each<[string, Partial<CaseResult>, string[]]>([
    ['a failed case that sent nothing: no request line', { expectedStatus: 200 }, ['  expected HTTP 200, answered nothing']],
    ['a planned case: its request, and no statuses', { outcome: 'planned', request, expectedStatus: 200 }, ['  request: GET /v2/p/cloudsnapshots/x']],
    ['a passed case: nothing, whatever its statuses', { outcome: 'passed', request, expectedStatus: '2XX', status: 202 }, []],
    ['a failed case without an expected status: no statuses', { request, status: 500 }, ['  request: GET /v2/p/cloudsnapshots/x']],
    ['a planned generated case: no repeat line', { outcome: 'planned', request, replay: { seed: 7, runs: 20 } }, ['  request: GET /v2/p/cloudsnapshots/x']],
    [
      'a failed generated case: how to repeat it',
      { request, replay: { seed: 7, runs: 20 } },
      ['  request: GET /v2/p/cloudsnapshots/x', '  repeat: --generate 20 --seed 7, shrunk to the smallest failing request'],
    ],
    ['a failed case whose status differs', { request, expectedStatus: 200, status: 500 }, ['  request: GET /v2/p/cloudsnapshots/x', '  expected HTTP 200, answered HTTP 500']],
  ])('%s', (_case, fields, lines) => {
    expect(caseDetails({ ...base, ...fields })).toEqual(lines);
  });
});
