/**
 * Serves `coi-serviceworker` (npm package) at `<base>coi-serviceworker.js`: copied into the build
 * output, and answered by the dev server. GitHub Pages cannot send COOP/COEP headers; this service
 * worker adds them so the page becomes cross-origin isolated (DESIGN.md §6). It must sit at the
 * base path, not under /_astro/, because a service worker only controls pages below its own folder.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const COI_FILE = 'coi-serviceworker.js';

function sourcePath(): string {
  return createRequire(import.meta.url).resolve('coi-serviceworker/coi-serviceworker.min.js');
}

export function coiServiceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'live-sockets:coi-serviceworker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== `${base}${COI_FILE}`) return next();
          readFile(sourcePath()).then((body) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(body);
          }, next);
        });
      },
      'astro:build:done': async ({ dir }) => {
        await copyFile(sourcePath(), fileURLToPath(new URL(COI_FILE, dir)));
      },
    },
  };
}
