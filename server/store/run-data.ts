// The stored data of one run, as the Rust data server's RunData: its scalars (typed columns), tensors and blob
// sequences, each a time series keyed by tag (tensors and blobs by plugin and tag), plus its damage and restart
// reports. Restart purges, damage and step order are handled here once for every data class. Invariant: a purge
// removes every stored point of the affected tags with step >= fromStep, in all three classes.
import type { tensorboard } from '../../proto/index.ts';
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import { GRAPHS_PLUGIN, type Datum, type TagInfo } from '../../tfevents/event-interpreter.ts';
import type { RestartReport, RunView, SeriesListing, StoredDataClass } from './data-provider.ts';
import { ownBlobs, ownTensor } from './owned-copy.ts';
import type { PersistedRunData } from './column-cache/cache-manifest.ts';
import type { ColumnCache } from './column-cache/column-cache.ts';
import type { DiskScalarSeries } from './column-cache/disk-scalar-series.ts';
import { createScalarSeries, type ScalarSeries } from './scalar-series.ts';
import type { StoreChange } from './store-change.ts';
import { createTimeSeries, type TimeSeries } from './time-series.ts';

const MAX_DAMAGE_KEPT = 100;
const MAX_RESTARTS_KEPT = 100;

type AppendedChange = Extract<StoreChange, { kind: 'points-appended' }>;

interface Stored<T> {
  series: TimeSeries<T>;
  tag: string;
  appended: AppendedChange;
}

export interface RunData extends RunView {
  /** Applies one event's data points, in file order; `tags` is the run interpreter's live tag map. */
  apply(data: readonly Datum[], tags: ReadonlyMap<string, TagInfo>): void;
  /** Appends one point of a scalar tag the run's tag map already holds (what apply() does for a scalar Datum). */
  appendScalar: (tag: string, step: number, wallTime: number, value: number, exactStep?: bigint) => void;
  /** appendScalar for points [from, to) of the columns, in order (one change published). */
  appendScalarColumns: ScalarColumnsAppender;
  addDamage(d: DamagedRecord): void;
  setFileCount(n: number): void;
  setPresent(p: boolean): void;
  scalarBytes(): number;
  compact(): number;
  /** Notes the step of a summary event that appended no scalar (see recentStep()). */
  noteSummaryStep(step: number): void;
  /** The step of the run's last summary event in file order; null before the first. */
  recentStep(): number | null;
  /**
   * The run's data for the column cache's manifest (its series sealed), or undefined when the run holds what
   * the cache does not keep (tensors, blobs) or its series are in memory.
   */
  persistedData(): PersistedRunData | undefined;
  /** Restores the data of a run read by an earlier server (an empty run only). */
  restore(p: PersistedRunData): void;
}

export interface RunDataDeps {
  name: string;
  emit: (change: StoreChange) => void;
  now(): number;
  /** Running totals across runs (the store's, updated in place: one point costs no call). */
  totals: { points: number; damaged: number; restarts: number; tags: number };
  /** Where scalar series live (column-cache/); absent: in memory. */
  columnCache?: ColumnCache;
}

/** Appends points [from, to) of one scalar tag's columns (steps are exact: below 2^53). */
export type ScalarColumnsAppender = (
  tag: string,
  steps: Float64Array,
  wallTimes: Float64Array,
  values: Float64Array,
  from: number,
  to: number,
) => void;

const key = (plugin: string, tag: string): string => `${plugin}\0${tag}`;

