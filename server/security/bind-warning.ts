// The loud warning printed when the server listens beyond loopback without a token. Invariant: returns no
// text only for a loopback bind (however spelled, see loopback-address.ts) or when a token protects the server;
// every other bind (0.0.0.0, ::, a LAN address, a name) gets it.
import { isLoopbackAddress } from './loopback-address.ts';

/** Kept for callers of the old name. */
export const isLoopbackHost = isLoopbackAddress;

export function bindWarning(host: string, port: number, hasToken: boolean): string[] {
  if (isLoopbackHost(host) || hasToken) return [];
  const bar = '!'.repeat(78);
  return [
    bar,
    `!! WARNING: trainboard is listening on ${host}:${port} WITHOUT an auth token.`,
    '!! Anyone who can reach this address can read every run, tag, text summary and hyperparameter',
    '!! in your logdir. Stop it (Ctrl+C) and either bind to loopback (--host 127.0.0.1, the default)',
    '!! or set a token: --auth-token <secret> or TRAINBOARD_AUTH_TOKEN=<secret>.',
    bar,
  ];
}
