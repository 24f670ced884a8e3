// What differs between the two clouds the emulator plays (option `cloud`): the success status of
// a disk create, and which operations are served at all. Open Telekom Cloud documents no
// `/v2.1/{project_id}/cloudvolumes`: its gateway answers such a path 404 in its flat form (the
// emulator's choice of code and words, those of a gateway for an API not published).
import type { OperationId } from '../../generated/spec-constants.js';
import type { EmulatorAnswer } from './exchange.js';
import type { Cloud } from './options.js';
import { gatewayRefusal } from './refusals.js';

/** The operations of the spec a cloud does not serve. */
export const unservedOperations: Readonly<Record<Cloud, ReadonlySet<OperationId>>> = {
  otc: new Set<OperationId>(['createVolumeV21']),
  huawei: new Set<OperationId>(),
};

/** The success status of a disk create: Open Telekom Cloud documents 200, Huawei Cloud's Chinese page 202. */
export const createStatus: Readonly<Record<Cloud, number>> = { otc: 200, huawei: 202 };

/** The gateway's answer for a path of an operation this cloud does not serve. */
export const unpublished = (requestId: string): EmulatorAnswer =>
  gatewayRefusal(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment', requestId);
