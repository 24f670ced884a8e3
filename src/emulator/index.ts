// evs-snapshot-openapi/emulator: a stateful EVS snapshot API on a laptop.
export type { EvsEmulator } from './emulator.js';
export { createEvsEmulator } from './emulator.js';
export type { ListenOptions } from './http-face.js';
export type { EmulatorLogEntry } from './log.js';
export type { EmulatorVolume, EvsEmulatorOptions, FaultKind, FaultRule, VolumeStatus } from './options.js';
export { EvsEmulatorOptionsError, faultKinds, volumeStatuses } from './options.js';
export type { EmulatorState } from './store.js';
