// The mesh view: per visible run, one row per mesh tag (PyTorch add_mesh, tensorboardX, TensorBoard's mesh
// summary) with its samples, the latest step, and the vertex, face and color counts of that step's tensors
// (data_shape[1] of each content type), as /data/plugin/mesh/meshes lists them. No 3-D rendering: TensorBoard's
// own Mesh dashboard draws them from our routes. Invariant: names are set as text.
import type { TbMeshMetadata } from '../../contract/index.ts';
import type { DashboardStore } from '../state/dashboard-store.ts';
import { clear, emptyState, h } from '../ui/dom-builder.ts';
import type { PluginView } from '../views/plugin-view.ts';
import { createMeshApi, type MeshApi } from './mesh-api.ts';

const VERTEX = 1;
const FACE = 2;
const COLOR = 3;

export interface MeshSummary {
  step: number;
  vertices: number;
  faces: number;
  colors: number;
}

/** The latest step's counts: each content type's tensor holds data_shape[1] elements per sample. */
export function summarizeMeshes(meshes: readonly TbMeshMetadata[]): MeshSummary | undefined {
  const last = meshes.reduce<number | undefined>(
    (s, m) => (s === undefined || m.step > s ? m.step : s),
    undefined,
  );
  if (last === undefined) return undefined;
  const count = (type: number): number =>
    meshes.find((m) => m.step === last && m.content_type === type)?.data_shape[1] ?? 0;
  return { step: last, vertices: count(VERTEX), faces: count(FACE), colors: count(COLOR) };
}

export function createMeshView(store: DashboardStore, api: MeshApi = createMeshApi()): PluginView {
  const element = h('div', { class: 'view mesh-view' });
  let token = 0;

  async function render(visibleRuns: readonly string[]): Promise<void> {
    const mine = ++token;
    try {
      const tags = await api.tags();
      const runs = visibleRuns.filter((r) => Object.keys(tags[r] ?? {}).length > 0);
      const rows = await Promise.all(
        runs.flatMap((run) =>
          Object.entries(tags[run]!).map(async ([tag, { samples }]) => ({
            run,
            tag,
            samples,
            summary: summarizeMeshes(await api.meshes(run, tag)),
          })),
        ),
      );
      if (mine !== token) return;
      clear(element);
      if (!rows.length) {
        element.append(
          emptyState('No meshes', [
            'PyTorch’s and tensorboardX’s add_mesh and TensorBoard’s mesh summary write them; TensorBoard’s own Mesh dashboard draws them from this server.',
          ]),
        );
        return;
      }
      const cell = (n: number | undefined): HTMLElement =>
        h('td', { class: 'num mono' }, n === undefined ? '–' : String(n));
      element.append(
        h(
          'section',
          { class: 'card', 'data-testid': 'mesh-list' },
          h('header', { class: 'card-header' }, h('h3', { class: 'card-title' }, 'Meshes')),
          h(
            'div',
            { class: 'table-scroll' },
            h(
              'table',
              { class: 'data-table' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', {}, 'Run'),
                  h('th', {}, 'Tag'),
                  h('th', { class: 'num' }, 'Samples'),
                  h('th', { class: 'num' }, 'Step'),
                  h('th', { class: 'num' }, 'Vertices'),
                  h('th', { class: 'num' }, 'Faces'),
                  h('th', { class: 'num' }, 'Colors'),
                ),
              ),
              h(
                'tbody',
                {},
                ...rows.map((r) =>
                  h(
                    'tr',
                    {
                      'data-testid': 'mesh-row',
                      'data-run': r.run,
                      'data-tag': r.tag,
                      'data-vertices': String(r.summary?.vertices ?? 0),
                      'data-faces': String(r.summary?.faces ?? 0),
                    },
                    h('td', {}, h('span', { style: `color:${store.colorOf(r.run)}` }, r.run)),
                    h('td', { class: 'mono' }, r.tag),
                    cell(r.samples),
                    cell(r.summary?.step),
                    cell(r.summary?.vertices),
                    cell(r.summary?.faces),
                    cell(r.summary?.colors),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    } catch (err) {
      if (mine !== token) return;
      clear(element);
      element.append(
        emptyState('Could not load the meshes', [err instanceof Error ? err.message : String(err)]),
      );
    }
  }

  return { element, render: (v) => void render(v) };
}
