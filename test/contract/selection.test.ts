// Which scenarios a run sends: --only and --skip by name, group, operationId or `generated`, the
// rollback only when allowed, behaviour checks not on a stateless mock, and what a chosen scenario
// relies on whatever --only and --skip say. Read against the real list of scenarios.
import { describe, expect, it } from 'vitest';
import { ContractOptionsError, resolveOptions } from '../../src/contract/options.js';
import { scenarios as allScenarios, type Scenario, Unmet } from '../../src/contract/scenarios.js';
import { selection } from '../../src/contract/selection.js';

/** The scenarios of the cloudsnapshots family; the OpenStack-compatible ones are selected in cinder-scenarios.test.ts. */
const scenarios = allScenarios.filter((scenario) => !scenario.family);
const valid = { baseUrl: 'https://evs.example.test', projectId: 'p1', volumeId: '5aa119a8-d25b-45a7-8d1b-88e127885635', auth: { token: 'tok-1234' } };
const select = (extra: Record<string, unknown>) => selection(resolveOptions({ ...valid, ...extra }), scenarios);
const names = (pick: (name: string) => boolean) => scenarios.map((scenario) => scenario.name).filter(pick);
const running = (extra: Record<string, unknown>) => {
  const chosen = select(extra);
  return names((name) => chosen.reasonToSkip(scenarios.find((scenario) => scenario.name === name) as never) === undefined);
};
const reasons = (extra: Record<string, unknown>) => {
  const chosen = select(extra);
  return Object.fromEntries(scenarios.map((scenario) => [scenario.name, chosen.reasonToSkip(scenario)]).filter(([, reason]) => reason !== undefined));
};
const rollbackReason = 'it rolls the disk back to the snapshot, overwriting its data: allow it with --rollback (rollback: true)';
const statelessReason = 'a behaviour check: a stateless mock answers from its examples, not from what was sent';
const restoreReason = 'it creates a disk from a snapshot (billed on a real cloud until the run deletes it): allow it with --restore (restore: true)';
const restoring = scenarios.filter((scenario) => scenario.restore).map((scenario) => scenario.name);
/** Every restore scenario left out for want of --restore. */
const noRestore = Object.fromEntries(restoring.map((name) => [name, restoreReason]));

