// AK/SK authentication: every attempt is signed afresh, with its own X-Sdk-Date, just before it
// is sent, so that however long the retries take no attempt is older than the gateway's
// 15-minute clock-skew window.
import type { SigningForm } from '../../shared/signature.js';
import type { EvsRequest } from '../request.js';
import type { Authorizer, SigningCredentials } from './types.js';

// The signing code (and node:crypto) is loaded on the first signed request, so that clients
// authenticating with a token never load it.
let signing: Promise<typeof import('./signing.js')> | undefined;
const loadSigning = (): Promise<typeof import('./signing.js')> => (signing ??= import('./signing.js'));

/** Headers a previous attempt signed; they are replaced, not signed over. */
const previousSignature = ['Authorization', 'X-Sdk-Date', 'X-Security-Token'];

export function akskAuthorizer(
  credentials: SigningCredentials,
  form: SigningForm,
  projectId: string,
  now: () => Date = () => new Date(),
): Authorizer {
  return {
    async authorize(request: EvsRequest) {
      const { signTrusted, unsignableBodyError } = await loadSigning();
      for (const name of previousSignature) request.headers.delete(name);
      // Set before signing so that the project is covered by the signature (GoV3 signs it too).
      request.headers.set('X-Project-Id', projectId);
      // An EvsRequest keeps the string openapi-fetch serialised; a GET has no body.
      const { body: given } = request;
      const body =
        given === null
          ? ''
          : typeof given === 'string' || given instanceof Uint8Array
            ? given
            : given instanceof ArrayBuffer
              ? new Uint8Array(given)
              : undefined;
      if (body === undefined) throw unsignableBodyError(given);
      const signed = signTrusted(
        { method: request.method, url: request.url, headers: request.headers, body },
        credentials,
        form,
        now(),
      );
      for (const [name, value] of Object.entries(signed)) request.headers.set(name, value);
    },
    secrets: [credentials.secretKey, ...(credentials.securityToken === undefined ? [] : [credentials.securityToken])],
  };
}
