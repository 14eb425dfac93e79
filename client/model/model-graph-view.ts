// Draws a laid-out graph as SVG with pan (drag) and zoom (wheel, +/- keys, buttons, fit). Input nodes are
// marked green and output nodes violet; each box shows its lines as text (never HTML). Invariant: the view
// owns only its own SVG; layout happens elsewhere (graph-layout.ts).
import { h, svg } from '../ui/dom-builder.ts';
import type { GraphLayout } from './graph-layout.ts';
import { LINE_HEIGHT } from './graph-layout.ts';

export function createModelGraphView(layout: GraphLayout, label: string): HTMLElement {
  const viewport = svg('g', { class: 'graph-viewport' });
  const root = svg('svg', { class: 'graph-svg', role: 'img', 'aria-label': label });
  const defs = svg(
    'defs',
    {},
    svg(
      'marker',
      {
        id: 'arrow',
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto-start-reverse',
      },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'graph-arrow' }),
    ),
  );
  root.append(defs, viewport);
  for (const e of layout.edges) {
    const d = e.points.map((p, i) => `${i ? 'L' : 'M'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
    viewport.append(svg('path', { d, class: 'graph-edge', 'marker-end': 'url(#arrow)' }));
  }
  for (const n of layout.nodes) {
    const g = svg('g', {
      class: `graph-node role-${n.role}`,
      transform: `translate(${n.x - n.width / 2}, ${n.y - n.height / 2})`,
      'data-node': n.id,
    });
    g.append(svg('rect', { width: n.width, height: n.height, rx: 8, ry: 8 }));
    n.lines.forEach((line, i) => {
      const t = svg('text', {
        x: n.width / 2,
        y: 10 + LINE_HEIGHT * (i + 0.75),
        'text-anchor': 'middle',
        class: i === 0 ? 'node-title' : 'node-line',
      });
      t.textContent = line;
      g.append(t);
    });
    if (n.role !== 'inner') {
      const tagText = n.role === 'input' ? 'input' : n.role === 'output' ? 'output' : 'in/out';
      const tg = svg('text', { x: n.width - 6, y: -4, 'text-anchor': 'end', class: 'node-role' });
      tg.textContent = tagText;
      g.append(tg);
    }
    const title = svg('title', {});
    title.textContent = n.lines.join('\n');
    g.append(title);
    viewport.append(g);
  }

  let scale = 1;
  let tx = 0;
  let ty = 0;
  const apply = (): void => viewport.setAttribute('transform', `translate(${tx} ${ty}) scale(${scale})`);
  const fit = (): void => {
    const w = root.clientWidth || 800;
    const hgt = root.clientHeight || 600;
    scale = Math.min(1.25, Math.max(0.05, Math.min(w / (layout.width + 20), hgt / (layout.height + 20))));
    tx = (w - layout.width * scale) / 2;
    ty = Math.max(10, (hgt - layout.height * scale) / 2);
    apply();
  };
  const zoomAt = (factor: number, cx: number, cy: number): void => {
    const next = Math.min(4, Math.max(0.05, scale * factor));
    tx = cx - ((cx - tx) * next) / scale;
    ty = cy - ((cy - ty) * next) / scale;
    scale = next;
    apply();
  };
  root.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const r = root.getBoundingClientRect();
      zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
    },
    { passive: false },
  );
  let drag: { x: number; y: number } | null = null;
  root.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX - tx, y: e.clientY - ty };
    root.setPointerCapture(e.pointerId);
    root.classList.add('dragging');
  });
  root.addEventListener('pointermove', (e) => {
    if (!drag) return;
    tx = e.clientX - drag.x;
    ty = e.clientY - drag.y;
    apply();
  });
  root.addEventListener('pointerup', () => {
    drag = null;
    root.classList.remove('dragging');
  });
  const centre = (): [number, number] => [(root.clientWidth || 800) / 2, (root.clientHeight || 600) / 2];
  const btn = (text: string, title: string, fn: () => void): HTMLButtonElement =>
    h('button', { type: 'button', class: 'icon-button', title, 'aria-label': title, onclick: fn }, text);
  const container = h(
    'div',
    {
      class: 'graph-container',
      'data-testid': 'model-graph',
      tabindex: 0,
      'aria-label': `${label}. Drag to pan, wheel or +/- to zoom, 0 to fit.`,
    },
    h(
      'div',
      { class: 'graph-controls' },
      btn('+', 'Zoom in', () => zoomAt(1.25, ...centre())),
      btn('−', 'Zoom out', () => zoomAt(0.8, ...centre())),
      btn('Fit', 'Fit to view', fit),
    ),
    root,
  );
  container.addEventListener('keydown', (e) => {
    if (e.key === '+' || e.key === '=') zoomAt(1.25, ...centre());
    else if (e.key === '-') zoomAt(0.8, ...centre());
    else if (e.key === '0') fit();
    else if (e.key.startsWith('Arrow')) {
      tx += e.key === 'ArrowLeft' ? 40 : e.key === 'ArrowRight' ? -40 : 0;
      ty += e.key === 'ArrowUp' ? 40 : e.key === 'ArrowDown' ? -40 : 0;
      apply();
    } else return;
    e.preventDefault();
  });
  requestAnimationFrame(fit);
  new ResizeObserver(() => fit()).observe(root);
  return container;
}
