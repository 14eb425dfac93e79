// The in-memory store of everything read from a logdir: per run, every scalar point (typed columns, full
// resolution), histograms, text, images, Keras models, graphs, run metadata, hparams and other tensors, plus
// damage and restart reports. Ingest writes through applySamples()/reportDamage(); plugins read through the
// DataProvider interface; the live hub drains the change log. Invariant: a purge removes every stored sample of
// the affected tags with step >= fromStep, as TensorBoard's loader does on a restart.
import { tensorboard } from '../../proto/index.ts';
import type { Sample, TagInfo } from '../../tfevents/event-interpreter.ts';
import type { DamagedRecord } from '../../tfevents/event-stream-reader.ts';
import type {
  AudioSample,
  DataProvider,
  GraphSample,
  HistogramSample,
  HparamsSample,
  ImageSample,
  KerasModelSample,
  RunMetadataSample,
  RunView,
  RestartReport,
  Stamp,
  TensorSample,
  TextSample,
} from './data-provider.ts';
import { createScalarSeries, type ScalarSeries } from './scalar-series.ts';

const MAX_DAMAGE_KEPT = 100;
const MAX_RESTARTS_KEPT = 100;

/** What changed since the last drain (consumed by the live hub). */
export interface StoreChanges {
  /** Runs created / whose directory vanished. */
  runsAdded: string[];
  runsRemoved: string[];
  /** Series that received points: run -> tags. */
  scalars: Map<string, Set<string>>;
  /** Purges in order, with the old indices removed per scalar tag (for cursors of pushed points). */
  purges: { run: string; tag?: string; fromStep: number; reason: string; removed: Map<string, number[]> }[];
  newTags: { run: string; tags: TagInfo[] }[];
  /** Non-scalar data changed: run -> plugin -> tags. */
  plugins: Map<string, Map<string, Set<string>>>;
  damage: { run: string; damage: DamagedRecord[] }[];
}

function emptyChanges(): StoreChanges {
  return {
    runsAdded: [],
    runsRemoved: [],
    scalars: new Map<string, Set<string>>(),
    purges: [],
    newTags: [],
    plugins: new Map(),
    damage: [],
  };
}

interface RunState extends RunView {
  setTags(tags: ReadonlyMap<string, TagInfo>): void;
  apply(sample: Sample): void;
  addDamage(d: DamagedRecord): void;
  setFileCount(n: number): void;
  setPresent(p: boolean): void;
  scalarBytes(): number;
  /** Forgets the dirty-tag set of the drained change log. */
  resetDirty(): void;
  /** Tags added since the last call (in the interpreter's order). */
  takeNewTags(): TagInfo[];
  compact(): number;
}

export interface SeriesStore extends DataProvider {
  /** Creates the run if needed (announced in the change log). */
  ensureRun(name: string): void;
  /** Applies samples of one run in file order; `tags` is the run interpreter's live tag map. */
  applySamples(run: string, samples: readonly Sample[], tags: ReadonlyMap<string, TagInfo>): void;
  reportDamage(run: string, damage: DamagedRecord): void;
  setRunFiles(run: string, files: number): void;
  setRunPresent(run: string, present: boolean): void;
  /** Returns and clears the change log. */
  drainChanges(): StoreChanges;
  /** Releases the growth slack of every scalar series; returns the bytes released. */
  compact(): number;
  totals(): {
    runs: number;
    tags: number;
    points: number;
    scalarBytes: number;
    damaged: number;
    restarts: number;
  };
}

function sortedUpTo<T extends Stamp>(rows: T[], fromStep: number): T[] {
  return rows.filter((r) => r.step < fromStep);
}

