// Runs a contract schema over untrusted input (a query, a body, a Socket.IO payload) and reduces valibot's
// issues to one answer: the typed value, or the first problem with the field it is about. Invariants: never
// throws on any input (valibot reports, it does not throw, and a thrown transform is caught here); the field is
// the dotted path of the first issue ('' for the input itself); messages are short and name what is allowed.
import * as v from 'valibot';

export type WireSchema = v.GenericSchema;

export type WireResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** Dotted path of the offending field ('tags', 'series.3.run'), '' when the input itself is wrong. */
      field: string;
      /** What was wrong and what is allowed, naming the field. */
      message: string;
    };

/** One line for the first issue: "'tags': must be a list of strings", "'run' is required". */
function describe(field: string, issue: v.BaseIssue<unknown>): string {
  if (field === '') return issue.message;
  if (issue.input === undefined && issue.kind === 'schema') return `'${field}' is required`;
  return `'${field}': ${issue.message}`;
}

export function parseWire<S extends WireSchema>(schema: S, input: unknown): WireResult<v.InferOutput<S>> {
  let result: v.SafeParseResult<S>;
  try {
    result = v.safeParse(schema, input, { abortEarly: true });
  } catch (err) {
    return {
      ok: false,
      field: '',
      message: `the request is malformed: ${err instanceof Error ? err.message : ''}`,
    };
  }
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '';
  return { ok: false, field, message: describe(field, issue) };
}
