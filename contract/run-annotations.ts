// The wire contract of run management: the annotation a run carries (display name, colour, pinned, hidden,
// archived, notes, tags), the PATCH body that changes it, the responses, and the Socket.IO event that pushes
// a change to every open page. Invariants: a patch names at least one known field and nothing else; text is
// bounded (display name 200 characters, notes 10 KB of UTF-8, at most 32 tags of 64 characters); a colour is
// `#rrggbb` (stored lower-case); a display name is trimmed and '' clears it; tags are trimmed, non-empty and
// kept once each, in the order given; no field but notes may hold control characters.
import * as v from 'valibot';
import { MAX_NAME_CHARS } from './query-fields.ts';

export const RUN_ANNOTATION_LIMITS = {
  maxDisplayNameChars: 200,
  maxNotesBytes: 10 * 1024,
  maxTags: 32,
  maxTagChars: 64,
} as const;

/** What a run carries beyond its event files, as GET /api/runs/annotations lists it. */
export interface RunAnnotation {
  run: string;
  /** Shown instead of the run name in the runs list and chart legends (null: the run name). */
  displayName: string | null;
  /** `#rrggbb` used for the run everywhere (null: the run's palette colour). */
  color: string | null;
  pinned: boolean;
  /** Left out of the runs list and charts unless the "hidden" filter asks for them. */
  hidden: boolean;
  /** As hidden, under its own filter: finished work kept for reference. */
  archived: boolean;
  notes: string;
  tags: string[];
  /** Unix seconds of the last change. */
  updatedAt: number;
}

const L = RUN_ANNOTATION_LIMITS;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

const displayName = v.nullable(
  v.pipe(
    v.string('must be a string or null'),
    v.trim(),
    v.maxLength(L.maxDisplayNameChars, `must be at most ${L.maxDisplayNameChars} characters`),
    v.check((s) => !CONTROL.test(s), 'must not contain control characters'),
    v.transform((s) => (s === '' ? null : s)),
  ),
);
const color = v.nullable(
  v.pipe(
    v.string('must be a colour #rrggbb or null'),
    v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour #rrggbb or null'),
    v.toLowerCase(),
  ),
);
const flag = v.boolean('must be true or false');
const notes = v.pipe(
  v.string('must be a string'),
  v.check((s) => utf8Bytes(s) <= L.maxNotesBytes, `must be at most ${L.maxNotesBytes} bytes of UTF-8`),
  v.check(
    (s) => !CONTROL_BUT_LINES.test(s),
    'must not contain control characters other than newlines and tabs',
  ),
);
const tag = v.pipe(
  v.string('must be a list of strings'),
  v.trim(),
  v.minLength(1, 'must not hold an empty tag'),
  v.maxLength(L.maxTagChars, `must hold tags of at most ${L.maxTagChars} characters`),
  v.check((s) => !CONTROL.test(s), 'must not contain control characters'),
);
const tags = v.pipe(
  v.array(tag, 'must be a list of strings'),
  v.maxLength(L.maxTags, `must hold at most ${L.maxTags} tags`),
  v.transform((xs) => [...new Set(xs)]),
);

/** PATCH /api/runs/annotations/<run>  body: the fields to change (at least one); the others keep their value. */
export const RunAnnotationPatchBody = v.pipe(
  v.strictObject(
    {
      displayName: v.optional(displayName),
      color: v.optional(color),
      pinned: v.optional(flag),
      hidden: v.optional(flag),
      archived: v.optional(flag),
      notes: v.optional(notes),
      tags: v.optional(tags),
    },
    'body must be an object of displayName, color, pinned, hidden, archived, notes, tags',
  ),
  v.check((o) => Object.keys(o).length > 0, 'body must change at least one field'),
);
export type RunAnnotationPatchRequest = v.InferInput<typeof RunAnnotationPatchBody>;
export type RunAnnotationPatchValue = v.InferOutput<typeof RunAnnotationPatchBody>;

/** The run a PATCH names (its path, decoded): non-empty and bounded like every run name. */
export const RunAnnotationRunName = v.pipe(
  v.string('must be a run name'),
  v.minLength(1, 'the run name must not be empty'),
  v.maxLength(MAX_NAME_CHARS, `must be at most ${MAX_NAME_CHARS} characters`),
);

/** GET /api/runs/annotations: every run that has an annotation, by run name. */
export interface ApiRunAnnotationsResponse {
  annotations: RunAnnotation[];
  /**
   * Present when this server keeps no run store (e.g. an s3:// logdir without --runstore): why run management
   * is off. Annotations are then [] and a PATCH is a 503 with the same message.
   */
  unavailable?: string;
}

/** PATCH /api/runs/annotations/<run>: the annotation as stored. */
export interface ApiRunAnnotationResponse {
  annotation: RunAnnotation;
}

/** Socket.IO `runs:annotation`, to every page (all servers sharing the adapter): a run's new annotation. */
export type RunAnnotationChangedEvent = RunAnnotation;
