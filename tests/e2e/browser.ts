/**
 * Which Chromium the browser tests use: `PLAYWRIGHT_CHROMIUM_PATH`, else Debian's /usr/bin/chromium
 * when present (Playwright's own download is impossible on the CI machines), else Playwright's own.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Flags that keep a headless Chromium quiet on a machine without internet. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['PLAYWRIGHT_CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return executablePath ? { executablePath, args: CHROMIUM_FLAGS } : {};
}

/** A free port on loopback: the same helper the sandbox scenarios use. */
export { freePort } from '../../src/sandbox/free-port.ts';
