// The TensorBoard-compatible `/data/...` response shapes we serve (TensorBoard 2.21; see docs/server.md).
// Type-only. Invariant: each shape is exactly what TensorBoard's own route answers.
import type { JsonNumber } from './api-responses.ts';

/** `[wall_time, step, value]` as TensorBoard's legacy routes return it. */
export type TbScalarTriple = [wallTime: number, step: number, value: JsonNumber];
/** GET /data/runs */
export type TbRunsResponse = string[];
/** GET /data/plugin/{scalars,histograms,distributions}/tags */
export type TbTagsResponse = Record<string, Record<string, { displayName: string; description: string }>>;
/** GET /data/plugin/scalars/scalars */
export type TbScalarsResponse = TbScalarTriple[];
/** POST /data/plugin/scalars/scalars_multirun */
export type TbScalarsMultirunResponse = Record<string, TbScalarTriple[]>;
/** GET /data/plugin/histograms/histograms: [wall, step, [[left, right, count], ...]] */
export type TbHistogramsResponse = [number, number, [JsonNumber, JsonNumber, JsonNumber][]][];
/** GET /data/plugin/distributions/distributions: [wall, step, [[basisPoint, value] x9]] */
export type TbDistributionsResponse = [number, number, [number, JsonNumber][]][];
/** GET /data/plugin/text/tags */
export type TbTextTagsResponse = Record<string, string[]>;
/** GET /data/plugin/text/text: text is sanitized HTML. */
export type TbTextResponse = { wall_time: number; step: number; text: string }[];
/** GET /data/plugin/images/tags */
export type TbImageTagsResponse = Record<
  string,
  Record<string, { displayName: string; description: string; samples: number }>
>;
/** GET /data/plugin/images/images: query is `blob_key=...` for /data/plugin/images/individualImage. */
export type TbImagesResponse = { wall_time: number; step: number; query: string }[];
/** GET /data/plugin/graphs/info */
export type TbGraphsInfoResponse = Record<
  string,
  {
    run: string;
    tags: Record<string, { tag: string; conceptual_graph: boolean; op_graph: boolean; profile: boolean }>;
    run_graph: boolean;
  }
>;
/** One step of GET /data/plugin/pr_curves/pr_curves: arrays per threshold, the tail where TP + FP = 0 trimmed. */
export interface TbPrCurveEntry {
  wall_time: number;
  step: number;
  precision: JsonNumber[];
  recall: JsonNumber[];
  true_positives: number[];
  false_positives: number[];
  true_negatives: number[];
  false_negatives: number[];
  thresholds: number[];
}
/** GET /data/plugin/pr_curves/pr_curves?run=&run=&tag=: the steps of each requested run. */
export type TbPrCurvesResponse = Record<string, TbPrCurveEntry[]>;

/** POST /data/plugin/hparams/session_groups (proto-JSON): the part a client reads. */
export interface TbHparamsSessionGroupsResponse {
  sessionGroups?: {
    name: string;
    hparams?: Record<string, number | string | boolean>;
    sessions?: {
      name: string;
      status?: string;
      metricValues?: { name?: { tag?: string; group?: string }; value?: number | string }[];
    }[];
  }[];
  totalSize?: number;
}
