// Validates values against schemas of the bundle with Ajv's JSON Schema 2020-12 dialect at test
// time, independently of the Redocly and Prism validators and of the generated ones.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { type Violation, violationOf } from '../../src/contract/violations.js';
import { document, isObject, type Json, type JsonObject } from './openapi-document.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const registryId = 'urn:evs-snapshots:components';

/** Points `#/components/schemas/X` refs at the registry schema, whose `$defs` hold the components. */
function retarget(node: Json): Json {
  if (Array.isArray(node)) return node.map(retarget);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
        ? `${registryId}#/$defs/${value.slice('#/components/schemas/'.length)}`
        : retarget(value),
    ]),
  );
}

/** OpenAPI extensions (x-...) used inside schemas, declared so Ajv's strict mode accepts them. */
function extensionKeywords(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) extensionKeywords(item, found);
  else if (isObject(node))
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      extensionKeywords(value, found);
    }
  return found;
}

export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: JsonObject = document) {
    const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
    // strictRequired off: an anyOf member such as `{ required: [job_id] }` (CreateVolumeResponse) names a property its
    // parent declares, which JSON Schema allows and strict mode would refuse.
    this.ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true, verbose: true });
    addFormats(this.ajv);
    this.ajv.addVocabulary([...extensionKeywords(schemas)]);
    this.ajv.addSchema({ $id: registryId, $defs: retarget(schemas) as JsonObject });
  }

  /** Violations of `value` against a schema taken from the bundle (refs allowed); empty when valid. */
  violations(schema: Json, value: unknown): Violation[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(retarget(schema) as JsonObject);
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => violationOf(error, value));
  }

  /** The schema of a component by name, as a ref the validator understands. */
  static component(name: string): JsonObject {
    return { $ref: `#/components/schemas/${name}` };
  }
}
