// Validation of query parameters and bodies: each reader returns a typed value or throws a 400 HttpError with
// the stable code `bad_param` naming the parameter and what is allowed. Repeated parameters are rejected where
// one value is expected (Express parses `?a=1&a=2` as an array).
import type { Request } from 'express';
import { badParam } from './http-error.ts';

type Query = Request['query'];

/** The single string value of a parameter, or undefined when absent. */
export function optionalString(query: Query, name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badParam(`parameter '${name}' must be given once as a string`);
  return v;
}

export function requiredString(query: Query, name: string): string {
  const v = optionalString(query, name);
  if (v === undefined) throw badParam(`parameter '${name}' is required`);
  return v;
}

/** All values of a repeatable parameter (`?run=a&run=b`). */
export function stringList(query: Query, name: string): string[] {
  const v = query[name];
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  if (!list.every((x): x is string => typeof x === 'string'))
    throw badParam(`parameter '${name}' must be a list of strings`);
  return list;
}

export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
}

export function checkNumber(name: string, n: unknown, rule: NumberRule): number {
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw badParam(`parameter '${name}' must be a finite number`);
  if (rule.integer && !Number.isSafeInteger(n)) throw badParam(`parameter '${name}' must be an integer`);
  if (rule.min !== undefined && n < rule.min) throw badParam(`parameter '${name}' must be >= ${rule.min}`);
  if (rule.max !== undefined && n > rule.max) throw badParam(`parameter '${name}' must be <= ${rule.max}`);
  return n;
}

export function optionalNumber(query: Query, name: string, rule: NumberRule = {}): number | undefined {
  const s = optionalString(query, name);
  if (s === undefined) return undefined;
  if (s.trim() === '') throw badParam(`parameter '${name}' must be a number, got ''`);
  return checkNumber(name, Number(s), rule);
}

export function optionalEnum<T extends string>(
  query: Query,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const s = optionalString(query, name);
  if (s === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(s))
    throw badParam(`parameter '${name}' must be one of ${allowed.join(', ')}, got '${s.slice(0, 40)}'`);
  return s as T;
}
