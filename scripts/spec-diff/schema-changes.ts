// How a change to one schema affects clients, by direction: what a client sends (request) may
// only get looser, what it receives (response) may only get tighter. Each rule of the table
// says how a change is classed on each side, as GitHub's rest-api-description script and oasdiff
// class them: narrowing a request breaks senders, widening a response may break readers.
import { isNode, type Node } from '../build/document.js';

export type Severity = 'breaking' | 'potentially breaking' | 'compatible';
export type Direction = 'request' | 'response';

export interface Change {
  severity: Severity;
  rule: string;
  /** The operation and the side or status, e.g. `POST /v2/{project_id}/cloudsnapshots request`, `GET /v2/… 200`. */
  where: string;
  /** JSON pointer into the schema there (`''` for the operation itself). */
  pointer: string;
  detail: string;
}

const show = (value: unknown): string => JSON.stringify(value);

/** A change that tightens (`narrower`) or loosens what is allowed, classed per side. */
const bySide = (direction: Direction, narrower: boolean): Severity =>
  direction === 'request' ? (narrower ? 'breaking' : 'compatible') : narrower ? 'compatible' : 'potentially breaking';

export interface Resolver {
  /** The schema a `$ref` names (the node itself when it has none). */
  deref(node: unknown): unknown;
}

function typesOf(schema: Node): Set<string> {
  const types = new Set<string>();
  const add = (type: unknown) => {
    if (typeof type === 'string') types.add(type === 'integer' ? 'integer' : type);
    if (Array.isArray(type)) for (const t of type) add(t);
  };
  add(schema.type);
  return types;
}

const numericBounds: [keyword: string, tighterWhen: 'lower' | 'higher'][] = [
  ['maxLength', 'lower'],
  ['maximum', 'lower'],
  ['exclusiveMaximum', 'lower'],
  ['maxItems', 'lower'],
  ['maxProperties', 'lower'],
  ['x-maxBytes', 'lower'],
  ['x-maxJsonBytes', 'lower'],
  ['minLength', 'higher'],
  ['minimum', 'higher'],
  ['exclusiveMinimum', 'higher'],
  ['minItems', 'higher'],
];

/** How alike two schemas look: shared property names, and the same type. */
function likeness(x: unknown, y: unknown): number {
  if (!isNode(x) || !isNode(y)) return 0;
  const names = (node: Node) => new Set(Object.keys(isNode(node.properties) ? node.properties : {}));
  const a = names(x);
  const shared = [...names(y)].filter((name) => a.has(name)).length;
  return shared * 2 + (show(x.type) === show(y.type) ? 1 : 0);
}

/** Each old alternative with the most alike new one not taken yet (index of the new one kept for the pointer). */
function pairs(resolvers: { before: Resolver; after: Resolver }, before: unknown[], after: unknown[]): [unknown, unknown, number][] {
  const free = new Set(after.map((_, index) => index));
  return before.map((branch) => {
    const old = resolvers.before.deref(branch);
    let best = [...free][0] ?? 0;
    for (const index of free) if (likeness(old, resolvers.after.deref(after[index])) > likeness(old, resolvers.after.deref(after[best]))) best = index;
    free.delete(best);
    return [branch, after[best], best];
  });
}

