// The `/data/plugin/mesh/...` response shapes (TensorBoard 2.21's mesh_plugin.py). Type-only.

/** GET /data/plugin/mesh/tags: run -> user-facing tag -> samples (the batch size, shape[0]). */
export type TbMeshTagsResponse = Record<string, Record<string, { samples: number }>>;

/** One element of GET /data/plugin/mesh/meshes?run=&tag=: one stored tensor of one content type. */
export interface TbMeshMetadata {
  wall_time: number;
  step: number;
  /** MeshPluginData.ContentType: 1 VERTEX, 2 FACE, 3 COLOR. */
  content_type: number;
  /** Bitmask of the content types the mesh has (1 << content_type). */
  components: number;
  /** The writer's JSON scene config (three.js classes), as a string; '' when none. */
  config: string;
  /** [samples, count, 3]. */
  data_shape: number[];
}
export type TbMeshMetadataResponse = TbMeshMetadata[];
