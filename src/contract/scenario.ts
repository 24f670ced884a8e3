// What a scenario is: the request it builds from the run's context, the status a faithful server
// answers, and what it asks of the run (a snapshot kept, a state waited for or followed, what it
// learns, whether it is destructive, creates a disk or checks behaviour only, what it refuses).
// Its own module so that scenarios.ts and restore-scenarios.ts share it without importing each other.
import type { requestSchemas } from '../../generated/request-schemas.js';
import type { OperationId } from '../../generated/spec-constants.js';
import type { CaseKnowledge } from './check-context.js';
import type { Refusal, refusalChecks } from './checks.js';
import type { Cloud } from './disks.js';
import type { WireRequest } from './http.js';
import type { OpenStackFamily, RunContext } from './run-context.js';

/** What a scenario builds its request from: the run's context (run-context.ts). */
export type ScenarioContext = RunContext;

export type ScenarioRequest = WireRequest;
export type RequestTargetName = keyof typeof requestSchemas;

export interface Scenario {
  name: string;
  operationId: OperationId;
  expectedStatus: number;
  request(context: ScenarioContext): ScenarioRequest;
  /** Prism's Prefer header, for scenarios whose answer the mock cannot derive from the request. */
  preferOnMock?: string;
  /**
   * Remember the created snapshot: as the main one (`main`), the Cinder one (`cinder`) or only for
   * clean-up (`other`).
   */
  keepsSnapshot?: 'main' | 'other' | 'cinder';
  /**
   * An OpenStack-compatible family's scenario: runs only when the run covers the family (`openstack`,
   * `openstackV3`), and is skipped, with the reason, once the family's probe found it not served.
   */
  family?: OpenStackFamily;
  /** The family's probe: a 404 answer says the server does not serve the family (reported as unmet, not failed). */
  probesFamily?: true;
  /** The show the wait polls: the cloudsnapshots one (default), or the Cinder family's (the snapshot deleted there). */
  waitVia?: 'cinder';
  /**
   * Follows the answer's next link: the next page's request (the marker the link names), or
   * undefined when the paging ended; at most `maxPages` requests in all, each its own case.
   */
  nextPage?: { request(context: ScenarioContext, answer: unknown): ScenarioRequest | undefined; maxPages: number };
  /** Before sending, poll the snapshot this scenario targets until it is available (or gone). */
  waitUntil?: 'available' | 'deleted';
  /** The snapshot to wait for, when it is not the one in the request's path. */
  waitOn?: (context: ScenarioContext) => string;
  /** Changes data on the disk: against a real server it runs only when rollback is allowed. */
  destructive?: boolean;
  /** Creates a disk (billed on a real cloud): runs only when the run may restore (`restore`). */
  restore?: boolean;
  /** Runs only when the run is for this cloud (`cloud`): its create path is that cloud's. */
  cloud?: Cloud;
  /**
   * Before sending, poll a job until it ends (SUCCESS; FAIL is a finding) or a disk until it is
   * available, deletable or gone, within the run's wait timeout.
   */
  follow?: (
    context: ScenarioContext,
  ) => { job: string } | { disk: string; until: 'available' | 'deletable' | 'deleted' };
  /** What the run learns from a successful answer for the scenarios after it (a restore's zone, job, disk). */
  learns?: (context: ScenarioContext, answer: unknown) => void;
  /**
   * What the scenario knows its answer must hold beyond what its request says (a snapshot the list
   * must hold, the lowest count, a page of the paging), read when it is sent. The checks themselves
   * are those registered for its operation (check-registry.ts), as for every case.
   */
  knows?: (context: ScenarioContext) => CaseKnowledge;
  /** The scenario checks behaviour only: a stateless mock, which answers from examples, skips it. */
  semantic?: boolean;
  /**
   * Scenarios it relies on (beyond `create: minimal`, which any scenario on the snapshot needs): run whenever it runs.
   */
  needs?: readonly string[];
  /**
   * A request the server must refuse: the kind of rule it breaks and, for a rule of a request
   * schema, where (its class comes from that rule's `x-refusal` record); without a place, the
   * refusal is one of the operation's documented responses (refusal.ts).
   */
  refuses?: {
    rule: keyof typeof refusalChecks;
    target?: RequestTargetName;
    path?: readonly string[];
    /** The record of a documented refusal no schema rule states (a restore from another zone: EVS.2054). */
    record?: Refusal;
  };
}
