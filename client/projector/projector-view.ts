// The Projector view: an embedding of a run (picked from the projector's runs and the run's tensors) reduced
// by PCA to 2-D or 3-D and drawn on a canvas, labelled from its metadata, coloured by a metadata column, with
// a search box that highlights the points whose metadata matches; 3-D rotates by dragging. Invariants: the
// "N points" label counts the points drawn (the tensor's rows); a late answer for an earlier choice is
// dropped (a token per load); nothing from a log is inserted as HTML.
import type { TbProjectorConfig } from '../../contract/index.ts';
import { clear, emptyState, h } from '../ui/dom-builder.ts';
import type { PluginView } from '../views/plugin-view.ts';
import { matchingPoints, parseEmbeddingMetadata, type EmbeddingMetadata } from './embedding-metadata.ts';
import { pca, type PcaResult } from './pca.ts';
import {
  fetchProjectorConfig,
  fetchProjectorMetadata,
  fetchProjectorRuns,
  fetchProjectorTensor,
  type LoadedTensor,
} from './projector-api.ts';
import { drawScatter } from './scatter-canvas.ts';

const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];
const MAX_CATEGORIES = PALETTE.length;

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

interface Loaded {
  run: string;
  tensorName: string;
  tensor: LoadedTensor;
  meta: EmbeddingMetadata | undefined;
  pca2: PcaResult;
  pca3: PcaResult;
}

/** Point colours by the distinct values of one metadata column (grey past the palette's size). */
export function colorsByColumn(meta: EmbeddingMetadata | undefined, column: number, n: number): string[] {
  if (!meta || column < 0) return new Array<string>(n).fill(PALETTE[0]!);
  const values = [...new Set(meta.rows.map((r) => r[column] ?? ''))];
  const index = new Map(values.map((v, i) => [v, i]));
  return Array.from({ length: n }, (_, i) => {
    const c = index.get(meta.rows[i]?.[column] ?? '') ?? 0;
    return values.length <= MAX_CATEGORIES ? PALETTE[c % PALETTE.length]! : '#7f7f7f';
  });
}

