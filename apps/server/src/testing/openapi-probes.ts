import { OpenAPIObject } from '@nestjs/swagger';
import { OperationObject, ParameterObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Requests derived from an OpenAPI document alone: for each operation, a plausible request built
 * from its examples, enums and formats, and bad inputs made by breaking one documented rule at a
 * time (a length, a format, a pattern, a bound, a required field) or by sending what the HTTP
 * layer refuses (not JSON, too large, too deep). The document must be dereferenced.
 */

export const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type Method = (typeof METHODS)[number];

export interface Operation {
  readonly method: Method;
  /** The path as the document writes it, `/api/sessions/{id}`. */
  readonly path: string;
  readonly operation: OperationObject;
}

export interface Probe {
  /** What is wrong with the request, for the failure message. */
  readonly label: string;
  readonly method: Method;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A value to send as JSON, or raw text with its content type. */
  readonly body?: { readonly json: unknown } | { readonly raw: string; readonly type: string };
  /** The one status this input must answer, when the document says exactly what breaks it. */
  readonly expect?: number;
}

/** An id nothing has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const PATH_VALUES: readonly [string, string][] = [
  ['an unknown id', UNKNOWN_ID],
  ['a 300-character id', 'x'.repeat(300)],
  ['an id of quotes and markup', `'"><script>`],
];

export function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ method, path, operation: item[method] }] : [])),
  );
}

/** The statuses an operation documents. */
export function documentedStatuses(operation: OperationObject): number[] {
  return Object.keys(operation.responses).map(Number);
}

function schemaOf(value: unknown): SchemaObject {
  return (value ?? {}) as SchemaObject;
}

function parametersOf(operation: OperationObject, where: ParameterObject['in']): ParameterObject[] {
  return ((operation.parameters ?? []) as ParameterObject[]).filter((parameter) => parameter.in === where);
}

function bodySchemaOf(operation: OperationObject): SchemaObject | undefined {
  const body = operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
  return body?.content?.['application/json']?.schema ? schemaOf(body.content['application/json'].schema) : undefined;
}

const PLAUSIBLE_FORMATS: Readonly<Record<string, string>> = { date: '2022-07-04', 'date-time': '2022-07-04T09:00:00Z', email: 'someone@example.org' };

/** A value the schema accepts, as far as the document tells. */
export function plausible(schema: SchemaObject): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.nullable) return null;
  switch (schema.type) {
    case 'string':
      return PLAUSIBLE_FORMATS[schema.format ?? ''] ?? 'x'.repeat(schema.minLength ?? 1);
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => plausible(schemaOf(schema.items)));
    default:
      return Object.fromEntries((schema.required ?? []).map((name) => [name, plausible(schemaOf(schema.properties?.[name]))]));
  }
}

const NOT_MATCHING = ['', 'x', '99:99', '-', '1'];
const BAD_FORMATS: Readonly<Record<string, string>> = { date: '2022-02-30', 'date-time': '2022-07-04 at nine', email: 'not-an-email' };

/** Values that break one documented rule of the schema each. In a query everything is text. */
export function violations(schema: SchemaObject, inQuery: boolean): [string, unknown][] {
  const found: [string, unknown][] = [];
  const text = (value: unknown) => (inQuery ? String(value) : value);
  if (schema.enum) found.push(['a value not among its enum', inQuery || schema.type === 'string' ? 'zz-not-listed' : 12345]);
  switch (schema.type) {
    case 'string': {
      if (!inQuery) found.push(['a number instead of text', 12345]);
      if (schema.maxLength !== undefined) found.push([`${schema.maxLength + 1} characters`, 'x'.repeat(schema.maxLength + 1)]);
      const minLength = schema.minLength ?? 0;
      if (minLength > 0) found.push([`${minLength - 1} characters`, 'x'.repeat(minLength - 1)]);
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern, 'u');
        const unmatched = NOT_MATCHING.find((candidate) => !pattern.test(candidate));
        if (unmatched !== undefined) found.push([`"${unmatched}", not matching ${schema.pattern}`, unmatched]);
      }
      if (schema.format && BAD_FORMATS[schema.format]) found.push([`not a ${schema.format}`, BAD_FORMATS[schema.format]]);
      break;
    }
    case 'integer':
    case 'number':
      found.push(['text instead of a number', 'x']);
      if (schema.type === 'integer') found.push(['a fraction', text(1.5)]);
      if (schema.minimum !== undefined) found.push([`below ${schema.minimum}`, text(schema.minimum - 1)]);
      if (schema.maximum !== undefined) found.push([`above ${schema.maximum}`, text(schema.maximum + 1)]);
      break;
    case 'boolean':
      found.push(['text instead of true or false', 'yes']);
      break;
    case 'array': {
      const item = schemaOf(schema.items);
      found.push(['text instead of a list', 'x']);
      if ((schema.minItems ?? 0) > 0) found.push(['an empty list', []]);
      if (schema.maxItems !== undefined) found.push([`${schema.maxItems + 1} items`, Array.from({ length: schema.maxItems + 1 }, () => plausible(item))]);
      if (schema.uniqueItems) found.push(['a repeated item', [plausible(item), plausible(item)]]);
      found.push(...violations(item, false).map(([label, value]): [string, unknown] => [`an item of ${label}`, [value]]));
      break;
    }
    case 'object':
      found.push(['text instead of an object', 'x']);
      break;
  }
  return found;
}

