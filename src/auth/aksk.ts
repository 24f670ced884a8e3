// AK/SK authentication: every request is signed with SDK-HMAC-SHA256 as it leaves the client.
import type { Middleware } from 'openapi-fetch';
import type { EvsRequest } from '../request.js';
import type { AuthContext, AuthSetup } from './index.js';
import type { SignableRequest, SigningCredentials, SigningForm } from './credentials.js';

// The signing code (and node:crypto) is loaded on the first signed request, so that clients
// authenticating with a token never load it.
let signing: Promise<typeof import('./signing.js')> | undefined;
const loadSigning = (): Promise<typeof import('./signing.js')> => (signing ??= import('./signing.js'));

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

export function akskAuth(auth: AkSkAuth, context: AuthContext): AuthSetup {
  const credentials: SigningCredentials = {
    accessKey: auth.accessKey,
    secretKey: auth.secretKey,
    ...(auth.securityToken === undefined ? {} : { securityToken: auth.securityToken }),
  };
  const form: SigningForm = auth.signingForm === undefined || auth.signingForm === 'access' ? { type: 'access' } : auth.signingForm;

  /** Sets X-Project-Id and signs the request as it is now; run again before every retry. */
  async function sign(request: Request | EvsRequest): Promise<void> {
    const { signRequest } = await loadSigning();
    // Set before signing so that the project is covered by the signature (GoV3 signs it too).
    request.headers.set('X-Project-Id', context.projectId);
    // A retry gets a new signature with a new X-Sdk-Date, so however long the retries take, no
    // attempt is older than the gateway's 15-minute clock-skew window.
    for (const name of ['Authorization', 'X-Sdk-Date']) request.headers.delete(name);
    const signed = signRequest(
      {
        method: request.method,
        url: request.url,
        headers: request.headers,
        // An EvsRequest keeps the string openapi-fetch serialised; signRequest refuses anything it cannot hash.
        body: request.body as SignableRequest['body'],
      },
      credentials,
      { form },
    );
    for (const [name, value] of Object.entries(signed)) request.headers.set(name, value);
  }

  const middleware: Middleware = {
    async onRequest({ request }) {
      await sign(request);
      return request;
    },
  };
  return {
    middleware,
    secrets: [auth.secretKey, ...(auth.securityToken === undefined ? [] : [auth.securityToken])],
    beforeRetry: sign,
  };
}
