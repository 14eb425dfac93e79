// Draws projected points on a 2-D canvas: 2-D coordinates as they are, 3-D ones rotated by a yaw and a pitch
// the user drags and drawn with a little perspective, far points first. Highlighted points are drawn larger,
// outlined and labelled; others take the colour of their category. Invariants: every point is drawn exactly
// once per frame; the view fits the points' extent (a single point or equal coordinates fall in the centre).

export interface ScatterScene {
  coords: Float64Array;
  /** 2 or 3. */
  k: number;
  n: number;
  colors: string[];
  labels: string[];
  highlighted: ReadonlySet<number>;
  /** Radians, the 3-D view's rotation about the vertical and horizontal axes. */
  yaw: number;
  pitch: number;
}

const MAX_LABELS = 200;

export function drawScatter(canvas: HTMLCanvasElement, s: ScatterScene, ink: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth || 600;
  const hgt = canvas.clientHeight || 400;
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(hgt * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, hgt);

  const [cy, sy, cp, sp] = [Math.cos(s.yaw), Math.sin(s.yaw), Math.cos(s.pitch), Math.sin(s.pitch)];
  const xs = new Float64Array(s.n);
  const ys = new Float64Array(s.n);
  const zs = new Float64Array(s.n);
  for (let i = 0; i < s.n; i++) {
    const x = s.coords[i * s.k] ?? 0;
    const y = s.k > 1 ? (s.coords[i * s.k + 1] ?? 0) : 0;
    const z = s.k > 2 ? (s.coords[i * s.k + 2] ?? 0) : 0;
    if (s.k < 3) {
      xs[i] = x;
      ys[i] = y;
      continue;
    }
    const x1 = cy * x + sy * z;
    const z1 = -sy * x + cy * z;
    xs[i] = x1;
    ys[i] = cp * y - sp * z1;
    zs[i] = sp * y + cp * z1;
  }
  let extent = 0;
  for (let i = 0; i < s.n; i++)
    extent = Math.max(extent, Math.abs(xs[i]!), Math.abs(ys[i]!), Math.abs(zs[i]!));
  const scale = extent > 0 ? (Math.min(w, hgt) / 2 - 24) / extent : 1;
  const order = [...Array(s.n).keys()];
  if (s.k > 2) order.sort((a, b) => zs[a]! - zs[b]!);
  const screen = (i: number): [number, number, number] => {
    const persp = s.k > 2 && extent > 0 ? 1 / (1 - (0.25 * zs[i]!) / extent) : 1;
    return [w / 2 + xs[i]! * scale * persp, hgt / 2 - ys[i]! * scale * persp, persp];
  };
  for (const i of order) {
    const [px, py, persp] = screen(i);
    const hi = s.highlighted.has(i);
    ctx.beginPath();
    ctx.arc(px, py, (hi ? 6 : 3.5) * persp, 0, 2 * Math.PI);
    ctx.fillStyle = s.colors[i] ?? '#888';
    ctx.globalAlpha = s.highlighted.size > 0 && !hi ? 0.35 : 1;
    ctx.fill();
    if (hi) {
      ctx.lineWidth = 2;
      ctx.strokeStyle = ink;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  ctx.fillStyle = ink;
  ctx.font = '11px system-ui, sans-serif';
  const labelled = s.highlighted.size > 0 ? [...s.highlighted] : s.n <= MAX_LABELS ? order : [];
  for (const i of labelled.slice(0, MAX_LABELS)) {
    const [px, py] = screen(i);
    ctx.fillText(s.labels[i] ?? String(i), px + 7, py - 5);
  }
}
