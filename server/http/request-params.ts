// Validation of query parameters and bodies at the edge, from the contract's schemas: `parseQuery(schema,
// req)` and `parseBody(schema, req)` return the typed value or throw a 400 HttpError with the stable code
// `bad_param` naming the field and what is allowed. The single-parameter readers below (kept for the /api
// series, runs and export routes; plugins use parseQuery) run the same schema pieces. Repeated parameters are
// rejected where one value is expected (Express parses `?a=1&a=2` as an array).
import type { Request } from 'express';
import * as v from 'valibot';
import {
  numberRule,
  parseWire,
  queryEnum,
  queryList,
  queryNumber,
  queryString,
  type NumberRule,
  type WireSchema,
} from '../../contract/index.ts';
import { badParam } from './http-error.ts';

type Query = Request['query'];
export type { NumberRule };

/** The query of `req` checked by `schema` (one of contract/http-queries.ts), or a 400 naming the field. */
export function parseQuery<S extends WireSchema>(schema: S, req: Request): v.InferOutput<S> {
  const r = parseWire(schema, req.query);
  if (!r.ok) throw badParam(r.message);
  return r.value;
}

/** The parsed body of `req` checked by `schema` (one of contract/http-bodies.ts), or a 400 naming the field. */
export function parseBody<S extends WireSchema>(schema: S, req: Request): v.InferOutput<S> {
  const r = parseWire(schema, (req.body as unknown) ?? {});
  if (!r.ok) throw badParam(r.message);
  return r.value;
}

function one<S extends WireSchema>(schema: S, name: string, value: unknown): v.InferOutput<S> {
  const r = parseWire(v.object({ [name]: schema }), { [name]: value });
  if (!r.ok) throw badParam(`parameter ${r.message}`);
  return (r.value as Record<string, v.InferOutput<S>>)[name]!;
}

/** The single string value of a parameter, or undefined when absent. */
export function optionalString(query: Query, name: string): string | undefined {
  return query[name] === undefined ? undefined : one(queryString(1 << 20), name, query[name]);
}

export function requiredString(query: Query, name: string): string {
  return one(queryString(1 << 20), name, query[name]);
}

/** All values of a repeatable parameter (`?run=a&run=b`). */
export function stringList(query: Query, name: string): string[] {
  return one(queryList(), name, query[name]);
}

/** A number already parsed (a JSON body field) checked against `rule`. */
export function checkNumber(name: string, n: unknown, rule: NumberRule): number {
  return one(numberRule(rule), name, n);
}

export function optionalNumber(query: Query, name: string, rule: NumberRule = {}): number | undefined {
  return query[name] === undefined ? undefined : one(queryNumber(rule), name, query[name]);
}

export function optionalEnum<T extends string>(
  query: Query,
  name: string,
  allowed: readonly T[],
): T | undefined {
  if (query[name] === undefined) return undefined;
  return one(queryEnum(allowed as unknown as readonly [T, ...T[]]), name, query[name]);
}
