// `2013-02-25T03:56:53.081642`: UTC with microseconds and no zone, as the service writes it.

/** The service's form of a time in ms; the microseconds past the millisecond are zero. */
export const serviceTimestamp = (ms: number): string => `${new Date(ms).toISOString().slice(0, 23)}000`;
