// evs-snapshot-openapi/emulator: a stateful EVS snapshot API on a laptop.
export type { EvsEmulator } from './emulator.js';
export { createEvsEmulator } from './emulator.js';
export type { FaultKind } from './faults.js';
export { faultKinds } from './faults.js';
export type { ListenOptions } from './http-face.js';
export type { EmulatorLogEntry } from './log.js';
export type { EmulatorVolume, EvsEmulatorOptions, FaultRule, VolumeStatus } from './options.js';
export { EvsEmulatorOptionsError, volumeStatuses } from './options.js';
export { EvsEmulatorStateError } from './state-file.js';
export type { EmulatorState } from './state-format.js';
