// The behaviour checks of quotas, jobs and restored disks, each against the misbehaviour it is
// there for, and silent on a faithful answer; through the registry, as the session runs them.
import { describe, expect, it } from 'vitest';
import type { OperationId } from '../../generated/spec-constants.js';
import { type CaseKnowledge, checkContextOf } from '../../src/contract/check-context.js';
import { behaviourFindings } from '../../src/contract/check-registry.js';
import { quotaKnowledge } from '../../src/contract/restore-scenarios.js';
import { newRunContext } from '../../src/contract/run-context.js';

const P = 'bab7d5c60cd041a0a36f7c4b6e1dd978';
const V = '5aa119a8-d25b-45a7-8d1b-88e127885635';
const S = 'ABCDEF12-0000-4000-8000-00000000000A';
const D = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const request = { method: 'GET' as const, path: '/', authenticated: true };
const found = (operationId: OperationId, knows: CaseKnowledge, body: unknown) =>
  behaviourFindings(checkContextOf({ operationId, expectedStatus: 200, knows }, newRunContext(P, V)), request, {
    status: 200,
    contentType: 'application/json',
    bytes: new Uint8Array(),
    truncated: false,
    body,
  }).map((v) => `${v.check} ${v.pointer}: ${v.problem}; expected ${v.expected}, got ${v.actual}`);

const entry = (in_use: number, reserved = 0, limit = -1) => ({ in_use, reserved, limit });
const quotaSet = (over: Record<string, unknown> = {}) => ({ quota_set: { id: P, volumes: entry(2), snapshots: entry(3), gigabytes: entry(50), ...over } });
const quota = { quota: { projectId: P, atLeast: { snapshots: 3, volumes: 2, gigabytes: 40 } } };

describe('quota-usage', () => {
  it('passes a faithful answer, and one whose use is partly still reserved', () => {
    expect(found('showQuotas', quota, quotaSet())).toEqual([]);
    expect(found('showQuotas', quota, quotaSet({ snapshots: entry(1, 2) }))).toEqual([]);
  });

  it('finds quotas of another project, a negative use or reservation, and a use below what the run’s own resources account for', () => {
    expect(found('showQuotas', quota, quotaSet({ id: 'another-project' }))).toEqual([
      `quota-usage /quota_set/id: the quotas are of another project than the one asked for; expected "${P}", got "another-project"`,
    ]);
    expect(found('showQuotas', quota, quotaSet({ gigabytes_SSD: entry(-1), backups: entry(0, -2) }))).toEqual([
      'quota-usage /quota_set/gigabytes_SSD/in_use: in_use of gigabytes_SSD is negative: it counts what exists or is being made; expected "a count of 0 or more", got -1',
      'quota-usage /quota_set/backups/reserved: reserved of backups is negative: it counts what exists or is being made; expected "a count of 0 or more", got -2',
    ]);
    expect(found('showQuotas', quota, quotaSet({ snapshots: entry(2) }))).toEqual([
      'quota-usage /quota_set/snapshots/in_use: snapshots in use (with reserved) is lower than what the run\'s own snapshots that still exist account for; expected "at least 3", got 2',
    ]);
  });

  it('counts as the run’s own what it made and did not delete: snapshots, their GB, its disk, and the restored disk once available', () => {
    const context = newRunContext(P, V);
    expect(quotaKnowledge(context).quota?.atLeast).toEqual({ snapshots: 0, volumes: 0, gigabytes: 0 });
    for (const id of ['a', 'b']) {
      context.created.push(id);
      context.expected.set(id, { volume_id: V });
      context.sizes.set(id, 10);
    }
    context.expected.delete('b');
    context.restore = { sourceSize: 10, snapshotSize: 10, diskId: D, available: true };
    context.disks.push({ id: D, jobId: 'j1', deleted: false, size: 10 });
    expect(quotaKnowledge(context).quota?.atLeast).toEqual({ snapshots: 1, volumes: 2, gigabytes: 30 });
    (context.disks[0] as { deleted: boolean }).deleted = true;
    expect(quotaKnowledge(context).quota?.atLeast).toEqual({ snapshots: 1, volumes: 1, gigabytes: 20 });
  });
});

