// The shapes of credentials and signing, shared by the auth modes and the signing entry point.
import type { SigningForm } from '../../shared/signature.js';
import type { EvsRequest } from '../request.js';

export type { SigningForm } from '../../shared/signature.js';

export interface TokenAuth {
  /** A project-scoped IAM token (the `X-Subject-Token` IAM returned). Never logged or shown. */
  token: string;
}

export interface AkSkAuth {
  /** Access key ID (AK); it is sent in clear in the Authorization header. */
  accessKey: string;
  /** Secret access key (SK); only used as HMAC key, never sent, logged or shown. */
  secretKey: string;
  /** For temporary AK/SK (from IAM's security-token API): sent and signed as X-Security-Token. */
  securityToken?: string | undefined;
  /**
   * `'access'` (default): `Authorization: SDK-HMAC-SHA256 Access=<AK>, ...`, Huawei Cloud's current form.
   * `{ type: 'credential', region?, service? }`: the older `Credential=<AK>/<date>/<region>/<service>/sdk_request`
   * form that Open Telekom Cloud's Go SDK sends (with region and service empty).
   */
  signingForm?: 'access' | SigningForm | undefined;
}

/** Credentials for `createEvsClient`: `{ token }` or `{ accessKey, secretKey, securityToken?, signingForm? }`. */
export type EvsAuth = TokenAuth | AkSkAuth;

/** The older scope form; gophertelekomcloud leaves region and service empty (`YYYYMMDD///sdk_request`). */
export interface CredentialSigningForm {
  type: 'credential';
  region?: string | undefined;
  service?: string | undefined;
}

export interface SigningCredentials {
  accessKey: string;
  /** Never logged or shown. */
  secretKey: string;
  /** For temporary AK/SK: sent, and signed, as X-Security-Token. Never logged or shown. */
  securityToken?: string | undefined;
}

export interface SignableRequest {
  method: string;
  /** Absolute URL as it goes on the wire; its path may already be percent-encoded. */
  url: string | URL;
  headers?: Record<string, string> | Headers | undefined;
  /** The exact bytes to send (a string is sent as UTF-8). Streams cannot be hashed beforehand. */
  body?: string | Uint8Array | ArrayBuffer | null | undefined;
}

export interface SigningOptions {
  /** Signing time (default: now). The gateway rejects a request more than 15 minutes off its clock. */
  date?: Date | undefined;
  form?: SigningForm | undefined;
}

/** The headers to add to the request. */
export interface SignatureHeaders {
  'X-Sdk-Date': string;
  Authorization: string;
  'X-Security-Token'?: string;
}

export interface CanonicalRequest {
  /** The canonical request text that is hashed into the string to sign. */
  text: string;
  /** Lower-case names of the signed headers, sorted, joined with `;`. */
  signedHeaders: string;
}

/** Resolved credentials, checked once, as the client keeps them. */
export type CheckedAuth =
  | { kind: 'token'; token: string }
  | { kind: 'aksk'; credentials: SigningCredentials; form: SigningForm };

/** Puts the credentials on one attempt of a request, just before it is sent. */
export interface Authorizer {
  authorize(request: EvsRequest): Promise<void> | void;
  /** The secret strings, for the redactor. */
  readonly secrets: readonly string[];
}
