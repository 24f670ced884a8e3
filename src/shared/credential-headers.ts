// The request headers that carry credentials: never accepted as extra headers, always shown redacted.
const credentialHeaderNames: readonly string[] = ['authorization', 'x-auth-token', 'x-security-token'];

export const isCredentialHeader = (name: string): boolean => credentialHeaderNames.includes(name.trim().toLowerCase());