export function createSeriesStore(opts: { logdir: string; now?: () => number }): SeriesStore {
  const now = opts.now ?? (() => Date.now() / 1000);
  const runs = new Map<string, RunState>();
  let sortedNames: string[] | null = null;
  let changes = emptyChanges();
  /** Runs whose tag map grew since the last drain (new tags are listed once per drain, not per record). */
  const tagsChanged = new Set<RunState>();
  let totalPoints = 0;
  let totalDamaged = 0;
  let totalRestarts = 0;

  function markPlugin(run: string, plugin: string, tag: string): void {
    let byPlugin = changes.plugins.get(run);
    if (!byPlugin) changes.plugins.set(run, (byPlugin = new Map<string, Set<string>>()));
    let tags = byPlugin.get(plugin);
    if (!tags) byPlugin.set(plugin, (tags = new Set()));
    tags.add(tag);
  }

  function createRun(name: string): RunState {
    let startTime: number | null = null;
    let lastWallTime: number | null = null;
    let fileCount = 0;
    let present = true;
    let tags: ReadonlyMap<string, TagInfo> = new Map();
    let announcedTags = 0;
    const scalars = new Map<string, ScalarSeries>();
    const histograms = new Map<string, HistogramSample[]>();
    const texts = new Map<string, TextSample[]>();
    const images = new Map<string, ImageSample[]>();
    const kerasModels = new Map<string, KerasModelSample[]>();
    const audio = new Map<string, AudioSample[]>();
    let graphs: GraphSample[] = [];
    const runMetadata = new Map<string, RunMetadataSample[]>();
    const hparams = new Map<string, HparamsSample>();
    const tensors = new Map<string, TensorSample[]>();
    const damaged: DamagedRecord[] = [];
    let damagedCount = 0;
    const restarts: RestartReport[] = [];
    let points = 0;
    let dirtyScalars: Set<string> | undefined;

    function push<T>(map: Map<string, T[]>, tag: string, row: T): void {
      let rows = map.get(tag);
      if (!rows) map.set(tag, (rows = []));
      rows.push(row);
    }

    function stamp(wallTime: number): void {
      if (startTime === null || wallTime < startTime) startTime = wallTime;
      if (lastWallTime === null || wallTime > lastWallTime) lastWallTime = wallTime;
    }

    function purge(fromStep: number, tag: string | undefined, reason: string): void {
      const removed = new Map<string, number[]>();
      const scalarTags = tag === undefined ? [...scalars.keys()] : [tag];
      for (const t of scalarTags) {
        const s = scalars.get(t);
        if (!s) continue;
        const r = s.purge(fromStep);
        if (r.length > 0) {
          removed.set(t, r);
          points -= r.length;
          totalPoints -= r.length;
        }
      }
      const lists: Map<string, Stamp[]>[] = [
        histograms,
        texts,
        images,
        audio,
        kerasModels,
        runMetadata,
        tensors,
      ];
      for (const map of lists) {
        for (const t of tag === undefined ? [...map.keys()] : [tag]) {
          const rows = map.get(t);
          if (rows) map.set(t, sortedUpTo(rows, fromStep));
        }
      }
      if (tag === undefined) graphs = sortedUpTo(graphs, fromStep);
      // A restart that removed nothing (e.g. the first SessionLog START of a run) is not worth reporting.
      if (removed.size === 0) return;
      restarts.push({ ...(tag === undefined ? {} : { tag }), fromStep, reason, seenAt: now() });
      if (restarts.length > MAX_RESTARTS_KEPT) restarts.shift();
      totalRestarts++;
      changes.purges.push({ run: name, ...(tag === undefined ? {} : { tag }), fromStep, reason, removed });
    }

    const state: RunState = {
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
      scalars: (tag) => scalars.get(tag),
      scalarTags: () => scalars.keys(),
      histograms: (tag) => histograms.get(tag),
      texts: (tag) => texts.get(tag),
      images: (tag) => images.get(tag),
      audio: (tag) => audio.get(tag),
      kerasModels: (tag) => kerasModels.get(tag),
      graphs: () => graphs,
      runMetadata: (tag) => runMetadata.get(tag),
      runMetadataTags: () => runMetadata.keys(),
      hparams: () => hparams,
      tensors: (tag) => tensors.get(tag),
      damaged: () => damaged,
      damagedCount: () => damagedCount,
      restarts: () => restarts,
      pointCount: () => points,
      scalarBytes() {
        let b = 0;
        for (const s of scalars.values()) b += s.bytes();
        return b;
      },
      setTags(next) {
        tags = next;
        if (next.size !== announcedTags) tagsChanged.add(state);
      },
      takeNewTags() {
        // the interpreter only ever appends to its tag map, so the new tags are the ones past announcedTags
        const fresh: TagInfo[] = [];
        let i = 0;
        for (const info of tags.values()) if (i++ >= announcedTags) fresh.push(info);
        announcedTags = tags.size;
        return fresh;
      },
      resetDirty: () => void (dirtyScalars = undefined),
      compact() {
        let released = 0;
        for (const series of scalars.values()) released += series.compact();
        return released;
      },
      setFileCount: (n) => void (fileCount = n),
      setPresent: (p) => void (present = p),
      addDamage(d) {
        damaged.push(d);
        if (damaged.length > MAX_DAMAGE_KEPT) damaged.shift();
        damagedCount++;
        totalDamaged++;
        changes.damage.push({ run: name, damage: [d] });
      },
      apply(s) {
        switch (s.kind) {
          case 'scalar': {
            let series = scalars.get(s.tag);
            if (!series) scalars.set(s.tag, (series = createScalarSeries()));
            series.append(s.step, s.wallTime, s.value);
            points++;
            totalPoints++;
            stamp(s.wallTime);
            if (!dirtyScalars) {
              dirtyScalars = changes.scalars.get(name);
              if (!dirtyScalars) changes.scalars.set(name, (dirtyScalars = new Set()));
            }
            dirtyScalars.add(s.tag);
            return;
          }
          case 'histogram':
            push(histograms, s.tag, { step: s.step, wallTime: s.wallTime, buckets: s.buckets });
            markPlugin(name, 'histograms', s.tag);
            break;
          case 'text':
            push(texts, s.tag, { step: s.step, wallTime: s.wallTime, shape: s.shape, strings: s.strings });
            markPlugin(name, 'text', s.tag);
            break;
          case 'image':
            push(images, s.tag, {
              step: s.step,
              wallTime: s.wallTime,
              width: s.width,
              height: s.height,
              images: s.images,
            });
            markPlugin(name, 'images', s.tag);
            break;
          case 'keras_model':
            push(kerasModels, s.tag, { step: s.step, wallTime: s.wallTime, json: s.json });
            markPlugin(name, 'graph_keras_model', s.tag);
            break;
          case 'graph':
            graphs.push({ step: s.step, wallTime: s.wallTime, graphDef: s.graphDef });
            markPlugin(name, 'graphs', '__run_graph__');
            break;
          case 'run_metadata':
            push(runMetadata, s.tag, { step: s.step, wallTime: s.wallTime, runMetadata: s.runMetadata });
            markPlugin(name, 'graphs', s.tag);
            break;
          case 'hparams':
            if (!hparams.has(s.tag)) hparams.set(s.tag, { step: s.step, wallTime: s.wallTime, data: s.data });
            markPlugin(name, 'hparams', s.tag);
            break;
          case 'tensor':
            // decoded bytes fields may be views into the reader's reused window: keep a copy of our own
            push(tensors, s.tag, {
              step: s.step,
              wallTime: s.wallTime,
              tensor: tensorboard.TensorProto.decode(
                tensorboard.TensorProto.encode(s.tensor).finish().slice(),
              ),
            });
            markPlugin(name, s.plugin, s.tag);
            break;
          case 'audio':
            push(audio, s.tag, { step: s.step, wallTime: s.wallTime, clips: s.clips, labels: s.labels });
            markPlugin(name, 'audio', s.tag);
            break;
          case 'purge':
            purge(s.fromStep, s.tag, s.reason);
            return;
          case 'file_version':
            stamp(s.wallTime);
            return;
        }
        stamp(s.wallTime);
      },
    };
    return state;
  }

  function ensure(name: string): RunState {
    let r = runs.get(name);
    if (!r) {
      r = createRun(name);
      runs.set(name, r);
      sortedNames = null;
      changes.runsAdded.push(name);
    }
    return r;
  }

  return {
    logdir: () => opts.logdir,
    runs() {
      sortedNames ??= [...runs.keys()].sort();
      return sortedNames.map((n) => runs.get(n)!);
    },
    run: (name) => runs.get(name),
    ensureRun: (name) => void ensure(name),
    applySamples(run, samples, tags) {
      const r = ensure(run);
      for (const s of samples) r.apply(s);
      r.setTags(tags);
    },
    reportDamage: (run, damage) => ensure(run).addDamage(damage),
    setRunFiles: (run, files) => ensure(run).setFileCount(files),
    setRunPresent(run, present) {
      const r = runs.get(run);
      if (!r || r.present === present) return;
      r.setPresent(present);
      if (!present) changes.runsRemoved.push(run);
      else changes.runsAdded.push(run);
    },
    compact() {
      let released = 0;
      for (const r of runs.values()) released += r.compact();
      return released;
    },
    drainChanges() {
      for (const r of tagsChanged) {
        const fresh = r.takeNewTags();
        if (fresh.length) changes.newTags.push({ run: r.name, tags: fresh });
      }
      tagsChanged.clear();
      const out = changes;
      changes = emptyChanges();
      for (const r of runs.values()) r.resetDirty();
      return out;
    },
    totals() {
      let tags = 0;
      let scalarBytes = 0;
      for (const r of runs.values()) {
        tags += r.tags().size;
        scalarBytes += r.scalarBytes();
      }
      return {
        runs: runs.size,
        tags,
        points: totalPoints,
        scalarBytes,
        damaged: totalDamaged,
        restarts: totalRestarts,
      };
    },
  };
}
