// The code samples of the docs (x-codeSamples) are files under spec/code-samples/ that the
// bundle inlines; each is run here against the Prism mock, so a sample that stops working fails
// this test instead of misleading a reader.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { regionEndpoints } from '../../generated/spec-constants.js';
import { fromRoot } from '../../scripts/lib/paths.js';
import { at, deref, type JsonObject, operations } from '../support/openapi-document.js';
import { SchemaValidator } from '../support/schema-validator.js';
import { useMock } from '../support/shared-mock.js';

const run = promisify(execFile);
const samplesDir = fromRoot('spec', 'code-samples');
const validator = new SchemaValidator();

const mock = useMock();

const env = () => ({
  ...process.env,
  EVS_ENDPOINT: mock.url(),
  EVS_PROJECT_ID: 'bab7d5c60cd041a0a36f7c4b6e1dd978',
  EVS_AUTH_TOKEN: 'code-sample-token',
  EVS_VOLUME_ID: '5aa119a8-d25b-45a7-8d1b-88e127885635',
  EVS_SNAPSHOT_ID: 'f9faf7df-fdc1-4093-9ef3-5cba06eef995',
  EVS_JOB_ID: '4010a32d535527910153552b492c0002',
});

const cases = operations().map((entry) => [String(entry.operation.operationId), entry] as const);

describe('code samples', () => {
  it.each(cases)('%s has a TypeScript and a curl sample, inlined from spec/code-samples/', (operationId, entry) => {
    const samples = (entry.operation['x-codeSamples'] ?? []) as JsonObject[];
    expect(samples.map((sample) => [sample.lang, sample.label])).toEqual([
      ['TypeScript', 'TypeScript'],
      ['Shell', 'curl'],
    ]);
    expect(samples[0]!.source).toBe(readFileSync(`${samplesDir}/${operationId}.ts`, 'utf8'));
    expect(samples[1]!.source).toBe(readFileSync(`${samplesDir}/${operationId}.sh`, 'utf8'));
  });

  it("the TypeScript sample of Huawei Cloud's create (createVolumeV21) defaults to the Huawei Cloud endpoint of its zone, not to Open Telekom Cloud", () => {
    // Open Telekom Cloud documents no /v2.1 create: a reader who runs the sample without EVS_ENDPOINT must reach Huawei Cloud.
    const source = readFileSync(`${samplesDir}/createVolumeV21.ts`, 'utf8');
    const fallback = /process\.env\.EVS_ENDPOINT \?\? '([^']+)'/.exec(source)?.[1];
    const zone = /availability_zone: '([^']+)'/.exec(source)?.[1] ?? '';
    const region = Object.keys(regionEndpoints).find((name) => zone.startsWith(name) && /^[a-z]$/.test(zone.slice(name.length)));
    expect([fallback, region]).toEqual([regionEndpoints[region as keyof typeof regionEndpoints], 'eu-west-101']);
    expect(fallback).toMatch(/\.myhuaweicloud\./);
  });

  it('every TypeScript sample runs against the mock (one process for all of them)', async () => {
    const files = cases.map(([operationId]) => `${samplesDir}/${operationId}.ts`);
    const { stdout, stderr } = await run(process.execPath, [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('test', 'support', 'run-samples.ts'), ...files], {
      cwd: fromRoot(),
      env: env(),
    });
    expect(stderr).toBe('');
    for (const [operationId] of cases) {
      const output = new RegExp(`<<< ${operationId}\\.ts\\n([\\s\\S]*?)>>> ${operationId}\\.ts`).exec(stdout)?.[1] ?? '';
      expect(output, operationId).toMatch(/\S/);
      expect(output, operationId).not.toContain('!!!');
    }
  });

  it.concurrent.each(cases)('the curl sample of %s runs against the mock and gets the documented answer', async (operationId, entry) => {
    const { stdout } = await run('bash', ['-euo', 'pipefail', `${operationId}.sh`], { cwd: samplesDir, env: env() }).catch((error: { code?: string; stderr?: string }) => {
      if (error.code === 'ENOENT') throw new Error('bash is needed to run the curl samples');
      throw new Error(`the sample failed: ${error.stderr ?? error}`);
    });
    const success = Object.keys(entry.operation.responses as JsonObject).find((status) => status.startsWith('2'))!;
    const content = deref(at(`${entry.pointer}/responses/${success}`)).content;
    if (content === undefined) expect(stdout).toBe('');
    else expect(validator.violations(at('/application~1json/schema', content), JSON.parse(stdout))).toEqual([]);
  });
});
