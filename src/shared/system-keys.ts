// The metadata keys the service keeps for itself (`__system__…`): those the spec's propertyNames
// rule of written metadata refuses. The emulator keeps them through a replace and refuses their
// delete; the contract tool leaves them out of what it compares.
import { requestSchemas } from '../../generated/request-schemas.js';

const writable = new RegExp(requestSchemas.snapshotMetadataRequest.properties.metadata.allOf[1].propertyNames.pattern);

/** Whether `key` is one a client may not write: a system key. */
export const isSystemKey = (key: string): boolean => !writable.test(key);
