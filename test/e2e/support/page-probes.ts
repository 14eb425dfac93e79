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

/** Polls a page expression until it is truthy, through page.evaluate: the server's CSP (script-src 'self')
 *  forbids the string evaluation that page.waitForFunction(string) polls with. */
export async function until(
  page: { evaluate<R>(expr: string): Promise<R> },
  expr: string,
  timeout: number,
  polling = 20,
  seen?: string,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate<unknown>(expr))) {
    if (Date.now() > deadline) {
      const last = seen === undefined ? '' : ` (last seen: ${String(await page.evaluate<unknown>(seen))})`;
      throw new Error(`timed out after ${timeout} ms waiting for ${expr.slice(0, 300)}${last}`);
    }
    await new Promise((ok) => setTimeout(ok, polling));
  }
}

/** Waits until a card's data-points attribute equals n. */
export async function waitForPoints(
  page: { evaluate<R>(expr: string): Promise<R> },
  tag: string,
  n: number,
  timeout = 5000,
): Promise<void> {
  const points = `document.querySelector(${JSON.stringify(cardSelector(tag))})?.getAttribute('data-points')`;
  await until(page, `${points} === ${JSON.stringify(String(n))}`, timeout, 20, `${points} ?? 'no card'`);
}

/** Waits until n elements match a selector. */
export async function waitForCount(
  page: { evaluate<R>(expr: string): Promise<R> },
  selector: string,
  n: number,
  timeout = 30_000,
): Promise<void> {
  await until(page, `document.querySelectorAll(${JSON.stringify(selector)}).length === ${n}`, timeout);
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
