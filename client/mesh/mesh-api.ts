// The mesh view's door to the server: TensorBoard's mesh routes (/data/plugin/mesh/tags and /meshes), typed by
// the contract. Invariant: read-only GETs; a non-2xx answer rejects with the route and status.
import type { TbMeshMetadataResponse, TbMeshTagsResponse } from '../../contract/index.ts';

export interface MeshApi {
  tags(): Promise<TbMeshTagsResponse>;
  meshes(run: string, tag: string): Promise<TbMeshMetadataResponse>;
}

export function createMeshApi(base = ''): MeshApi {
  const getJson = async <T>(path: string): Promise<T> => {
    const res = await fetch(base + path);
    if (!res.ok) throw new Error(`${path.split('?')[0]} answered ${res.status}`);
    return (await res.json()) as T;
  };
  return {
    tags: () => getJson('/data/plugin/mesh/tags'),
    meshes: (run, tag) => getJson(`/data/plugin/mesh/meshes?${new URLSearchParams({ run, tag })}`),
  };
}
