// Which faults hit a request. Each rule draws for the nth request it matches from (seed, rule, n)
// alone, so a run under one seed hits the same requests of an operation whatever else is sent
// and however requests interleave.
import type { OperationId } from '../../generated/spec-constants.js';
import type { FaultKind, ResolvedFault } from './options.js';
import { unitDraw } from './random.js';

export interface FaultDraw {
  /** Milliseconds to wait before answering (the sum of the latency rules that hit). */
  latencyMs: number;
  /** The first answering fault that hit (throttle, error, unavailable, reset, stall), by rule order. */
  answer: ResolvedFault | undefined;
  /** The create's snapshot ends in `error`, or the delete's in `error_deleting`. */
  failsLater: boolean;
}

const answering: ReadonlySet<FaultKind> = new Set(['throttle', 'error', 'unavailable', 'reset', 'stall']);

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
    const draw: FaultDraw = { latencyMs: 0, answer: undefined, failsLater: false };
    this.rules.forEach((rule, index) => {
      if (!rule.operations.has(operation)) return;
      const nth = this.counts[index]!++;
      if (rule.rate < 1 && unitDraw(this.seed, index, nth) >= rule.rate) return;
      if (rule.kind === 'latency') draw.latencyMs += rule.ms;
      else if (answering.has(rule.kind)) draw.answer ??= rule;
      else if ((rule.kind === 'create-error' && operation === 'createSnapshot') || (rule.kind === 'delete-error' && operation === 'deleteSnapshot')) draw.failsLater = true;
    });
    return draw;
  }
}
