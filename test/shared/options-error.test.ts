// The three products report bad input in one shape: field, rule, value and detail as fields, the
// message `who: field detail (rule: r; got v)`, and each its own public class name.
import { describe, expect, it } from 'vitest';
import { createEvsClient, EvsError, EvsValidationError } from '../../src/client/index.js';
import { ContractOptionsError, runContract } from '../../src/contract/index.js';
import { createEvsEmulator, EvsEmulatorOptionsError } from '../../src/emulator/index.js';
import { OptionsError } from '../../src/shared/options-error.js';

const fieldsOf = (error: unknown): Record<string, unknown> => {
  const { name, message, field, rule, value, detail } = error as EvsValidationError & { detail: string };
  return { name, message, field, rule, value, detail };
};

const thrown = async (act: () => unknown): Promise<unknown> => {
  try {
    await act();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
};

describe('one option-error shape in the three products', () => {
  it('createEvsClient throws an EvsValidationError (an EvsError) with field, rule, value, detail and the shared message', async () => {
    const error = await thrown(() => createEvsClient({ region: 'eu-de', projectId: 'p1', auth: { token: 'x'.repeat(16) }, timeoutMs: 0 }));
    expect(error).toBeInstanceOf(EvsValidationError);
    expect(error).toBeInstanceOf(EvsError);
    expect(fieldsOf(error)).toEqual({
      name: 'EvsValidationError',
      message: 'createEvsClient: timeoutMs must be an integer from 1 to 2147483647 (rule: range; got 0 (number))',
      field: 'timeoutMs',
      rule: 'range',
      value: '0 (number)',
      detail: 'must be an integer from 1 to 2147483647',
    });
  });

  it('createEvsEmulator throws an EvsEmulatorOptionsError, an OptionsError, with the same fields and message form', async () => {
    const error = await thrown(() => createEvsEmulator({ seed: -1 }));
    expect(error).toBeInstanceOf(EvsEmulatorOptionsError);
    expect(error).toBeInstanceOf(OptionsError);
    expect(fieldsOf(error)).toEqual({
      name: 'EvsEmulatorOptionsError',
      message: 'createEvsEmulator: seed must be a whole number from 0 to 4294967295 (rule: range; got -1 (number))',
      field: 'seed',
      rule: 'range',
      value: '-1 (number)',
      detail: 'must be a whole number from 0 to 4294967295',
    });
  });

  it('runContract rejects with a ContractOptionsError, an OptionsError, with the same fields and message form', async () => {
    const error = await thrown(() =>
      runContract({
        baseUrl: 'http://127.0.0.1:9',
        projectId: 'p1',
        volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635',
        auth: { token: 'x'.repeat(16) },
        generate: 1.5,
        dryRun: true,
      }),
    );
    expect(error).toBeInstanceOf(ContractOptionsError);
    expect(error).toBeInstanceOf(OptionsError);
    expect(fieldsOf(error)).toEqual({
      name: 'ContractOptionsError',
      message: 'runContract: generate must be a whole number (rule: type; got 1.5 (number))',
      field: 'generate',
      rule: 'type',
      value: '1.5 (number)',
      detail: 'must be a whole number',
    });
  });
});
