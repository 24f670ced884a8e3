// The emulator's error messages come from the reference's error table in the spec (the Errors tag),
// a row's `(also: …)` messages included: read at load, so a message the spec drops stops the emulator
// from loading instead of drifting from it.
import { describe, expect, it } from 'vitest';
import { errorMessageVariants } from '../../generated/spec-constants.js';
import { bodyUriMismatch, documentedMessage, documentedVariant, malformedBody, malformedUrl } from '../../src/emulator/refusals.js';

describe('documented messages', () => {
  it("splits a row's (also: …) messages into one message each, the first one first", () => {
    expect(errorMessageVariants['EVS.5403']).toEqual(['Policy check failed.', 'metadata can not be operated.']);
    expect(errorMessageVariants['EVS.5400']).toHaveLength(7);
    expect(errorMessageVariants['EVS.5400']?.[0]).toBe(documentedMessage('EVS.5400'));
  });

  it('finds the message of a code that begins with the words asked for', () => {
    expect(documentedVariant('EVS.5403', 'metadata can not')).toBe('metadata can not be operated.');
    expect([malformedBody, malformedUrl, bodyUriMismatch]).toEqual(['Malformed request body.', 'Malformed request url.', 'Request body and URI mismatch.']);
  });

  it('refuses, naming it, a message or a code the spec does not give', () => {
    expect(() => documentedVariant('EVS.5400', 'Request body contains too many items')).toThrow(
      `the spec's error table gives EVS.5400 no message beginning "Request body contains too many items"`,
    );
    expect(() => documentedMessage('EVS.9999')).toThrow("the spec's error table has no EVS.9999");
  });
});
