// `x-refusal` in the request schemas: for each rule a request can break, whether the reference
// documents that EVS refuses a request breaking it (and where, with which code) or only this
// description states the rule. The generator turns each record into the contract tool's check
// class and fails the build on a rule without a record, so a new rule cannot slip into either
// class by default.
import { isNode, type Node } from './document.js';

/** What generated/request-schemas.ts carries in place of each `x-refusal` record. */
export interface RefusalClass {
  class: 'documented-refusal' | 'strictness';
  source?: string;
  code?: string;
}

/** Keywords that make a value invalid, each needing a record where it stands. */
const ruleKeywords = [
  'enum',
  'maxLength',
  'minLength',
  'minimum',
  'maximum',
  'pattern',
  'x-maxBytes',
  'x-maxJsonBytes',
  'dependentSchemas',
  'maxProperties',
  'propertyNames',
] as const;
/** EVS.1018, APIGW.0301, Common.0013, or a bare HTTP status when the reference names no code. */
const codePattern = /^([A-Za-z]+\.\d{4}|4\d\d)$/;

function fail(where: string, problem: string): never {
  throw new Error(`x-refusal at ${where}: ${problem}`);
}

/** One record as written in spec/ (`documented`, `source` and `code`, or `note`) as its class. */
function classOf(record: unknown, where: string): RefusalClass {
  if (!isNode(record)) fail(where, 'must be an object with documented and source and code, or documented: false and a note');
  const allowed = record.documented === true ? ['documented', 'source', 'code'] : ['documented', 'note'];
  const extra = Object.keys(record).filter((key) => !allowed.includes(key));
  if (extra.length) fail(where, `has ${extra.join(', ')}, which a record with documented: ${String(record.documented)} does not take (it takes ${allowed.join(', ')})`);
  if (record.documented === true) {
    if (typeof record.source !== 'string' || record.source.trim() === '') fail(where, 'a documented refusal names its source page');
    if (typeof record.code !== 'string' || !codePattern.test(record.code))
      fail(where, `code must be an error code such as EVS.2142 or an HTTP status such as 400, got ${JSON.stringify(record.code)}`);
    return { class: 'documented-refusal', source: record.source, code: record.code };
  }
  if (record.documented !== false) fail(where, `documented must be true or false, got ${JSON.stringify(record.documented)}`);
  if (typeof record.note !== 'string' || record.note.trim() === '') fail(where, 'a rule whose refusal is not documented says why in a note');
  return { class: 'strictness' };
}

/** The records of one schema node, checked and turned into classes. */
export function refusalClasses(value: unknown, where: string): Record<string, RefusalClass> {
  if (!isNode(value)) fail(where, 'must map rule keywords (type, required, maximum, ...) to records');
  return Object.fromEntries(Object.entries(value).map(([keyword, record]) => [keyword, classOf(record, `${where}/${keyword}`)]));
}

type Role = 'root' | 'property' | 'branch';

/**
 * Every rule of an inlined request schema has a record, on its node or, inside `anyOf`, on the
 * node holding the alternatives; and no record names a rule its node lacks. `asText`: the target
 * travels as text (a query or a path), where only a number's type can be broken and an unknown
 * parameter is not a rule this description draws requests for.
 */
export function checkRefusals(schema: unknown, target: string, asText: boolean): void {
  const visit = (node: unknown, pointer: string, role: Role, holder: Node | undefined): void => {
    if (!isNode(node)) return;
    const where = `${target}${pointer || '/'}`;
    const own = isNode(node['x-refusal']) ? node['x-refusal'] : {};
    const recorded = (keyword: string): boolean => keyword in own || (holder !== undefined && isNode(holder['x-refusal']) && keyword in holder['x-refusal']);
    const needed: string[] = [];
    const alternatives = Array.isArray(node.anyOf) || Array.isArray(node.oneOf);
    const textual = node.type === 'string' || node.type === 'array';
    if (role === 'property' && (node.type !== undefined || alternatives) && !(asText && textual)) needed.push('type');
    if (Array.isArray(node.required) && node.required.length > 0) needed.push('required');
    if (node.additionalProperties === false && !(asText && role === 'root')) needed.push('additionalProperties');
    for (const keyword of ruleKeywords) if (node[keyword] !== undefined && !(keyword === 'minLength' && node[keyword] === 0)) needed.push(keyword);
    const missing = needed.filter((keyword) => !recorded(keyword));
    if (missing.length)
      fail(
        where,
        `${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no record: say whether the reference documents the refusal (documented, source, code) or not (documented: false, note)`,
      );
    const stray = Object.keys(own).filter((keyword) => node[keyword] === undefined && !(keyword === 'type' && alternatives));
    if (stray.length) fail(where, `records ${stray.join(', ')}, which this schema does not have`);
    for (const keyword of ['anyOf', 'oneOf'])
      for (const [index, branch] of (Array.isArray(node[keyword]) ? node[keyword] : []).entries()) visit(branch, `${pointer}/${keyword}/${index}`, 'branch', node);
    if (isNode(node.properties)) for (const [name, property] of Object.entries(node.properties)) visit(property, `${pointer}/${name}`, 'property', undefined);
    if (isNode(node.additionalProperties)) visit(node.additionalProperties, `${pointer}/*`, 'property', undefined);
  };
  visit(schema, '', 'root', undefined);
}
