// The API gateway's checks in front of EVS: an X-Auth-Token (any non-empty one, or one of a
// configured set, possibly bound to a project), or an SDK-HMAC-SHA256 signature verified with the
// configured keys, in either signing form (the body hashed, or left out by UNSIGNED-PAYLOAD),
// within the 15-minute clock-skew window. Refusals are the gateway's flat form; no refusal
// repeats a token, key or signature.
import { timingSafeEqual } from 'node:crypto';
import {
  canonicalRequestText,
  isUnsignedPayload,
  type SigningForm,
  signatureOf,
  timeOfSdkDate,
  unsignedPayload,
} from '../shared/signature.js';
import type { EmulatorAnswer, EmulatorRequest } from './exchange.js';
import type { ResolvedOptions } from './options.js';
import { gatewayRefusal } from './refusals.js';

const skewMs = 15 * 60 * 1000;
const authorizationPattern = new RegExp(
  '^SDK-HMAC-SHA256 (?:Access=([A-Za-z0-9]+)|' +
    'Credential=([A-Za-z0-9]+)\\/(\\d{8})\\/([^/,\\s]*)\\/([^/,\\s]*)\\/sdk_request), ' +
    'SignedHeaders=([a-z0-9_;-]+), Signature=([0-9a-f]{64})$',
);

const iamFailure = (why: string, requestId: string): EmulatorAnswer =>
  gatewayRefusal(401, 'APIGW.0301', `Incorrect IAM authentication information: ${why}`, requestId);

function verifySignature(
  authorization: string,
  request: EmulatorRequest,
  options: ResolvedOptions,
  now: number,
  requestId: string,
): EmulatorAnswer | undefined {
  if (options.accessKeys.size === 0)
    return iamFailure('AK/SK signing is not set up on this emulator (give it accessKeys)', requestId);
  const parsed = authorizationPattern.exec(authorization);
  if (!parsed)
    return iamFailure(
      'the Authorization header is not "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>"',
      requestId,
    );
  // One of the two key groups, SignedHeaders and Signature take part in every match.
  const [, access, credential, day, region, service, signedList, signature] = parsed as unknown as [
    string,
    string | undefined,
    string | undefined,
    string,
    string,
    string,
    string,
    string,
  ];
  const accessKey = (access ?? credential) as string;
  const secretKey = options.accessKeys.get(accessKey);
  if (secretKey === undefined) return iamFailure('the access key is not known', requestId);
  const signedHeaders = signedList.split(';');
  if (!signedHeaders.includes('x-sdk-date')) return iamFailure('x-sdk-date is not among the SignedHeaders', requestId);
  const sdkDate = request.headers['x-sdk-date'] ?? '';
  const time = timeOfSdkDate(sdkDate);
  if (time === undefined) return iamFailure('X-Sdk-Date is not YYYYMMDDTHHMMSSZ', requestId);
  if (Math.abs(now - time) > skewMs)
    return gatewayRefusal(
      401,
      'APIGW.0303',
      'Incorrect app authentication information: X-Sdk-Date is more than 15 minutes off the gateway clock',
      requestId,
    );
  if (credential !== undefined && day !== sdkDate.slice(0, 8))
    return iamFailure('the date of the credential scope is not the day of X-Sdk-Date', requestId);
  const headers = new Map<string, string>();
  for (const name of signedHeaders) {
    // Own properties only: a signed header named `constructor` is missing, not Object's.
    const value = Object.hasOwn(request.headers, name) ? request.headers[name] : undefined;
    if (value === undefined) return iamFailure(`the signed header ${name} is missing`, requestId);
    headers.set(name, value.trim());
  }
  // UNSIGNED-PAYLOAD (Huawei's signing guide) leaves the body out
  // of the signature, whether or not the header is itself signed.
  const contentSha256 = request.headers['x-sdk-content-sha256'];
  if (isUnsignedPayload(contentSha256)) headers.set('x-sdk-content-sha256', unsignedPayload);
  const form: SigningForm = credential === undefined ? { type: 'access' } : { type: 'credential', region, service };
  const text = canonicalRequestText({
    method: request.method,
    pathname: request.path,
    search: request.search,
    headers,
    signedHeaders,
    body: request.body,
  });
  const expected = Buffer.from(signatureOf(text, { accessKey, secretKey }, sdkDate, form).signature, 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex')))
    return iamFailure('verify aksk signature fail', requestId);
  return undefined;
}

/** undefined when the request may pass; else the gateway's refusal. */
export function authenticate(
  request: EmulatorRequest,
  projectId: string,
  options: ResolvedOptions,
  now: number,
  requestId: string,
): EmulatorAnswer | undefined {
  const { authorization } = request.headers;
  if (authorization?.startsWith('SDK-HMAC-SHA256'))
    return verifySignature(authorization, request, options, now, requestId);
  const token = request.headers['x-auth-token'];
  if (token === undefined || token.trim() === '') return iamFailure('x-auth-token not found', requestId);
  if (options.tokens === undefined) return undefined;
  const project = options.tokens.get(token);
  if (project === undefined) return iamFailure('decrypt token fail', requestId);
  if (project !== '' && project !== projectId)
    return gatewayRefusal(
      400,
      'Common.0018',
      'The project in the URI is not the project the token is scoped to.',
      requestId,
    );
  return undefined;
}
