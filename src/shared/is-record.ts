// The one check every JSON reader here starts with: a plain object, not null or an array.
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