export function createRunData(deps: RunDataDeps): RunData {
  const { name, emit } = deps;
  const cache = deps.columnCache;
  const newScalarSeries = (): ScalarSeries | DiskScalarSeries =>
    cache ? cache.createSeries() : createScalarSeries();
  // the step of the run's last summary event in file order (what the interpreter checks order against)
  let recentStep: number | null = null;
  let startTime: number | null = null;
  let lastWallTime: number | null = null;
  let fileCount = 0;
  let present = true;
  let tags: ReadonlyMap<string, TagInfo> = new Map();
  let announcedTags = 0;
  const scalars = new Map<string, { series: ScalarSeries | DiskScalarSeries; appended: AppendedChange }>();
  const tensors = new Map<string, Stored<tensorboard.ITensorProto>>();
  const blobs = new Map<string, Stored<readonly Uint8Array[]>>();
  const damaged: DamagedRecord[] = [];
  let damagedCount = 0;
  const restarts: RestartReport[] = [];
  let points = 0;

  const appendedChange = (tag: string, plugin: string, dataClass: StoredDataClass): AppendedChange => ({
    kind: 'points-appended',
    run: name,
    tag,
    plugin,
    dataClass,
  });

  function stored<T>(
    map: Map<string, Stored<T>>,
    plugin: string,
    tag: string,
    dc: StoredDataClass,
  ): Stored<T> {
    const k = key(plugin, tag);
    let s = map.get(k);
    if (!s)
      map.set(
        k,
        (s = { series: createTimeSeries<T>(plugin), tag, appended: appendedChange(tag, plugin, dc) }),
      );
    return s;
  }

  function stamp(wallTime: number): void {
    // TensorBoard's start time is the wall time of the run's first event (FirstEventTimestamp), not the least
    if (startTime === null) startTime = wallTime;
    if (lastWallTime === null || wallTime > lastWallTime) lastWallTime = wallTime;
  }

  function purge(fromStep: number, tag: string | undefined, reason: string): void {
    const removed = new Map<string, number[]>();
    for (const t of tag === undefined ? [...scalars.keys()] : [tag]) {
      const r = scalars.get(t)?.series.purge(fromStep);
      if (r && r.length > 0) {
        removed.set(t, r);
        points -= r.length;
        deps.totals.points -= r.length;
      }
    }
    // TensorBoard's loader purges its tensor reservoirs only: the run's graph and tagged RunMetadata stay
    const eventLevel = `${GRAPHS_PLUGIN}\0`;
    for (const map of [tensors, blobs] as Map<string, Stored<unknown>>[])
      for (const [k, s] of map)
        if ((tag === undefined || s.tag === tag) && !k.startsWith(eventLevel)) s.series.purge(fromStep);
    // A restart that removed no scalar (e.g. the first SessionLog START of a run) is not worth reporting.
    if (removed.size === 0) return;
    restarts.push({ ...(tag === undefined ? {} : { tag }), fromStep, reason, seenAt: deps.now() });
    if (restarts.length > MAX_RESTARTS_KEPT) restarts.shift();
    deps.totals.restarts++;
    emit({ kind: 'purged', run: name, ...(tag === undefined ? {} : { tag }), fromStep, reason, removed });
  }

  function appendScalar(
    tag: string,
    step: number,
    wallTime: number,
    value: number,
    exactStep?: bigint,
  ): void {
    let s = scalars.get(tag);
    if (!s)
      scalars.set(
        tag,
        (s = { series: newScalarSeries(), appended: appendedChange(tag, 'scalars', 'scalar') }),
      );
    s.series.append(step, wallTime, value, exactStep);
    recentStep = step;
    points++;
    deps.totals.points++;
    stamp(wallTime);
    emit(s.appended);
  }

  function appendScalarColumns(
    tag: string,
    steps: Float64Array,
    wallTimes: Float64Array,
    values: Float64Array,
    from: number,
    to: number,
  ): void {
    if (to <= from) return;
    let s = scalars.get(tag);
    if (!s)
      scalars.set(
        tag,
        (s = { series: newScalarSeries(), appended: appendedChange(tag, 'scalars', 'scalar') }),
      );
    s.series.appendColumns(steps, wallTimes, values, from, to);
    recentStep = steps[to - 1]!;
    points += to - from;
    deps.totals.points += to - from;
    for (let i = from; i < to; i++) stamp(wallTimes[i]!);
    emit(s.appended);
  }

  function applyOne(d: Datum): void {
    switch (d.kind) {
      case 'scalar':
        appendScalar(d.tag, d.step, d.wallTime, d.value, d.exactStep);
        return;
      case 'tensor': {
        const s = stored(tensors, d.plugin, d.tag, 'tensor');
        s.series.append(d.step, d.wallTime, ownTensor(d.tensor), d.exactStep);
        stamp(d.wallTime);
        emit(s.appended);
        return;
      }
      case 'blobs': {
        const s = stored(blobs, d.plugin, d.tag, 'blob_sequence');
        s.series.append(d.step, d.wallTime, ownBlobs(d.blobs), d.exactStep);
        stamp(d.wallTime);
        emit(s.appended);
        return;
      }
      case 'purge':
        purge(d.fromStep, d.tag, d.reason);
        return;
      case 'file_version':
        stamp(d.wallTime);
        return;
    }
  }

  function listing(map: Map<string, Stored<unknown>>, plugin: string, dc: StoredDataClass): SeriesListing[] {
    const out: SeriesListing[] = [];
    for (const s of map.values()) {
      if (s.series.plugin !== plugin) continue;
      const last = s.series.last();
      const info = tags.get(s.tag);
      out.push({
        run: name,
        tag: s.tag,
        plugin,
        dataClass: dc,
        info,
        count: s.series.length,
        lastStep: last?.step ?? null,
      });
    }
    return out;
  }

  return {
    name,
    get startTime() {
      return startTime;
    },
    get lastWallTime() {
      return lastWallTime;
    },
    get fileCount() {
      return fileCount;
    },
    get present() {
      return present;
    },
    tags: () => tags,
    scalars: (tag) => scalars.get(tag)?.series,
    scalarTags: () => scalars.keys(),
    tensors: (plugin, tag) => tensors.get(key(plugin, tag))?.series,
    blobSequences: (plugin, tag) => blobs.get(key(plugin, tag))?.series,
    list(plugin, dataClass) {
      if (dataClass === 'tensor') return listing(tensors, plugin, dataClass);
      if (dataClass === 'blob_sequence') return listing(blobs, plugin, dataClass);
      const out: SeriesListing[] = [];
      if (plugin !== 'scalars') return out;
      for (const [tag, { series }] of scalars) {
        const n = series.length;
        out.push({
          run: name,
          tag,
          plugin,
          dataClass,
          info: tags.get(tag),
          count: n,
          lastStep: n ? series.step(n - 1) : null,
        });
      }
      return out;
    },
    damaged: () => damaged,
    damagedCount: () => damagedCount,
    restarts: () => restarts,
    pointCount: () => points,
    apply(data, next) {
      for (const d of data) applyOne(d);
      tags = next;
      if (next.size !== announcedTags) {
        // the interpreter only ever appends to its tag map, so the new tags are the ones past announcedTags
        const fresh: TagInfo[] = [];
        let i = 0;
        for (const info of next.values()) if (i++ >= announcedTags) fresh.push(info);
        deps.totals.tags += fresh.length;
        announcedTags = next.size;
        emit({ kind: 'tags-added', run: name, tags: fresh });
      }
    },
    appendScalar,
    appendScalarColumns,
    addDamage(d) {
      damaged.push(d);
      if (damaged.length > MAX_DAMAGE_KEPT) damaged.shift();
      damagedCount++;
      deps.totals.damaged++;
      emit({ kind: 'damage', run: name, damage: d });
    },
    setFileCount: (n) => void (fileCount = n),
    setPresent: (p) => void (present = p),
    scalarBytes() {
      let b = 0;
      for (const s of scalars.values()) b += s.series.bytes();
      return b;
    },
    compact() {
      let released = 0;
      for (const s of scalars.values()) released += s.series.compact();
      return released;
    },
    noteSummaryStep: (step) => void (recentStep = step),
    recentStep: () => recentStep,
    persistedData() {
      if (!cache || tensors.size > 0 || blobs.size > 0) return undefined;
      const series: PersistedRunData['series'] = [];
      for (const [tag, s] of scalars) {
        if (!('snapshot' in s.series)) return undefined;
        series.push({ tag, ...s.series.snapshot() });
      }
      return {
        startTime,
        lastWallTime,
        damaged: [...damaged],
        damagedCount,
        restarts: [...restarts],
        restartCount: restarts.length,
        series,
      };
    },
    restore(p) {
      if (!cache || scalars.size > 0 || points > 0)
        throw new Error(`run ${name}: only an empty run can be restored`);
      // every series first: a damaged cached block throws here, before the run has changed
      const made = p.series.map((st) => ({ tag: st.tag, series: cache.createSeries(st) }));
      startTime = p.startTime;
      lastWallTime = p.lastWallTime;
      damaged.push(...p.damaged);
      damagedCount = p.damagedCount;
      deps.totals.damaged += p.damagedCount;
      restarts.push(...p.restarts);
      deps.totals.restarts += p.restartCount;
      for (const { tag, series } of made) {
        const s = { series, appended: appendedChange(tag, 'scalars', 'scalar') };
        scalars.set(tag, s);
        points += series.length;
        deps.totals.points += series.length;
        if (series.length > 0) emit(s.appended);
      }
    },
  };
}
