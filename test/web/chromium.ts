import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; playwright-core brings no browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium for a suite's `before` hook. Without the browser the suite is
 * skipped on a developer machine, and fails on CI (CI=true), where skipping would hide a gap.
 */
export async function launchChromium(context: Mocha.Context): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === 'true') {
      throw new Error(`${CHROMIUM_PATH} is missing: the browser tests need the Debian package "chromium" (apt-get install chromium fonts-wqy-microhei)`);
    }
    console.error(`Skipping browser tests: ${CHROMIUM_PATH} is missing. Install it with: apt-get install chromium fonts-wqy-microhei`);
    context.skip();
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * tsx compiles tests with esbuild's keepNames, which wraps named functions in `__name(...)`;
 * functions handed to `page.evaluate` run in the page, where that helper does not exist.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';
