// The three products report bad input in one shape: field, rule, value and detail as fields, the
// message `who: field detail (rule: r; got v)`, and each its own public class name.
import { describe, expect, it } from 'vitest';
import { createEvsClient, EvsError, EvsValidationError } from '../../src/client/index.js';
import { ContractOptionsError, runContract } from '../../src/contract/index.js';
import { createEvsEmulator, EvsEmulatorOptionsError } from '../../src/emulator/index.js';
import { OptionsError } from '../../src/shared/options-error.js';

const thrown = async (act: () => unknown): Promise<unknown> => {
  try {
    await act();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
};

const token = { token: 'MIIDxwYJKoZIhvcNAQcCoIIDuDCCA7QCAQExDTALBglghkgBZQMEAgEw+/=' };
const volumeId = '5aa119a8-d25b-45a7-8d1b-88e127885635';

describe('one option-error shape in the three products', () => {
  it.each<[string, () => unknown, abstract new (...args: never[]) => Error, string, [string, string, string, string]]>([
    [
      'createEvsClient: an EvsValidationError, an EvsError',
      () => createEvsClient({ region: 'eu-de', projectId: 'p1', auth: token, timeoutMs: 0 }),
      EvsError,
      'EvsValidationError',
      ['timeoutMs', 'range', '0 (number)', 'must be an integer from 1 to 2147483647'],
    ],
    [
      'createEvsEmulator: an EvsEmulatorOptionsError, an OptionsError',
      () => createEvsEmulator({ seed: -1 }),
      OptionsError,
      'EvsEmulatorOptionsError',
      ['seed', 'range', '-1 (number)', 'must be a whole number from 0 to 4294967295'],
    ],
    [
      'runContract: a ContractOptionsError, an OptionsError',
      () => runContract({ baseUrl: 'http://127.0.0.1:9', projectId: 'p1', volumeId, auth: token, generate: 1.5, dryRun: true }),
      OptionsError,
      'ContractOptionsError',
      ['generate', 'type', '1.5 (number)', 'must be a whole number'],
    ],
  ])('%s, with field, rule, value, detail and the message who: field detail (rule; got)', async (who, act, base, name, [field, rule, value, detail]) => {
    const error = (await thrown(act)) as EvsValidationError;
    expect(error).toBeInstanceOf(base);
    expect({ name: error.name, field: error.field, rule: error.rule, value: error.value, detail: error.detail }).toEqual({ name, field, rule, value, detail });
    expect(error.message).toBe(`${who.slice(0, who.indexOf(':'))}: ${field} ${detail} (rule: ${rule}; got ${value})`);
  });

  it('the three classes are the products’ public ones', () => {
    expect([EvsValidationError.name, EvsEmulatorOptionsError.name, ContractOptionsError.name]).toEqual(['EvsValidationError', 'EvsEmulatorOptionsError', 'ContractOptionsError']);
  });
});