export function schemaChanges(
  resolvers: { before: Resolver; after: Resolver },
  before: unknown,
  after: unknown,
  direction: Direction,
  where: string,
  seen = new Set<unknown>(),
  depth = 0,
): Change[] {
  const old = resolvers.before.deref(before);
  const now = resolvers.after.deref(after);
  if (!isNode(old) || !isNode(now) || depth > 32 || seen.has(old)) return [];
  const next = new Set(seen).add(old);
  const out: Change[] = [];
  const push = (severity: Severity, rule: string, detail: string, at = where) => out.push({ severity, rule, where: '', pointer: at, detail });

  const oldTypes = typesOf(old);
  const newTypes = typesOf(now);
  if (oldTypes.size && newTypes.size) {
    const removed = [...oldTypes].filter((t) => !newTypes.has(t) && !(t === 'integer' && newTypes.has('number')));
    const added = [...newTypes].filter((t) => !oldTypes.has(t));
    if (removed.length && added.length) push('breaking', 'type changed', `type ${show([...oldTypes])} became ${show([...newTypes])}`);
    else if (removed.length) push(bySide(direction, true), 'type narrowed', `type ${show([...oldTypes])} became ${show([...newTypes])}`);
    else if (added.length) push(bySide(direction, false), 'type widened', `type ${show([...oldTypes])} became ${show([...newTypes])}`);
  } else if (oldTypes.size !== newTypes.size) push('potentially breaking', 'type constraint changed', `type ${show([...oldTypes])} became ${show([...newTypes])}`);

  if (Array.isArray(old.enum) || Array.isArray(now.enum)) {
    const before_ = Array.isArray(old.enum) ? old.enum.map(show) : undefined;
    const after_ = Array.isArray(now.enum) ? now.enum.map(show) : undefined;
    if (before_ && !after_) push(bySide(direction, false), 'enum removed', `any value is allowed now, not only ${before_.join(', ')}`);
    else if (!before_ && after_) push(bySide(direction, true), 'enum added', `only ${after_.join(', ')} are allowed now`);
    else if (before_ && after_) {
      const dropped = before_.filter((value) => !after_.includes(value));
      const added = after_.filter((value) => !before_.includes(value));
      if (dropped.length) push(bySide(direction, true), 'enum value removed', `${dropped.join(', ')} no longer allowed`);
      if (added.length) push(bySide(direction, false), 'enum value added', `${added.join(', ')} now allowed`);
    }
  }

  for (const [keyword, tighterWhen] of numericBounds) {
    const a = old[keyword];
    const b = now[keyword];
    if (a === b) continue;
    if (typeof a === 'number' && typeof b === 'number') {
      const tighter = tighterWhen === 'lower' ? b < a : b > a;
      push(bySide(direction, tighter), tighter ? `${keyword} tightened` : `${keyword} loosened`, `${keyword} ${a} became ${b}`);
    } else if (typeof a === 'number') push(bySide(direction, false), `${keyword} removed`, `${keyword} ${a} is gone`);
    else if (typeof b === 'number') push(bySide(direction, true), `${keyword} added`, `${keyword} ${b} is new`);
  }

  for (const keyword of ['pattern', 'format', 'const', 'x-reservedPrefix'])
    if (show(old[keyword]) !== show(now[keyword]))
      push('potentially breaking', `${keyword} changed`, `${keyword} ${show(old[keyword]) ?? 'none'} became ${show(now[keyword]) ?? 'none'}`);

  const oldRequired = new Set(Array.isArray(old.required) ? (old.required as string[]) : []);
  const newRequired = new Set(Array.isArray(now.required) ? (now.required as string[]) : []);
  for (const name of newRequired) if (!oldRequired.has(name)) push(bySide(direction, true), 'property became required', `${name} is required now`, `${where}/${name}`);
  for (const name of oldRequired) if (!newRequired.has(name)) push(bySide(direction, false), 'property became optional', `${name} is optional now`, `${where}/${name}`);

  const oldProperties = isNode(old.properties) ? old.properties : {};
  const newProperties = isNode(now.properties) ? now.properties : {};
  for (const name of Object.keys(oldProperties)) {
    if (!(name in newProperties)) {
      // A client that sends it is refused when unknown fields are; a client that reads it finds nothing.
      const severity = direction === 'request' ? (now.additionalProperties === false ? 'breaking' : 'potentially breaking') : 'breaking';
      push(severity, 'property removed', `${name} is gone`, `${where}/${name}`);
    } else out.push(...schemaChanges(resolvers, oldProperties[name], newProperties[name], direction, `${where}/${name}`, next, depth + 1));
  }
  for (const name of Object.keys(newProperties))
    if (!(name in oldProperties) && !newRequired.has(name)) push('compatible', 'property added', `${name} is new and optional`, `${where}/${name}`);

  const oldExtra = old.additionalProperties;
  const newExtra = now.additionalProperties;
  if (oldExtra !== false && newExtra === false) push(bySide(direction, true), 'unknown properties refused', 'other properties are no longer allowed');
  if (oldExtra === false && newExtra !== false) push(bySide(direction, false), 'unknown properties allowed', 'other properties are allowed now');
  if (isNode(oldExtra) && isNode(newExtra)) out.push(...schemaChanges(resolvers, oldExtra, newExtra, direction, `${where}/*`, next, depth + 1));
  if (isNode(old.items) && isNode(now.items)) out.push(...schemaChanges(resolvers, old.items, now.items, direction, `${where}/items`, next, depth + 1));

  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    const a = Array.isArray(old[keyword]) ? (old[keyword] as unknown[]) : [];
    const b = Array.isArray(now[keyword]) ? (now[keyword] as unknown[]) : [];
    // Alternatives are a set: each is compared with its closest match, so reordering them is no change.
    if (a.length === b.length)
      for (const [x, y, index] of pairs(resolvers, a, b)) out.push(...schemaChanges(resolvers, x, y, direction, `${where}/${keyword}/${index}`, next, depth + 1));
    else if (keyword === 'allOf') push(bySide(direction, b.length > a.length), 'allOf changed', `${a.length} parts became ${b.length}`);
    else push(bySide(direction, b.length < a.length), `${keyword} changed`, `${a.length} alternatives became ${b.length}`);
  }
  return out;
}
