// The spec's UUID rule (the pattern of SnapshotId and VolumeId) as one compiled expression, for
// every product that must tell whether a value from outside (a marker, an answer's id, an
// option) is a UUID before it goes into a path or a report.
import { uuidPattern } from '../../generated/spec-constants.js';

// No `g` flag: `test` keeps no state between calls, so the one instance can be shared.
const uuid = new RegExp(uuidPattern);

export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuid.test(value);
