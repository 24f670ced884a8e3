// Which operation a method and path name, from the spec's table of operations: the path's
// `{param}` segments match one segment each, literal segments win over parameters (`detail` is
// the list, not a snapshot ID), and a known path with another method is a 405 with Allow.
import { type OperationId, operations } from '../../generated/spec-constants.js';

export type Route = { operation: OperationId; params: Record<string, string> } | { allow: string[] } | undefined;

interface Template {
  operation: OperationId;
  method: string;
  segments: readonly string[];
  literals: number;
}

const templates: Template[] = (Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][]).map(
  ([operation, { method, path }]) => {
    const segments = path.split('/').slice(1);
    return { operation, method, segments, literals: segments.filter((segment) => !segment.startsWith('{')).length };
  },
);
// More literal segments first: /cloudsnapshots/detail before /cloudsnapshots/{snapshot_id}.
templates.sort((a, b) => b.literals - a.literals);

function matches(template: Template, segments: readonly string[]): Record<string, string> | undefined {
  if (template.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const expected = template.segments[i]!;
    const actual = segments[i]!;
    if (expected.startsWith('{')) {
      if (actual === '') return undefined;
      params[expected.slice(1, -1)] = actual;
    } else if (expected !== actual) return undefined;
  }
  return params;
}

/** The route of a method and path; the operations in `skip` are taken for absent (a cloud that does not serve them). */
export function route(method: string, path: string, skip?: ReadonlySet<OperationId>): Route {
  const segments = path.split('/').slice(1);
  const allow = new Set<string>();
  let best: Template | undefined;
  for (const template of templates) {
    if (skip?.has(template.operation)) continue;
    const params = matches(template, segments);
    if (!params) continue;
    // Only the best match's path counts for Allow: /detail is not also a snapshot ID.
    if (best && best.literals > template.literals) break;
    best = template;
    if (template.method === method) return { operation: template.operation, params };
    allow.add(template.method);
  }
  return allow.size ? { allow: [...allow].sort() } : undefined;
}
