// Drives one TensorBoard dashboard in a Chromium page and records what happened: every /data request the page
// made (method, path, query, body), every console error and page error, and a content census of the rendered
// page (canvases, images, SVG marks, table cells, "no data" notices), counted through open shadow roots.
// The census is compared between the page served by real TensorBoard and the one served against us, so the
// oracle is TensorBoard's own frontend on TensorBoard's own backend, never a number written here.
import type { Page, Request } from 'playwright-core';

export interface Dashboard {
  /** The plugin id in TensorBoard's URL hash (`#timeseries`). */
  id: string;
  /** Clicks after load (HParams sub-views), each by visible text. */
  clicks?: string[];
}

/** Every dashboard of TensorBoard 2.21 the issue names, in its tab order. */
export const DASHBOARDS: Dashboard[] = [
  { id: 'timeseries' },
  { id: 'scalars' },
  { id: 'custom_scalars' },
  { id: 'images' },
  { id: 'graphs' },
  { id: 'distributions' },
  { id: 'histograms' },
  { id: 'text' },
  { id: 'pr_curves' },
  { id: 'hparams', clicks: ['PARALLEL COORDINATES VIEW', 'SCATTER PLOT MATRIX VIEW'] },
  { id: 'mesh' },
  { id: 'projector' },
];

export interface CapturedRequest {
  method: string;
  /** Path and query, as the page sent them (no origin). */
  path: string;
  contentType?: string;
  body?: Buffer;
}

export type Census = Record<string, number>;

export interface DashboardVisit {
  requests: CapturedRequest[];
  consoleErrors: string[];
  census: Census;
  noDataNotices: string[];
}

/** Counts rendered content kinds across the document and every open shadow root. Plain JavaScript in a
 * string: the TypeScript loader's helpers do not exist in the page. */
const CENSUS_SCRIPT = `(() => {
  const census = { canvas: 0, img: 0, svgMark: 0, td: 0, textRow: 0 };
  const notices = [];
  const noData = /no (\\w+ )*(data|runs?|dashboards?) (was |were |is |are )?(found|active|available)/i;
  const visit = (root) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      const box = el.getBoundingClientRect();
      const shown = box.width > 0 && box.height > 0 && el.checkVisibility({ checkVisibilityCSS: true });
      if (tag === 'canvas' && shown) census.canvas += 1;
      if (tag === 'img' && shown && el.naturalWidth > 0) census.img += 1;
      if ((tag === 'path' || tag === 'circle' || tag === 'rect' || tag === 'line') && shown) census.svgMark += 1;
      if (tag === 'td' && shown && (el.textContent || '').trim() !== '') census.td += 1;
      if (tag === 'tf-text-loader' || tag === 'text-card') census.textRow += 1;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.children.length === 0 && shown) {
        const text = (el.textContent || '').trim();
        if (text.length < 200 && noData.test(text)) notices.push(text);
      }
    }
  };
  visit(document);
  return { census, notices };
})()`;

/** One Chromium page on one backend, switching dashboards by URL hash as a user clicking the tabs does. */
export class DashboardPage {
  private requests: CapturedRequest[] = [];
  private errors: string[] = [];
  private inFlight = 0;
  private last = Date.now();
  private loaded = false;

  constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {
    const isData = (r: Request): boolean => /^(\/experiment\/[^/]+)?\/data\//.test(new URL(r.url()).pathname);
    page.on('request', (r) => {
      if (!isData(r)) return;
      this.inFlight += 1;
      this.last = Date.now();
      const u = new URL(r.url());
      const contentType = r.headers()['content-type'];
      const body = r.postDataBuffer();
      this.requests.push({
        method: r.method(),
        path: u.pathname + u.search,
        ...(contentType ? { contentType } : {}),
        ...(body ? { body } : {}),
      });
    });
    const done = (r: Request): void => {
      if (!isData(r)) return;
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.last = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    page.on('console', (m) => {
      // Chromium quotes the response's reason phrase ("status of 404 (Not Found)"), which werkzeug spells
      // "NOT FOUND" and Node "Not Found"; clients ignore it (RFC 9112), so the status code alone is compared
      if (m.type() === 'error')
        this.errors.push(
          `${m.text()} (${m.location().url})`
            .replaceAll(origin, 'ORIGIN')
            .replace(/(status of \d{3}) \([^)]*\)/, '$1'),
        );
    });
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
  }

  /** Waits until no /data request has been in flight for 500 ms (at most 15 s). */
  private async settle(): Promise<void> {
    const start = Date.now();
    await this.page.waitForTimeout(200);
    while (Date.now() - start < 15_000) {
      if (this.inFlight === 0 && Date.now() - this.last > 500) return;
      await this.page.waitForTimeout(100);
    }
  }

  /** Counts the rendered content again, after `waitMs` (a slow machine draws late). */
  async recount(waitMs: number): Promise<{ census: Census; notices: string[] }> {
    await this.page.waitForTimeout(waitMs);
    return this.page.evaluate<{ census: Census; notices: string[] }>(CENSUS_SCRIPT);
  }

  async visit(d: Dashboard): Promise<DashboardVisit> {
    this.requests = [];
    this.errors = [];
    if (!this.loaded) {
      await this.page.goto(`${this.origin}/#${d.id}`, { waitUntil: 'load' });
      this.loaded = true;
    } else {
      await this.page.evaluate(`location.hash = ${JSON.stringify(d.id)}`);
    }
    await this.settle();
    for (const text of d.clicks ?? []) {
      const target = this.page.getByText(text, { exact: true }).first();
      if ((await target.count()) > 0) {
        await target.click({ timeout: 5000 }).catch(() => undefined);
        await this.settle();
      }
    }
    const { census, notices } = await this.page.evaluate<{ census: Census; notices: string[] }>(
      CENSUS_SCRIPT,
    );
    return { requests: this.requests, consoleErrors: this.errors, census, noDataNotices: notices };
  }
}
