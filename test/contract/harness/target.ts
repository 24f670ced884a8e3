// Where the contract suite sends its requests: a server named by EVS_BASE_URL (with its
// credentials in the environment), or by default the Prism mock of the spec that the test run
// starts on a free port (test/support/global-setup.ts).

export interface ContractTarget {
  baseUrl: string;
  token: string;
  projectId: string;
  volumeId: string;
  /** True for the Prism mock, which needs Prefer headers for some scenarios. */
  isMock: boolean;
}

const required = ['EVS_AUTH_TOKEN', 'EVS_PROJECT_ID', 'EVS_VOLUME_ID'] as const;

export function resolveTarget(mockUrl: string, env: NodeJS.ProcessEnv = process.env): ContractTarget {
  const baseUrl = env.EVS_BASE_URL;
  if (baseUrl) {
    const missing = required.filter((name) => !env[name]);
    if (missing.length) throw new Error(`EVS_BASE_URL is set, so the contract suite also needs ${missing.join(', ')} in the environment`);
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new Error(`EVS_BASE_URL must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`EVS_BASE_URL must use http or https, got ${url.protocol}`);
    return { baseUrl: url.href.replace(/\/+$/, ''), token: env.EVS_AUTH_TOKEN!, projectId: env.EVS_PROJECT_ID!, volumeId: env.EVS_VOLUME_ID!, isMock: false };
  }
  return { baseUrl: mockUrl, token: 'contract-suite-mock-token', projectId: 'bab7d5c60cd041a0a36f7c4b6e1dd978', volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635', isMock: true };
}
