/**
 * Astro integration: serves the local runtime from the dev server (`npm run dev`), at the same
 * `<base>__runtime` endpoint and health route as `npm start`'s server.
 * @example integrations: [runtimeIntegration(), starlight({ … })] // astro.config.mjs
 */
import type { Server } from 'node:http';
import type { AstroIntegration } from 'astro';
import { attachRuntimeHost, handleRuntimeHttp, type RuntimeHost } from './runtime-host.ts';

/** The integration; it reads the site's `base` from the resolved config. */
export function runtimeIntegration(): AstroIntegration {
  let base = '/';
  let host: RuntimeHost | undefined;
  return {
    name: 'live-sockets:local-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        // Astro's dev base middleware runs first and strips the base from `req.url`, so
        // `<base>__runtime/health` arrives here as `/__runtime/health` (the raw URL is matched too).
        server.middlewares.use((req, res, next) => {
          if (!handleRuntimeHttp(req, res, base) && !handleRuntimeHttp(req, res, '/')) next();
        });
        // Absent in middleware mode; the dev server we run always has one (an http.Server: no TLS).
        if (server.httpServer) host = attachRuntimeHost(server.httpServer as Server, { base });
      },
      'astro:server:done': async () => {
        await host?.close();
        host = undefined;
      },
    },
  };
}
