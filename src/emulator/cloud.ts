// What differs between the two clouds the emulator plays (option `cloud`): the success status of
// a disk create, and which operations are served at all. Open Telekom Cloud documents no
// `/v2.1/{project_id}/cloudvolumes`. No source says what it answers there; the emulator answers
// as for any path it does not serve (404, the Cinder form with the status as code: the reference
// names no code for it), and says which call that cloud documents instead.
import { type OperationId, operations } from '../../generated/spec-constants.js';
import { errorBody } from '../shared/error-body.js';
import { type EmulatorAnswer, jsonAnswer } from './exchange.js';
import type { Cloud } from './options.js';

/** The operations of the spec a cloud does not serve. */
export const unservedOperations: Readonly<Record<Cloud, ReadonlySet<OperationId>>> = {
  otc: new Set<OperationId>(['createVolumeV21']),
  huawei: new Set<OperationId>(),
};

/** The success status of a disk create: Open Telekom Cloud documents 200, Huawei Cloud's Chinese page 202. */
export const createStatus: Readonly<Record<Cloud, number>> = { otc: 200, huawei: 202 };

/** What the cloud answers for the path of an operation it does not serve, naming the operation and the mode. */
export function unserved(operation: OperationId, cloud: Cloud): EmulatorAnswer {
  const { method, path } = operations[operation];
  return jsonAnswer(
    404,
    errorBody(
      'itemNotFound',
      404,
      `${method} ${path} (${operation}) is not an API of ${cloudNames[cloud]}, which the emulator plays ` +
        `(cloud: ${cloud}); ${alternatives[cloud]}`,
    ),
  );
}

const cloudNames: Readonly<Record<Cloud, string>> = { otc: 'Open Telekom Cloud', huawei: 'Huawei Cloud' };
const alternatives: Readonly<Record<Cloud, string>> = {
  otc: 'its disk create is POST /v2/{project_id}/cloudvolumes (--cloud huawei serves both).',
  huawei: 'every operation of the description is served in this mode.',
};
