// Shared lookups for plugin routes: the run and tag named by `run`/`tag` parameters, as 400 (missing or
// malformed) or 404 (unknown) HttpErrors, and tags per run filtered by plugin. Listings keyed by run and tag are
// JsonEntries (runs in TensorBoard's order, each run's tags in the order first seen, as its accumulator's dicts
// keep them), so integer-like names (`1`, `10`, `2`) print in that order, not JavaScript's.
import type { Request } from 'express';
import type { TagInfo } from '../../tfevents/event-interpreter.ts';
import { notFound } from '../http/http-error.ts';
import { JsonEntries } from '../http/json-entries.ts';
import { parseQuery } from '../http/request-params.ts';
import {
  RunQuery,
  RunTagQuery,
  type TbImageTagsResponse,
  type TbTagsResponse,
} from '../../contract/index.ts';
import type { DataProvider, RunView } from '../store/data-provider.ts';
import { markdownToSafeHtml } from './shared/markdown-renderer.ts';

export function requireRun(provider: DataProvider, req: Request): RunView {
  return lookupRun(provider, parseQuery(RunQuery, req).run);
}

/** The run named `name`, or a 404. */
export function lookupRun(provider: DataProvider, name: string): RunView {
  const run = provider.run(name);
  if (!run) throw notFound(`no run named '${name.slice(0, 200)}'`);
  return run;
}

export function requireRunTag(
  provider: DataProvider,
  req: Request,
  plugin: string,
): { run: RunView; tag: string; info: TagInfo } {
  const q = parseQuery(RunTagQuery, req);
  const run = lookupRun(provider, q.run);
  const tag = q.tag;
  const info = run.tags().get(tag);
  if (!info || info.plugin !== plugin)
    throw notFound(`no ${plugin} data for run='${run.name.slice(0, 200)}', tag='${tag.slice(0, 200)}'`);
  return { run, tag, info };
}

/** run -> tag -> info for every tag of `plugin`, runs in TensorBoard's order. */
export function tagsByRun(provider: DataProvider, plugin: string): Map<string, TagInfo[]> {
  const out = new Map<string, TagInfo[]>();
  for (const run of provider.tensorboardRuns()) {
    const tags: TagInfo[] = [];
    for (const info of run.tags().values()) if (info.plugin === plugin) tags.push(info);
    if (tags.length) out.set(run.name, tags);
  }
  return out;
}

/** Memoized Markdown -> safe HTML for tag descriptions (the same few strings are rendered on every listing). */
const descriptionCache = new Map<string, string>();
export function describeTag(info: TagInfo): { displayName: string; description: string } {
  let html = descriptionCache.get(info.description);
  if (html === undefined) {
    html = markdownToSafeHtml(info.description);
    if (descriptionCache.size > 10_000) descriptionCache.clear();
    descriptionCache.set(info.description, html);
  }
  return { displayName: info.displayName, description: html };
}

/** `{run: {tag: item}}` for every tag of `plugin`, runs in TensorBoard's order, tags in first-seen order. */
export function runTagListing<T>(
  provider: DataProvider,
  plugin: string,
  item: (run: RunView, info: TagInfo) => T,
): JsonEntries<JsonEntries<T>> {
  const body = new JsonEntries<JsonEntries<T>>();
  for (const [run, tags] of tagsByRun(provider, plugin)) {
    const rv = provider.run(run)!;
    body.set(run, JsonEntries.of(tags.map((info): [string, T] => [info.tag, item(rv, info)])));
  }
  return body;
}

/** The `/tags` listing of scalars, histograms, distributions, PR curves: `{run: {tag: {displayName,
 *  description}}}` (TbTagsResponse on the wire). */
export function describedTagsListing(
  provider: DataProvider,
  plugin: string,
): JsonEntries<JsonEntries<TbTagsResponse[string][string]>> {
  return runTagListing(provider, plugin, (_run, info) => describeTag(info));
}

/**
 * The `/tags` listing of a blob-sequence plugin (images, audio): every tag of the plugin per run, with the
 * largest number of samples any of its steps holds, as TensorBoard's `samples` (TbImageTagsResponse on the wire).
 */
export function sampledTagsListing(
  provider: DataProvider,
  plugin: string,
  samplesAt: (run: RunView, tag: string) => readonly number[],
): JsonEntries<JsonEntries<TbImageTagsResponse[string][string]>> {
  return runTagListing(provider, plugin, (rv, info) => ({
    ...describeTag(info),
    samples: Math.max(0, ...samplesAt(rv, info.tag)),
  }));
}