function urlOf(path: string, pathValues: Record<string, string>, query: Record<string, unknown>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(pathValues[name] ?? UNKNOWN_ID));
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined).map(([name, value]): [string, string] => [name, String(value)]));
  return search.size > 0 ? `${filled}?${search}` : filled;
}

/** A request the document says is well formed, on unknown ids. */
export function plausibleProbe({ method, path, operation }: Operation): Probe {
  const query = Object.fromEntries(parametersOf(operation, 'query').filter((parameter) => parameter.required).map((parameter) => [parameter.name, plausible(schemaOf(parameter.schema))]));
  const bodySchema = bodySchemaOf(operation);
  return { label: 'a plausible request', method, url: urlOf(path, {}, query), headers: {}, ...(bodySchema ? { body: { json: plausible(bodySchema) } } : {}) };
}

/** Bad inputs for one operation, each breaking one thing of an otherwise plausible request. */
export function badInputs(entry: Operation): Probe[] {
  const { path, operation } = entry;
  const base = plausibleProbe(entry);
  const requiredQuery = Object.fromEntries(parametersOf(operation, 'query').filter((parameter) => parameter.required).map((parameter) => [parameter.name, plausible(schemaOf(parameter.schema))]));
  const baseBody = base.body && 'json' in base.body ? base.body.json : undefined;
  const probe = (label: string, changes: Partial<Probe> & { query?: Record<string, unknown>; pathValues?: Record<string, string> }): Probe => ({
    ...base,
    label,
    url: urlOf(path, changes.pathValues ?? {}, changes.query ?? requiredQuery),
    ...(changes.headers ? { headers: changes.headers } : {}),
    ...(changes.body ? { body: changes.body } : {}),
    ...(changes.expect ? { expect: changes.expect } : {}),
  });
  const probes: Probe[] = [];

  for (const parameter of parametersOf(operation, 'path')) {
    for (const [label, value] of PATH_VALUES) probes.push(probe(`${parameter.name}: ${label}`, { pathValues: { [parameter.name]: value } }));
  }
  for (const parameter of parametersOf(operation, 'query')) {
    const schema = schemaOf(parameter.schema);
    if (parameter.required) {
      const { [parameter.name]: _left, ...rest } = requiredQuery;
      probes.push(probe(`${parameter.name} left out`, { query: rest, expect: 400 }));
    }
    for (const [label, value] of violations(schema, true)) {
      probes.push(probe(`${parameter.name}: ${label}`, { query: { ...requiredQuery, [parameter.name]: value }, expect: 400 }));
    }
    probes.push(probe(`${parameter.name}: "]["`, { query: { ...requiredQuery, [parameter.name]: '][' } }));
  }
  for (const parameter of parametersOf(operation, 'header')) {
    for (const [label, value] of violations(schemaOf(parameter.schema), true)) {
      if (value !== '') probes.push(probe(`${parameter.name}: ${label}`, { headers: { [parameter.name]: String(value) }, expect: 400 }));
    }
  }

  const bodySchema = bodySchemaOf(operation);
  if (bodySchema && typeof baseBody === 'object' && baseBody !== null) {
    const json = (value: unknown) => ({ json: value });
    if ((bodySchema.required ?? []).length > 0) probes.push(probe('a body of {}', { body: json({}), expect: 400 }));
    probes.push(probe('a field the endpoint does not take', { body: json({ ...baseBody, zzNotAField: 1 }), expect: 400 }));
    probes.push(probe('a list instead of an object', { body: json([]) }));
    probes.push(probe('a body of text sent as text/plain', { body: { raw: 'hello', type: 'text/plain' }, expect: 415 }));
    probes.push(probe('a body over 100 kB', { body: json({ ...baseBody, padding: 'x'.repeat(110_000) }), expect: 413 }));
    probes.push(probe('a body nested 40 deep', { body: { raw: `${'['.repeat(40)}${']'.repeat(40)}`, type: 'application/json' }, expect: 400 }));
    probes.push(probe('malformed JSON', { body: { raw: '{"a":', type: 'application/json' }, expect: 400 }));
    probes.push(...propertyProbes(bodySchema, baseBody as Record<string, unknown>, '').map(([label, value]) => probe(label, { body: json(value), expect: 400 })));
  }
  return probes;
}

/** Bodies that break one property's documented rule, nested objects included. */
function propertyProbes(schema: SchemaObject, body: Record<string, unknown>, prefix: string): [string, Record<string, unknown>][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const propertySchema = schemaOf(property);
    const field = `${prefix}${name}`;
    const required = (schema.required ?? []).includes(name);
    const own: [string, Record<string, unknown>][] = violations(propertySchema, false).map(([label, value]) => [`${field}: ${label}`, { ...body, [name]: value }]);
    if (required) {
      const { [name]: _left, ...rest } = body;
      own.push([`${field} left out`, rest]);
      if (!propertySchema.nullable) own.push([`${field}: null`, { ...body, [name]: null }]);
    }
    const nested = body[name];
    if (propertySchema.properties && typeof nested === 'object' && nested !== null) {
      own.push(...propertyProbes(propertySchema, nested as Record<string, unknown>, `${field}.`).map(([label, value]): [string, Record<string, unknown>] => [label, { ...body, [name]: value }]));
    }
    return own;
  });
}
