// The Chromium the browser tests use (Debian's package) and the flags every test launches it with.
export const CHROMIUM_PATH = process.env.TRAINBOARD_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