describe('selection', () => {
  it('runs everything but the rollback and the restore by default, the generated cases included', () => {
    expect(reasons({})).toEqual({ 'rollback: to the source disk': rollbackReason, ...noRestore });
    expect(restoring.length).toBe(18);
    expect(select({}).generated).toBe(true);
  });

  it('leaves out the behaviour checks on a stateless mock, and runs the rollback when allowed', () => {
    expect(reasons({ rollback: true, stateless: true })).toEqual({
      ...Object.fromEntries(
        ['show: after update', 'list: page 1 by offset', 'list: page 2 by offset', 'list: page 3 by offset', 'show: after delete'].map((name) => [name, statelessReason]),
      ),
      ...noRestore,
    });
    expect(reasons({ rollback: true, stateless: true, restore: true })['restore: the disk is gone']).toBe(statelessReason);
  });

  it('runs a restore step with what it needs: the snapshot, the reads, the create of each cloud and the job', () => {
    expect(reasons({ only: ['restore: the disk is available'] })['restore: the disk is available']).toBe(restoreReason);
    expect(running({ only: ['restore: the disk is available'], restore: true })).toEqual([
      'create: minimal',
      'restore: the source disk',
      'restore: the snapshot',
      'restore: create a disk from the snapshot (createVolume)',
      'restore: create a disk from the snapshot (createVolumeV21)',
      'restore: the job ends SUCCESS',
      'restore: the disk is available',
    ]);
  });

  it('refuses the rollback even when --only names it, unless it is allowed', () => {
    expect(reasons({ only: ['rollback: to the source disk'] })['rollback: to the source disk']).toBe(rollbackReason);
    expect(running({ only: ['rollback: to the source disk'], rollback: true })).toEqual(['create: minimal', 'rollback: to the source disk']);
  });

  it('runs what a chosen scenario needs: the snapshot it works on and the update it lists by', () => {
    expect(running({ only: ['list: filters'] })).toEqual(['create: minimal', 'update: name and description', 'list: filters']);
    expect(reasons({ only: ['list: filters'] }).show).toBe('not selected (only: list: filters)');
    expect(select({ only: ['list: filters'] }).generated).toBe(false);
  });

  it('selects by operationId, and --skip wins over --only for what is not needed', () => {
    expect(running({ only: ['showSnapshot'], skip: ['show: after update'] })).toEqual(['create: minimal', 'show', 'show: unknown snapshot id', 'delete', 'show: after delete']);
    expect(reasons({ only: ['showSnapshot'], skip: ['show: after update'] })['show: after update']).toBe('left out (skip: show: after update)');
  });

  it('skips a group, naming only the patterns that matched', () => {
    const skipped = reasons({ skip: ['create', 'list: paging'] });
    expect(Object.keys(skipped).sort()).toEqual(
      [...names((name) => name.startsWith('create: ') && name !== 'create: minimal'), 'list: paging', 'rollback: to the source disk', ...restoring].sort(),
    );
    expect(skipped['create: force']).toBe('left out (skip: create)');
    expect(skipped['list: paging']).toBe('left out (skip: list: paging)');
  });

  it('takes `generated` in --only and --skip for the generated cases alone', () => {
    expect(running({ only: ['generated'] })).toEqual([]);
    expect(select({ only: ['generated'] }).generated).toBe(true);
    expect(select({ skip: ['generated'] }).generated).toBe(false);
    expect(running({ skip: ['generated'] })).toEqual(names((name) => name !== 'rollback: to the source disk' && !restoring.includes(name)));
  });

  it.each([
    ['only', ['create', 'nothing-such']],
    ['skip', ['Show']],
  ])('refuses a name in %s that selects nothing, listing the groups', (field, patterns) => {
    const error = (() => {
      try {
        select({ [field]: patterns });
      } catch (caught) {
        return caught as ContractOptionsError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(ContractOptionsError);
    expect(error.message).toBe(
      `runContract: ${field} must name scenarios: a name (create: minimal, …), a group (create, quotas, show, update, list, restore, delete, rollback), an operationId, or generated (rule: enum; got "${patterns.at(-1)}")`,
    );
  });

  describe('on a list of its own', () => {
    const request = () => ({ method: 'GET', path: '/v2/p/cloudsnapshots', headers: {} }) as unknown as ReturnType<Scenario['request']>;
    const scenario = (name: string, extra: Partial<Scenario> = {}): Scenario => ({ name, operationId: 'listSnapshots', expectedStatus: 200, request, ...extra });
    const own = [
      scenario('create: minimal'),
      scenario('list: waits on the snapshot', { waitOn: () => 'the-main-snapshot' }),
      scenario('show: on the snapshot', {
        request: () => {
          throw new Unmet('no snapshot');
        },
      }),
      scenario('show: broken', {
        request: () => {
          throw new TypeError('a bug, not a missing snapshot');
        },
      }),
      scenario('list: a', { needs: ['list: b'] }),
      scenario('list: b', { needs: ['list: a'] }),
    ];
    const runningOwn = (only: string[]) => {
      const chosen = selection(resolveOptions({ ...valid, only }), own);
      return own.filter((item) => chosen.reasonToSkip(item) === undefined).map((item) => item.name);
    };

    it('adds the first create for a scenario that waits on the snapshot, or whose request needs it', () => {
      expect(runningOwn(['list: waits on the snapshot'])).toEqual(['create: minimal', 'list: waits on the snapshot']);
      expect(runningOwn(['show: on the snapshot'])).toEqual(['create: minimal', 'show: on the snapshot']);
    });

    it('does not take a request that throws for another reason as needing it', () => {
      expect(runningOwn(['show: broken'])).toEqual(['show: broken']);
    });

    it('ends on scenarios that need each other', () => {
      expect(runningOwn(['list: a'])).toEqual(['list: a', 'list: b']);
    });
  });
});
