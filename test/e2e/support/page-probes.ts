// Page-side probes of the browser tests, written as expression strings because the test code is compiled with
// Node's types (no DOM lib). Each reads what a user would see: card attributes, canvas pixels, globals.

const cardSelector = (tag: string): string => `[data-testid="scalar-card"][data-tag=${JSON.stringify(tag)}]`;

/** The PNG data URL of a card's canvas ('' when the card holds no chart). */
export async function cardImage(
  page: { evaluate<R>(expr: string): Promise<R> },
  tag: string,
): Promise<string> {
  return page.evaluate<string>(
    `document.querySelector(${JSON.stringify(cardSelector(tag) + ' canvas')})?.toDataURL() ?? ''`,
  );
}

/** Waits until a card's data-points attribute equals n. */
export async function waitForPoints(
  page: {
    waitForFunction(
      expr: string,
      arg?: unknown,
      opts?: { timeout?: number; polling?: number },
    ): Promise<unknown>;
  },
  tag: string,
  n: number,
  timeout = 5000,
): Promise<void> {
  const expr = `document.querySelector(${JSON.stringify(cardSelector(tag))})?.getAttribute('data-points') === ${JSON.stringify(String(n))}`;
  await page.waitForFunction(expr, undefined, { timeout, polling: 20 });
}

/** Waits until n elements match a selector. */
export async function waitForCount(
  page: { waitForFunction(expr: string, arg?: unknown, opts?: { timeout?: number }): Promise<unknown> },
  selector: string,
  n: number,
): Promise<void> {
  await page.waitForFunction(`document.querySelectorAll(${JSON.stringify(selector)}).length === ${n}`);
}

/** Reads a global set by injected code, if any ran. */
export async function readGlobal(
  page: { evaluate<R>(expr: string): Promise<R> },
  name: string,
): Promise<unknown> {
  return page.evaluate<unknown>(`window[${JSON.stringify(name)}]`);
}

/** The values of one attribute over every element matching a selector, in document order. */
export async function attributeList(
  page: {
    locator(selector: string): { all(): Promise<{ getAttribute(name: string): Promise<string | null> }[]> };
  },
  selector: string,
  name: string,
): Promise<string[]> {
  const out: string[] = [];
  for (const el of await page.locator(selector).all()) out.push((await el.getAttribute(name)) ?? '');
  return out;
}
