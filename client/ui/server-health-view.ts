// The server's health in the top bar: what /api/health counts (event files, records, damaged records, open
// clients, dropped pushes, restarts, memory per point; for an s3:// logdir its polling, S3 requests, bytes read
// and last error), polled every few seconds. Invariant: shows only numbers the server reported, as text; a
// failed poll says so instead of showing stale figures as current.
import type { ApiHealthResponse } from '../../contract/index.ts';
import { h } from './dom-builder.ts';
import { describeHealth } from './health-summary.ts';

export interface ServerHealthView {
  readonly element: HTMLElement;
  /** Starts polling every `intervalMs` (first poll at once); returns a function that stops it. */
  start(intervalMs?: number): () => void;
}

export function createServerHealthView(fetchHealth: () => Promise<ApiHealthResponse>): ServerHealthView {
  const element = h('span', {
    class: 'server-health',
    role: 'status',
    'data-testid': 'server-health',
    tabindex: 0,
  });
  async function poll(): Promise<void> {
    try {
      const { summary, detail, damaged } = describeHealth(await fetchHealth());
      element.textContent = summary;
      element.title = detail;
      element.classList.toggle('health-damaged', damaged);
      element.classList.remove('health-unknown');
    } catch (err) {
      element.textContent = 'server health unavailable';
      element.title = err instanceof Error ? err.message : String(err);
      element.classList.add('health-unknown');
    }
  }
  return {
    element,
    start(intervalMs = 5000) {
      void poll();
      const timer = setInterval(() => void poll(), intervalMs);
      return () => clearInterval(timer);
    },
  };
}
