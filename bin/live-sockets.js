#!/usr/bin/env node
// `npx live-sockets runtime [--port 4322] [--allow-origin <origin>]… [--site <url>]`: the local
// runtime host alone, for pages of the published site to pair with (src/server/runtime-cli.ts).
// Plain JavaScript on purpose: Node will not strip TypeScript types from files under node_modules,
// where npx installs the package, so `npm pack` ships the host compiled to dist-runtime/ (prepack).
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (command !== 'runtime') {
  console.error('用法 / usage: live-sockets runtime [--port 4322] [--allow-origin <origin>]... [--site <url>]');
  process.exit(command === undefined || command === '--help' ? 0 : 2);
}
const compiled = new URL('../dist-runtime/server/runtime-cli.js', import.meta.url);
// In a clone of the repository (nothing compiled), run the sources: Node >= 22.18 strips types by default.
const entry = existsSync(compiled) ? compiled : new URL('../src/server/runtime-cli.ts', import.meta.url);
const { runRuntimeCli } = await import(entry.href);
await runRuntimeCli(args);
