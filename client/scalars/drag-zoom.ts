// Drag-to-zoom on a chart canvas: a pointer drag inside the chart area shows a selection over the x-range and,
// on release (at least 8 px wide), reports the range in data units; a double-click asks to reset. Invariant:
// only the x-range is selected (y follows the data), and a drag that starts outside the chart area is ignored.
import type { Chart } from 'chart.js';

export function attachDragZoom(
  canvas: HTMLCanvasElement,
  selection: HTMLElement,
  chart: () => Chart<'line', { x: number; y: number }[]> | null,
  on: { zoom: (min: number, max: number) => void; reset: () => void },
): void {
  let dragStart: number | null = null;
  canvas.addEventListener('pointerdown', (e) => {
    const c = chart();
    if (!c || e.button !== 0) return;
    if (e.offsetX < c.chartArea.left || e.offsetX > c.chartArea.right) return;
    dragStart = e.offsetX;
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    const c = chart();
    if (dragStart === null || !c) return;
    const a = c.chartArea;
    const x = Math.min(Math.max(e.offsetX, a.left), a.right);
    Object.assign(selection.style, {
      left: `${Math.min(dragStart, x)}px`,
      width: `${Math.abs(x - dragStart)}px`,
      top: `${a.top}px`,
      height: `${a.bottom - a.top}px`,
    });
    selection.hidden = false;
  });
  canvas.addEventListener('pointerup', (e) => {
    selection.hidden = true;
    const start = dragStart;
    dragStart = null;
    const scale = chart()?.scales.x;
    if (start === null || !scale || Math.abs(e.offsetX - start) < 8) return;
    const a = scale.getValueForPixel(Math.min(start, e.offsetX)) ?? 0;
    const b = scale.getValueForPixel(Math.max(start, e.offsetX)) ?? 0;
    on.zoom(a, b);
  });
  canvas.addEventListener('dblclick', () => on.reset());
}

/** Saves the canvas as PNG over a solid background (charts are drawn on a transparent canvas). */
export function canvasToPng(canvas: HTMLCanvasElement, background: string, done: (png: Blob) => void): void {
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const g = out.getContext('2d');
  if (!g) return;
  g.fillStyle = background;
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(canvas, 0, 0);
  out.toBlob((blob) => blob && done(blob));
}
