// Which EVS code a broken rule of the query is answered with is chosen from the problem's facts
// (keyword, limit), never from the words of its message: a limit above the maximum is EVS.2142
// however its detail reads, one below the minimum EVS.5400's "must be positive".
import { describe, expect, it } from 'vitest';
import { inputRefusal } from '../../src/emulator/refusals.js';
import { InputProblem } from '../../src/shared/input-problem.js';

const answerOf = (problem: InputProblem) => {
  const answer = inputRefusal('query', problem);
  return [answer.status, JSON.parse(answer.body ?? 'null').badRequest];
};

describe('inputRefusal', () => {
  it('answers a limit above its maximum with EVS.2142 from the facts, whatever the detail says', () => {
    const problem = new InputProblem('query.limit', 'range', '5000 (number)', 'is too large', { keyword: 'maximum', limit: 4000, comparison: '<=' });
    expect(answerOf(problem)).toEqual([
      400,
      { code: 'EVS.2142', message: 'invalid filter limit, can not greater than 4000. query.limit is too large (rule: range; got 5000 (number))' },
    ]);
  });

  it('answers a limit below its minimum with EVS.5400 "must be positive"', () => {
    const problem = new InputProblem('query.limit', 'range', '0 (number)', 'must be >= 1', { keyword: 'minimum', limit: 1, comparison: '>=' });
    expect(answerOf(problem)).toEqual([400, { code: 'EVS.5400', message: 'limit param must be positive. query.limit must be >= 1 (rule: range; got 0 (number))' }]);
  });

  it('does not take a problem without facts for a broken maximum, even worded like one', () => {
    const problem = new InputProblem('query.limit', 'range', '1001 (number)', 'must be <= 1000');
    expect(answerOf(problem)[1].code).toBe('EVS.5400');
  });
});
