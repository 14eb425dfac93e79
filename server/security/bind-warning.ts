// The loud warning printed when the server listens beyond loopback without a token, and the loopback test
// behind it. Invariant: returns no text for loopback hosts or when a token protects the server.

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

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
