// The hover tooltip of a card whose lines the run-lines plugin draws: for every labelled line, the point nearest
// the cursor's x (within 40 px), sorted by vertical distance to the cursor, the nearest twelve, as TensorBoard's
// tooltips are. Invariant: labels are set as text, never HTML; the tooltip hides when the pointer leaves.
import type { Chart } from 'chart.js';
import { h } from '../ui/dom-builder.ts';
import type { XY } from './chart-data.ts';
import { colorOf, runLines } from './run-lines-plugin.ts';

interface Hit {
  label: string;
  color: string;
  p: XY;
  dy: number;
}

function nearestIndex(data: readonly XY[], x: number): number {
  let lo = 0;
  let hi = data.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((data[mid] as XY).x < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs((data[lo - 1] as XY).x - x) < Math.abs((data[lo] as XY).x - x)) return lo - 1;
  return lo;
}

export function attachLineTooltip(
  canvas: HTMLCanvasElement,
  box: HTMLElement,
  chart: () => Chart<'line', XY[]> | null,
  format: { title: (x: number) => string; value: (y: number) => string },
): void {
  const tip = h('div', { class: 'line-tooltip', role: 'tooltip', hidden: true });
  box.append(tip);
  canvas.addEventListener('mousemove', (e) => {
    const c = chart();
    const xs = c?.scales.x;
    const ys = c?.scales.y;
    if (!c || !xs || !ys) return;
    const a = c.chartArea;
    if (e.offsetX < a.left || e.offsetX > a.right || e.offsetY < a.top || e.offsetY > a.bottom) {
      tip.hidden = true;
      return;
    }
    const x = xs.getValueForPixel(e.offsetX) ?? 0;
    const hits: Hit[] = [];
    for (const d of runLines(c)) {
      if (!d.label || d.data.length === 0) continue;
      const p = d.data[nearestIndex(d.data, x)] as XY;
      if (Math.abs(xs.getPixelForValue(p.x) - e.offsetX) > 40) continue;
      hits.push({
        label: d.label,
        color: colorOf(d.borderColor, '#888'),
        p,
        dy: Math.abs(ys.getPixelForValue(p.y) - e.offsetY),
      });
    }
    hits.sort((u, v) => u.dy - v.dy);
    const shown = hits.slice(0, 12);
    if (!shown[0]) {
      tip.hidden = true;
      return;
    }
    tip.replaceChildren(
      h('div', { class: 'line-tooltip-title' }, format.title(shown[0].p.x)),
      ...shown.map((hit) =>
        h(
          'div',
          { class: 'line-tooltip-row' },
          h('span', { class: 'swatch', style: `background:${hit.color}` }),
          `${hit.label}: ${format.value(hit.p.y)}`,
        ),
      ),
    );
    tip.hidden = false;
    const left =
      e.offsetX + 14 + tip.offsetWidth > box.clientWidth ? e.offsetX - 14 - tip.offsetWidth : e.offsetX + 14;
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${Math.max(0, e.offsetY - 10)}px`;
  });
  canvas.addEventListener('mouseleave', () => (tip.hidden = true));
}
