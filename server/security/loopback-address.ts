// Whether an address or host name is this machine's loopback, however it is spelled: `127.0.0.1`, `127.1`,
// `127.0.0.2`, `0x7f.1`, `2130706433`, `0177.0.0.1`, `::1`, `[0:0:0:0:0:0:0:1]`, `::ffff:127.0.0.1`,
// `localhost`, `*.localhost`. Invariant: IPv4 spellings are normalised by the WHATWG URL parser, which reads
// them as inet_aton (and so `listen`) does; other names are not resolved here (the server checks the address
// it actually bound, see server-runner.ts).

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
const MAPPED_LOOPBACK = /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/;

/** The host as the URL parser normalises it ('127.0.0.1', '[::1]', a lower-cased name), or undefined. */
function normalise(host: string): string | undefined {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === '') return undefined;
  try {
    return new URL(`http://${h.includes(':') ? `[${h}]` : h}/`).hostname;
  } catch {
    return undefined;
  }
}

export function isLoopbackAddress(host: string): boolean {
  const h = normalise(host);
  if (h === undefined) return false;
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (IPV4.test(h)) return h.startsWith('127.');
  return h === '[::1]' || MAPPED_LOOPBACK.test(h);
}
