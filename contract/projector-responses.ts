// The projector plugin's wire shapes (TensorBoard 2.21's projector_plugin.py): /runs and /info as schemas, so
// the client checks what it parses. /tensor is row-major little-endian float32 bytes of tensorShape; /metadata
// is TSV text (a first line holding a tab is the header). Invariant: each shape is what TensorBoard answers.
import * as v from 'valibot';

const uint32List = v.array(v.pipe(v.number(), v.integer(), v.minValue(0)));

/** One EmbeddingInfo in proto JSON (fields at their default are absent). */
export const TbProjectorEmbeddingSchema = v.object({
  tensorName: v.optional(v.string()),
  metadataPath: v.optional(v.string()),
  bookmarksPath: v.optional(v.string()),
  tensorShape: v.optional(uint32List),
  sprite: v.optional(v.object({ imagePath: v.optional(v.string()), singleImageDim: v.optional(uint32List) })),
  tensorPath: v.optional(v.string()),
});

/** GET /data/plugin/projector/info?run=: the run's ProjectorConfig. */
export const TbProjectorConfigSchema = v.object({
  modelCheckpointPath: v.optional(v.string()),
  embeddings: v.optional(v.array(TbProjectorEmbeddingSchema)),
  modelCheckpointDir: v.optional(v.string()),
});

/** GET /data/plugin/projector/runs: runs with embeddings, in TensorBoard's order. */
export const TbProjectorRunsSchema = v.array(v.string());

export type TbProjectorEmbedding = v.InferOutput<typeof TbProjectorEmbeddingSchema>;
export type TbProjectorConfig = v.InferOutput<typeof TbProjectorConfigSchema>;
export type TbProjectorRunsResponse = v.InferOutput<typeof TbProjectorRunsSchema>;