describe('job-outcome', () => {
  const job = (over: Record<string, unknown> = {}) => ({
    status: 'SUCCESS',
    job_id: 'job1',
    job_type: 'createVolume',
    begin_time: '2026-12-01T10:00:00.000Z',
    end_time: '2026-12-01T10:00:05.000Z',
    entities: { volume_id: D },
    ...over,
  });
  const knows = { job: { jobId: 'job1', type: 'createVolume', diskId: D } };

  it('passes a create job that ended SUCCESS naming the disk the create answered', () => {
    expect(found('showJob', knows, job())).toEqual([]);
  });

  it('finds another job, another type, a job not SUCCESS, an end without an end time, no disk, another disk', () => {
    expect(found('showJob', knows, job({ job_id: 'job2', job_type: 'deleteVolume', entities: {} }))).toEqual([
      'job-outcome /job_id: the answer is another job than the one asked for; expected "job1", got "job2"',
      'job-outcome /job_type: the restore’s job is not a disk create; expected "createVolume", got "deleteVolume"',
      'job-outcome /entities/volume_id: the create job does not name the disk it made; expected "a disk id", got nothing',
    ]);
    expect(found('showJob', knows, job({ status: 'RUNNING', end_time: '' }))).toEqual([
      'job-outcome /status: the restore’s job did not succeed; expected "SUCCESS", got "RUNNING"',
    ]);
    expect(found('showJob', knows, job({ end_time: '', entities: { volume_id: V } }))).toEqual([
      'job-outcome /end_time: the job ended but has no end time; expected "a time", got ""',
      `job-outcome /entities/volume_id: the job names another disk than the create answered in volume_ids; expected "${D}", got "${V}"`,
    ]);
  });
});

describe('restored-as-asked', () => {
  const disk = (over: Record<string, unknown> = {}) => ({
    volume: {
      id: D,
      status: 'available',
      size: 10,
      availability_zone: 'eu-de-01',
      volume_type: 'SSD',
      snapshot_id: S.toLowerCase(),
      created_at: '2026-12-01T10:00:00.000000',
      ...over,
    },
  });
  const knows = { restored: { diskId: D, snapshotId: S, minSize: 10, zone: 'eu-de-01', type: 'SSD' } };

  it('passes the disk asked for, available, from the snapshot (ids in any case), as large or larger, a null type not compared', () => {
    for (const operationId of ['showVolume', 'showVendorVolume'] as const) {
      expect(found(operationId, knows, disk())).toEqual([]);
      expect(found(operationId, knows, disk({ size: 20, volume_type: null }))).toEqual([]);
    }
  });

  it('finds another disk, one not available, without snapshot_id, smaller than the snapshot, in another zone, of another type', () => {
    expect(found('showVolume', knows, disk({ id: V }))).toEqual([`restored-as-asked /volume/id: the answer is another disk than the one asked for; expected "${D}", got "${V}"`]);
    expect(found('showVendorVolume', knows, disk({ status: 'creating', snapshot_id: null, size: 9, availability_zone: 'eu-de-02', volume_type: 'SAS' }))).toEqual([
      'restored-as-asked /volume/status: the restored disk is not available; expected "available", got "creating"',
      `restored-as-asked /volume/snapshot_id: the restored disk does not name the snapshot it was made from; expected "${S}", got null`,
      'restored-as-asked /volume/size: the restored disk is smaller than the snapshot; expected "at least 10", got 9',
      'restored-as-asked /volume/availability_zone: the restored disk is in another zone than the snapshot; expected "eu-de-01", got "eu-de-02"',
      'restored-as-asked /volume/volume_type: the restored disk has another type than the snapshot’s disk; expected "SSD", got "SAS"',
    ]);
  });
});