export function createProjectorView(): PluginView {
  const element = h('div', { class: 'view projector-view', 'data-testid': 'projector-view' });
  const runSelect = h('select', { 'aria-label': 'Run', 'data-testid': 'projector-run' });
  const tensorSelect = h('select', { 'aria-label': 'Tensor', 'data-testid': 'projector-tensor' });
  const dimSelect = h(
    'select',
    { 'aria-label': 'Dimensions', 'data-testid': 'projector-dims' },
    h('option', { value: '3' }, 'PCA 3-D'),
    h('option', { value: '2' }, 'PCA 2-D'),
  );
  const colorSelect = h('select', { 'aria-label': 'Colour by', 'data-testid': 'projector-color' });
  const search = h('input', {
    type: 'search',
    placeholder: 'Search metadata',
    'data-testid': 'projector-search',
  });
  const pointsLabel = h('span', { class: 'muted', 'data-testid': 'projector-points' }, '');
  const matchesLabel = h('span', { class: 'muted', 'data-testid': 'projector-matches' }, '');
  const variance = h('span', { class: 'muted', 'data-testid': 'projector-variance' }, '');
  const canvas = h('canvas', {
    class: 'projector-canvas',
    style: 'display:block;width:100%;height:560px;cursor:grab;touch-action:none',
    'data-testid': 'projector-canvas',
    'aria-label': 'Embedding projected by PCA',
  });
  const status = h('div', { class: 'projector-status' });
  const toolbar = h(
    'div',
    {
      class: 'projector-toolbar',
      style: 'display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0',
    },
    h('label', {}, 'Run ', runSelect),
    h('label', {}, 'Tensor ', tensorSelect),
    h('label', {}, 'Projection ', dimSelect),
    h('label', {}, 'Colour by ', colorSelect),
    search,
    pointsLabel,
    matchesLabel,
    variance,
  );
  const body = h('div', { class: 'projector-body' }, toolbar, status, canvas);
  element.append(body);

  const configs = new Map<string, TbProjectorConfig>();
  let loaded: Loaded | undefined;
  let highlighted = new Set<number>();
  let yaw = 0.6;
  let pitch = 0.35;
  let token = 0;

  function draw(): void {
    if (!loaded) return;
    const p = dimSelect.value === '2' ? loaded.pca2 : loaded.pca3;
    const n = loaded.tensor.rows;
    const labelColumn = loaded.meta ? Math.max(0, loaded.meta.columns.indexOf('label')) : -1;
    drawScatter(
      canvas,
      {
        coords: p.coords,
        k: p.k,
        n,
        colors: colorsByColumn(loaded.meta, Number(colorSelect.value), n),
        labels: Array.from({ length: n }, (_, i) => loaded?.meta?.rows[i]?.[labelColumn] ?? String(i)),
        highlighted,
        yaw,
        pitch,
      },
      cssVar('--text', '#222'),
    );
    canvas.dataset.points = String(n);
    canvas.dataset.highlighted = String(highlighted.size);
    canvas.dataset.dims = String(p.k);
    const total = p.variances.reduce((a, b) => a + b, 0);
    variance.textContent =
      total > 0 ? `variance shown: ${p.variances.map((v) => v.toFixed(3)).join(', ')}` : '';
  }

  function applySearch(): void {
    const n = loaded?.tensor.rows ?? 0;
    highlighted = matchingPoints(loaded?.meta, search.value, n);
    matchesLabel.textContent = search.value.trim() ? `${highlighted.size} matching` : '';
    draw();
  }

  function fill(select: HTMLSelectElement, options: [string, string][], keep: string): void {
    clear(select);
    for (const [value, label] of options) select.append(h('option', { value }, label));
    if (options.some(([v]) => v === keep)) select.value = keep;
  }

  async function loadTensor(): Promise<void> {
    const my = ++token;
    const run = runSelect.value;
    const name = tensorSelect.value;
    const info = configs.get(run)?.embeddings?.find((e) => e.tensorName === name);
    const shape = info?.tensorShape ?? [];
    if (!info || shape.length !== 2) {
      status.textContent = `${run}: tensor ${name} has no 2-D shape`;
      return;
    }
    status.textContent = `Loading ${name}…`;
    try {
      const tensor = await fetchProjectorTensor(run, name, shape[1]!);
      const metaText = info.metadataPath ? await fetchProjectorMetadata(run, name) : undefined;
      if (my !== token) return;
      const meta = metaText === undefined ? undefined : parseEmbeddingMetadata(metaText, tensor.rows);
      loaded = {
        run,
        tensorName: name,
        tensor,
        meta,
        pca2: pca(tensor.values, tensor.rows, tensor.cols, 2),
        pca3: pca(tensor.values, tensor.rows, tensor.cols, 3),
      };
      fill(
        colorSelect,
        [['-1', 'none'], ...(meta?.columns ?? []).map((c, i): [string, string] => [String(i), c])],
        colorSelect.value,
      );
      pointsLabel.textContent = `${tensor.rows} points`;
      status.textContent = `${run} · ${name} · ${tensor.rows} × ${tensor.cols}`;
      applySearch();
    } catch (err) {
      if (my === token) status.textContent = (err as Error).message;
    }
  }

  async function loadRun(): Promise<void> {
    const run = runSelect.value;
    let config = configs.get(run);
    if (!config) {
      config = await fetchProjectorConfig(run);
      configs.set(run, config);
    }
    const names = (config.embeddings ?? [])
      .map((e) => e.tensorName ?? '')
      .filter((n) => n !== '')
      .map((n): [string, string] => [n, n]);
    fill(tensorSelect, names, tensorSelect.value);
    await loadTensor();
  }

  runSelect.addEventListener(
    'change',
    () => void loadRun().catch((e: Error) => (status.textContent = e.message)),
  );
  tensorSelect.addEventListener('change', () => void loadTensor());
  dimSelect.addEventListener('change', draw);
  colorSelect.addEventListener('change', draw);
  search.addEventListener('input', applySearch);

  let drag: { x: number; y: number } | undefined;
  canvas.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drag || dimSelect.value === '2') return;
    yaw += (e.clientX - drag.x) * 0.01;
    pitch = Math.max(-1.5, Math.min(1.5, pitch + (e.clientY - drag.y) * 0.01));
    drag = { x: e.clientX, y: e.clientY };
    draw();
  });
  canvas.addEventListener('pointerup', () => (drag = undefined));

  return {
    element,
    settingsChanged(changed) {
      if (changed.has('theme')) draw(); // labels and outlines take the theme's text colour
    },
    render() {
      void (async () => {
        try {
          const runs = await fetchProjectorRuns();
          if (runs.length === 0) {
            clear(element);
            element.append(
              emptyState('No embeddings', [
                'No run holds a projector_config.pbtxt naming a tensor file (PyTorch and tensorboardX add_embedding write one).',
              ]),
            );
            return;
          }
          if (!element.contains(body)) {
            clear(element);
            element.append(body);
          }
          const had = runSelect.value;
          fill(
            runSelect,
            runs.map((r) => [r, r]),
            had,
          );
          if (runSelect.value !== had || !loaded) await loadRun();
          else draw();
        } catch (err) {
          status.textContent = (err as Error).message;
        }
      })();
    },
  };
}
