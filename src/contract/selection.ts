// Which cases a run sends: --only and --skip by scenario name, group (`create`, `list`, …),
// operationId or `generated`; the destructive rollback only when allowed; behaviour-only
// scenarios not on a stateless mock; and the create every later scenario works on, when needed.
// A scenario that checks a refusal runs only when its check is selected (--checks,
// --exclude-checks), and one that checks behaviour only when some behaviour check is.
import { checkRegistry } from './check-registry.js';
import { enabled } from './checks.js';
import { ContractOptionsError, type ResolvedOptions } from './options.js';
import { scenarioRefusal } from './refusal.js';
import { newRunContext } from './run-context.js';
import { type Scenario, Unmet } from './scenarios.js';

/**
 * The scenarios of a run's cloud: those of the other cloud are not part of it (not even as skips),
 * nor those of an OpenStack-compatible family the run leaves out (`openstack: false`; the deprecated
 * /v3 forms unless `openstackV3`).
 */
export const ofCloud = (
  scenarios: readonly Scenario[],
  cloud: ResolvedOptions['cloud'],
  families: { openstack: boolean; openstackV3: boolean } = { openstack: true, openstackV3: false },
): Scenario[] =>
  scenarios.filter(
    (scenario) =>
      (scenario.cloud === undefined || scenario.cloud === cloud) &&
      (scenario.family !== 'openstack' || families.openstack) &&
      (scenario.family !== 'openstack-v3' || families.openstackV3),
  );

export interface Selection {
  /** Why the scenario does not run, or undefined when it does. */
  reasonToSkip(scenario: Scenario): string | undefined;
  /** Whether the generated cases run. */
  generated: boolean;
}

const groupOf = (scenario: Scenario): string => scenario.name.split(':')[0] ?? scenario.name;
const matches = (pattern: string, scenario: Scenario): boolean =>
  pattern === scenario.name || pattern === groupOf(scenario) || pattern === scenario.operationId;

/** Whether the scenario works on the snapshot of `create: minimal` (its request cannot be made without it). */
function usesMain(scenario: Scenario): boolean {
  const bare = newRunContext('p', 'v', { others: ['o', 'o'], cinderSnapshotId: 'c' });
  try {
    scenario.request(bare);
    return scenario.waitOn !== undefined;
  } catch (error) {
    return error instanceof Unmet;
  }
}

/** Why the rollback scenario does not run unless the run allows it. */
const rollbackNotAllowed =
  'it rolls the disk back to the snapshot, overwriting its data: allow it with --rollback (rollback: true)';

/** Why the restore scenarios do not run unless the run allows them. */
const restoreNotAllowed =
  'it creates a disk from a snapshot (billed on a real cloud until the run deletes it): allow it with --restore ' +
  '(restore: true)';

export function selection(options: ResolvedOptions, scenarios: readonly Scenario[]): Selection {
  for (const [field, patterns] of [
    ['only', options.only],
    ['skip', options.skip],
  ] as const)
    for (const pattern of patterns)
      if (pattern !== 'generated' && !scenarios.some((scenario) => matches(pattern, scenario)))
        throw new ContractOptionsError(
          field,
          'enum',
          JSON.stringify(pattern),
          `must name scenarios: a name (${scenarios[0]?.name}, …), a group ` +
            `(${[...new Set(scenarios.map(groupOf))].join(', ')}), an operationId, or generated`,
        );
  // A pattern that names only scenarios of a family the run leaves out would make a green run that checked
  // nothing of what was asked: refused, naming the flag that brings them in.
  const partOfRun = ofCloud(scenarios, options.cloud, options);
  for (const pattern of options.only)
    if (pattern !== 'generated' && !partOfRun.some((scenario) => matches(pattern, scenario))) {
      const left = scenarios.filter((scenario) => matches(pattern, scenario));
      const flag = left.every((scenario) => scenario.family === 'openstack-v3')
        ? 'the deprecated /v3 forms are not part of this run: add --openstack-v3 (openstackV3: true)'
        : left.some((scenario) => scenario.family !== undefined) && !options.openstack
          ? 'the OpenStack-compatible family is left out of this run (--no-openstack, openstack: false)'
          : `they are scenarios of another cloud than ${options.cloud}`;
      throw new ContractOptionsError(
        'only',
        'enum',
        JSON.stringify(pattern),
        `names only scenarios this run leaves out: ${flag}`,
      );
    }
  const picked = (pick: (pattern: string) => boolean): string | undefined => {
    if (options.only.length && !options.only.some(pick)) return `not selected (only: ${options.only.join(', ')})`;
    if (options.skip.some(pick)) return `left out (skip: ${options.skip.filter(pick).join(', ')})`;
    return undefined;
  };
  const chosen = scenarios.filter((scenario) => picked((pattern) => matches(pattern, scenario)) === undefined);
  // What the chosen ones rely on runs too, whatever --only or --skip say: it is their setup.
  const needed = new Set<string>();
  const pending = [...chosen];
  for (let scenario = pending.pop(); scenario; scenario = pending.pop())
    for (const name of [...(scenario.needs ?? []), ...(usesMain(scenario) ? ['create: minimal'] : [])]) {
      const found = scenarios.find((candidate) => candidate.name === name);
      if (found && !needed.has(name)) {
        needed.add(name);
        pending.push(found);
      }
    }
  const behaviourSelected = checkRegistry.some(
    (check) => check.class === 'behaviour' && enabled(options, check.name, check.class),
  );
  return {
    generated: picked((pattern) => pattern === 'generated') === undefined,
    reasonToSkip(scenario) {
      if (scenario.destructive && !options.rollback) return rollbackNotAllowed;
      if (scenario.family === 'openstack' && !options.openstack)
        return 'the OpenStack-compatible snapshots are left out (--no-openstack, openstack: false)';
      if (scenario.family === 'openstack-v3' && !options.openstackV3)
        return 'a deprecated /v3 form: check them with --openstack-v3 (openstackV3: true)';
      if (scenario.restore && !options.restore) return restoreNotAllowed;
      if (scenario.semantic && options.stateless)
        return 'a behaviour check: a stateless mock answers from its examples, not from what was sent';
      const reason = picked((pattern) => matches(pattern, scenario));
      if (reason && !needed.has(scenario.name)) return reason;
      const refusal = scenarioRefusal(scenario);
      if (refusal && !enabled(options, refusal.check, refusal.record.class))
        return `its check is left out (${refusal.record.class}/${refusal.check})`;
      if (scenario.semantic && !refusal && !behaviourSelected)
        return 'a behaviour check, and no behaviour check is selected';
      return undefined;
    },
  };
}
