// What AK/SK credentials and signing forms must look like, checked where they enter: once in
// createEvsClient, and in signRequest for direct callers. The secret key and the security token
// are only ever shown as their type and length.
import type { Checker } from '../../shared/input-problem.js';
import type { SigningForm } from '../../shared/signature.js';
import type { SigningCredentials } from './types.js';

const visibleAscii = /^[\x21-\x7e]+$/;
const scopePart = /^[A-Za-z0-9._~-]*$/;

/** How a secret is shown in errors: its type and length, never its characters. */
export const redacted = (value: unknown): string =>
  typeof value === 'string'
    ? `[redacted string of ${value.length} characters]`
    : `[redacted ${value === null ? 'null' : typeof value}]`;

/** Checks AK, SK and security token (own properties of a checked copy); `field` prefixes the names in errors. */
export function checkCredentials(
  check: Checker,
  field: string,
  credentials: Record<string, unknown>,
): SigningCredentials {
  const { accessKey, secretKey, securityToken } = credentials;
  const name = (key: string): string => `${field}.${key}`;

  if (accessKey === undefined) check.failShowing(name('accessKey'), 'required', 'nothing', 'is required');
  if (typeof accessKey !== 'string') check.fail(name('accessKey'), 'type', accessKey, 'must be a string');
  if (accessKey === '') check.fail(name('accessKey'), 'minLength', accessKey, 'must not be empty');
  // Commas and slashes would break the Authorization header apart (`Access=AK, ...`, `Credential=AK/scope`).
  if (!visibleAscii.test(accessKey) || /[,/]/.test(accessKey))
    check.fail(name('accessKey'), 'format', accessKey, 'must be printable ASCII without spaces, commas or slashes');

  if (secretKey === undefined) check.failShowing(name('secretKey'), 'required', 'nothing', 'is required');
  if (typeof secretKey !== 'string')
    check.failShowing(name('secretKey'), 'type', redacted(secretKey), 'must be a string');
  if (secretKey === '') check.failShowing(name('secretKey'), 'minLength', redacted(secretKey), 'must not be empty');
  // Catches the newline of a key read from a file, which would otherwise only show up as HTTP 401.
  if (!visibleAscii.test(secretKey))
    check.failShowing(
      name('secretKey'),
      'format',
      redacted(secretKey),
      'must be printable ASCII without spaces or line breaks',
    );

  if (securityToken === undefined) return { accessKey, secretKey };
  if (typeof securityToken !== 'string')
    check.failShowing(name('securityToken'), 'type', redacted(securityToken), 'must be a string');
  if (!visibleAscii.test(securityToken))
    check.failShowing(
      name('securityToken'),
      'format',
      redacted(securityToken),
      'must be non-empty printable ASCII without spaces or line breaks',
    );
  return { accessKey, secretKey, securityToken };
}

/**
 * Checks a signing form (a checked copy, or undefined for the default); `field` is its full name, e.g. `options.form`.
 */
export function checkForm(check: Checker, field: string, form: Record<string, unknown> | undefined): SigningForm {
  if (form === undefined) return { type: 'access' };
  const { type, region, service } = form;
  if (type === 'access') return { type };
  if (type !== 'credential') check.fail(`${field}.type`, 'enum', type, 'must be "access" or "credential"');
  for (const [key, value] of [
    ['region', region],
    ['service', service],
  ] as const)
    if (value !== undefined && (typeof value !== 'string' || !scopePart.test(value)))
      check.fail(
        `${field}.${key}`,
        'format',
        value,
        'must be a string of letters, digits, ".", "_", "~" or "-" (it goes into the credential scope)',
      );
  return {
    type,
    ...(typeof region === 'string' ? { region } : {}),
    ...(typeof service === 'string' ? { service } : {}),
  };
}
