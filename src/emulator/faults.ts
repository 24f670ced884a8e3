// The faults the emulator injects, as one typed table: each kind's behaviour is one entry, so a
// new kind is one entry here (with its line in the usage text and FaultRule's doc), and a kind
// without a behaviour cannot exist. Which faults hit a request: each rule draws for the nth request
// it matches from (seed, rule, n) alone, so a run under one seed hits the same requests of an
// operation whatever else is sent and however requests interleave.
import type { OperationId } from '../../generated/spec-constants.js';
import { errorBody } from '../shared/error-body.js';
import { type Cut, type EmulatorAnswer, jsonAnswer, unhandled } from './exchange.js';
import { unitDraw } from './random.js';

/** What a behaviour reads of the rule that hit: its milliseconds and its Retry-After seconds. */
export interface FaultSettings {
  ms: number;
  retryAfter: number;
}

/** A fault rule as the options resolved it. */
export interface ResolvedFault extends FaultSettings {
  kind: FaultKind;
  rate: number;
  operations: ReadonlySet<OperationId>;
}

/** What a kind of fault does to a request it hits. */
export type FaultBehaviour =
  /** Waits `ms` before the request goes on (the waits of several rules add up). */
  | { effect: 'delay'; defaultMs: number }
  /** Answers in place of the operation, which does not run; a cut answer breaks the connection instead. */
  | { effect: 'answer'; answer: (rule: FaultSettings) => EmulatorAnswer }
  /** The operation runs and takes effect, but its answer is cut. */
  | { effect: 'cut'; defaultMs: number; cut: (rule: FaultSettings) => Cut }
  /** The operation is accepted, but what it starts ends in error: only for these operations. */
  | { effect: 'failsLater'; operations: readonly OperationId[] };

/** Milliseconds of `ms` when a rule gives none and its kind names no default. */
const defaultFaultMs = 100;

const retryAfter = (rule: FaultSettings): Record<string, string> => ({ 'Retry-After': String(rule.retryAfter) });
const faultBody = (wrapper: string, code: string | number, message: string): unknown =>
  errorBody(wrapper, code, `${message} (an emulator fault)`);

/** Every fault kind and what it does, in the order the options' messages list them. */
const faultTable = {
  latency: { effect: 'delay', defaultMs: defaultFaultMs },
  throttle: {
    effect: 'answer',
    answer: (rule) => jsonAnswer(429, faultBody('overLimit', 429, 'Too many requests; retry later.'), retryAfter(rule)),
  },
  error: {
    effect: 'answer',
    answer: () => jsonAnswer(500, faultBody('computeFault', 'EVS.5500', 'Internal server error.')),
  },
  unavailable: {
    effect: 'answer',
    answer: (rule) =>
      jsonAnswer(503, faultBody('serviceUnavailable', 'EVS.5503', 'Service unavailable.'), retryAfter(rule)),
  },
  reset: { effect: 'answer', answer: () => ({ status: 500, headers: {}, body: undefined, cut: { kind: 'reset' } }) },
  stall: { effect: 'cut', defaultMs: 10_000, cut: (rule) => ({ kind: 'stall', ms: rule.ms }) },
  // The Cinder creates and deletes are the same operations on the same snapshots.
  'create-error': {
    effect: 'failsLater',
    operations: ['createSnapshot', 'createCinderSnapshot', 'createCinderSnapshotV3'],
  },
  'delete-error': {
    effect: 'failsLater',
    operations: ['deleteSnapshot', 'deleteCinderSnapshot', 'deleteCinderSnapshotV3'],
  },
  'restore-error': { effect: 'failsLater', operations: ['createVolume', 'createVolumeV21'] },
} as const satisfies Record<string, FaultBehaviour>;

export type FaultKind = keyof typeof faultTable;

/** The behaviour of each kind, typed as the union so that callers handle every effect. */
export const faultBehaviours: Readonly<Record<FaultKind, FaultBehaviour>> = faultTable;

/** What a fault does to a request it hits, by kind. */
export const faultKinds: readonly FaultKind[] = Object.freeze(Object.keys(faultTable) as FaultKind[]);

/** The `ms` of a rule that gives none: its kind's default, else 100. */
export const defaultMsOf = (kind: FaultKind): number => {
  const behaviour = faultBehaviours[kind];
  return 'defaultMs' in behaviour ? behaviour.defaultMs : defaultFaultMs;
};

export interface FaultDraw {
  /** Milliseconds to wait before answering (the sum of the delay rules that hit). */
  latencyMs: number;
  /** The first answering or cutting fault that hit, by rule order, with its behaviour. */
  answer: { rule: ResolvedFault; behaviour: Extract<FaultBehaviour, { effect: 'answer' | 'cut' }> } | undefined;
  /** The rule whose kind lets what this create or delete starts end in error, if one hit. */
  failsLater: ResolvedFault | undefined;
}

export class FaultPlan {
  private readonly counts: number[];

  constructor(
    private readonly rules: readonly ResolvedFault[],
    private readonly seed: number,
  ) {
    this.counts = rules.map(() => 0);
  }

  reset(): void {
    this.counts.fill(0);
  }

  draw(operation: OperationId): FaultDraw {
    const draw: FaultDraw = { latencyMs: 0, answer: undefined, failsLater: undefined };
    this.rules.forEach((rule, index) => {
      if (!rule.operations.has(operation)) return;
      const nth = this.counts[index]!++;
      if (rule.rate < 1 && unitDraw(this.seed, index, nth) >= rule.rate) return;
      const behaviour = faultBehaviours[rule.kind];
      switch (behaviour.effect) {
        case 'delay':
          draw.latencyMs += rule.ms;
          return;
        case 'answer':
        case 'cut':
          draw.answer ??= { rule, behaviour };
          return;
        case 'failsLater':
          if (behaviour.operations.includes(operation)) draw.failsLater = rule;
          return;
        default:
          unhandled(behaviour);
      }
    });
    return draw;
  }
}
