// The options and flags of the restore: cloud, quota, the restore and disk delete delays, a seeded
// disk's type, the restore-error fault; each mistake named with its rule and value.
import { describe, expect, it } from 'vitest';
import { readCli } from '../../src/emulator/cli-args.js';
import { createEvsEmulator, type EvsEmulatorOptions, EvsEmulatorOptionsError } from '../../src/emulator/index.js';
import { volumeId } from './exchange.js';

const refusalOf = (make: () => unknown): string => {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(EvsEmulatorOptionsError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('createEvsEmulator refuses restore options, word for word', () => {
  it.each([
    ['a cloud it does not know', { cloud: 'aws' }, 'createEvsEmulator: cloud must be one of otc, huawei (rule: enum; got "aws" (string, 3 UTF-8 bytes))'],
    ['a quota below -1', { quota: { volumes: -2 } }, 'createEvsEmulator: quota.volumes must be a whole number from -1 to 1000000000 (rule: range; got -2 (number))'],
    ['a quota that is not whole', { quota: { gigabytes: 1.5 } }, 'createEvsEmulator: quota.gigabytes must be a whole number from -1 to 1000000000 (rule: range; got 1.5 (number))'],
    [
      'a quota given as text',
      { quota: { snapshots: '10' } },
      'createEvsEmulator: quota.snapshots must be a whole number from -1 to 1000000000 (rule: range; got "10" (string, 2 UTF-8 bytes))',
    ],
    [
      'a quota it does not know',
      { quota: { backups: 1 } },
      'createEvsEmulator: quota.backups is not an option of quota; expected one of volumes, snapshots, gigabytes (rule: additionalProperties; got an unknown option)',
    ],
    ['a negative restore delay', { delays: { restore: -1 } }, 'createEvsEmulator: delays.restore must be a whole number from 0 to 86400000 (rule: range; got -1 (number))'],
    [
      'a volume delete delay as text',
      { delays: { volumeDelete: '5' } },
      'createEvsEmulator: delays.volumeDelete must be a whole number from 0 to 86400000 (rule: range; got "5" (string, 1 UTF-8 bytes))',
    ],
    [
      'a seeded disk of an unknown type',
      { volumes: [{ id: volumeId, volumeType: 'HDD' }] },
      'createEvsEmulator: volumes[0].volumeType must be one of ESSD, GPSSD, SSD, SAS, SATA, GPSSD2, ESSD2 (rule: enum; got "HDD" (string, 3 UTF-8 bytes))',
    ],
    [
      'a restore-error fault on snapshot operations only',
      { faults: [{ kind: 'restore-error', operations: ['createSnapshot'] }] },
      'createEvsEmulator: faults[0].operations must include createVolume or createVolumeV21 for a restore-error fault (rule: enum; got an array of 1)',
    ],
  ])('%s', (_case, options, message) => {
    expect(refusalOf(() => createEvsEmulator(options as EvsEmulatorOptions))).toBe(message);
  });

  it('takes a restore-error fault on createVolumeV21 alone, and -1 and 0 as quotas', () => {
    expect(() => createEvsEmulator({ faults: [{ kind: 'restore-error', operations: ['createVolumeV21'] }], quota: { volumes: -1, snapshots: 0 } })).not.toThrow();
  });
});

describe('evs-emulator refuses restore flags, word for word', () => {
  it.each([
    [['--quota', 'volumes=x'], 'createEvsEmulator: --quota volumes must be a whole number, or -1 for unlimited (rule: type; got "x" (string, 1 UTF-8 bytes))'],
    [['--quota', 'volumes=-2'], 'createEvsEmulator: --quota volumes must be a whole number, or -1 for unlimited (rule: type; got "-2" (string, 2 UTF-8 bytes))'],
    [['--quota', 'volumes=99999999999'], 'createEvsEmulator: --quota volumes must be a whole number, or -1 for unlimited (rule: type; got "99999999999" (string, 11 UTF-8 bytes))'],
    [['--quota', 'volumes=2000000000'], 'createEvsEmulator: --quota volumes must be a whole number from -1 to 1000000000 (rule: range; got 2000000000 (number))'],
    [
      ['--quota', 'volumes=2,disks=3'],
      'createEvsEmulator: --quota takes volumes=<n>, snapshots=<n>, gigabytes=<n>, separated by commas; "disks=3" is none of them (rule: format; got "volumes=2,disks=3" (string, 17 UTF-8 bytes))',
    ],
    [
      ['--quota', 'volumes'],
      'createEvsEmulator: --quota takes volumes=<n>, snapshots=<n>, gigabytes=<n>, separated by commas; "volumes" is none of them (rule: format; got "volumes" (string, 7 UTF-8 bytes))',
    ],
    [['--quota', 'volumes=1,volumes=2'], 'createEvsEmulator: --quota volumes must be given once (rule: uniqueItems; got "volumes=1,volumes=2" (string, 19 UTF-8 bytes))'],
    [['--cloud', 'OTC'], 'createEvsEmulator: --cloud must be one of otc, huawei (rule: enum; got "OTC" (string, 3 UTF-8 bytes))'],
    [['--restore-ms', 'soon'], 'createEvsEmulator: --restore-ms must be a whole number (rule: type; got "soon" (string, 4 UTF-8 bytes))'],
    [
      ['--volume', `${volumeId},type=NVME`],
      'createEvsEmulator: --volume #1 volumeType must be one of ESSD, GPSSD, SSD, SAS, SATA, GPSSD2, ESSD2 (rule: enum; got "NVME" (string, 4 UTF-8 bytes))',
    ],
  ])('%j', (argv, message) => {
    expect(refusalOf(() => readCli(argv, {}))).toBe(message);
  });

  it('reads the restore flags into options', () => {
    const settings = readCli(['--cloud', 'huawei', '--quota', 'gigabytes=500,volumes=-1', '--restore-ms', '0', '--volume-delete-ms', '0', '--fault', 'restore-error,rate=0.5'], {});
    expect(settings.resolved).toMatchObject({
      cloud: 'huawei',
      quota: { volumes: -1, snapshots: -1, gigabytes: 500 },
      delays: { create: 1000, delete: 1000, rollback: 1000, restore: 0, volumeDelete: 0 },
    });
    expect(settings.resolved?.faults.map((fault) => [fault.kind, fault.rate])).toEqual([['restore-error', 0.5]]);
  });
});
