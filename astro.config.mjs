// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { rehypeBilingualHeadings } from './src/content/rehype-bilingual-headings.ts';
import { coiServiceWorker } from './src/integrations/coi-serviceworker.ts';
import { runtimeIntegration } from './src/server/runtime-integration.ts';
import { monacoCssOnDemand } from './src/components/sandbox/vite-plugin-monaco-css.ts';
import { monacoSlim } from './src/components/sandbox/vite-plugin-monaco-slim.ts';
import { lazyPagefindUi } from './src/integrations/lazy-pagefind-ui.ts';

/**
 * Cross-origin isolation: WebContainers need SharedArrayBuffer, which needs these two headers.
 * `npm start`'s own server sends them too (src/server/static-server.ts).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// Test builds only (`WEBCONTAINER_STANDIN=1`, into dist-standin/): `@webcontainer/api` becomes the
// stand-in backed by the local runtime host (tests/webcontainer-standin/). Published builds never set it.
// Both the variable and the dist-standin/ output are required, so a stray variable cannot leak it into dist/.
const standinAlias = process.env.WEBCONTAINER_STANDIN === '1' && process.argv.includes('dist-standin')
  ? { alias: [{ find: /^@webcontainer\/api$/, replacement: new URL('./tests/webcontainer-standin/index.ts', import.meta.url).pathname }] }
  : undefined;

// GitHub Pages serves a project site under /<repo>/; SITE_BASE and SITE_URL set it at build time.
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Used by `astro dev` and `astro preview` alike.
  server: { host: '127.0.0.1', headers: isolationHeaders },
  // `## 中文 | English` headings become two language spans (the unified processor runs rehype plugins).
  markdown: { processor: unified({ rehypePlugins: [rehypeBilingualHeadings] }) },
  // Monaco's CSS is injected by the editor when it loads, never hoisted into every page's <head> (withastro/astro#9495).
  // Search's UI loads when search is opened, not on every page's first idle moment.
  // Parts of Monaco no sandbox uses (diff editor, quick input, trees, WebGPU renderer) are stubbed out of its chunk.
  vite: { plugins: [monacoCssOnDemand(), monacoSlim(), lazyPagefindUi()], ...(standinAlias ? { resolve: standinAlias } : {}) },
  integrations: [
    coiServiceWorker(),
    // `npm run dev` serves the local runtime too (WebSocket at <base>__runtime).
    runtimeIntegration(),
    starlight({
      title: { 'zh-CN': 'live-sockets 网络编程与并发', en: 'live-sockets' },
      description: '《Python 网络编程与并发》学习笔记的中英双语互动版：每个例子都能运行。',
      // Root locale zh-CN: Pagefind segments Chinese only on pages whose <html lang> is Chinese.
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['./src/styles/bilingual.css'],
      components: {
        Head: './src/components/starlight/Head.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        SiteTitle: './src/components/starlight/SiteTitle.astro',
        TableOfContents: './src/components/starlight/TableOfContents.astro',
        MobileTableOfContents: './src/components/starlight/MobileTableOfContents.astro',
        Sidebar: './src/components/starlight/Sidebar.astro',
        Pagination: './src/components/starlight/Pagination.astro',
      },
      // Labels are rewritten to `中文 | English` from each page's frontmatter (src/route-middleware.ts).
      sidebar: [
        { label: '首页', link: '/' },
        ...['network-basics', 'tcp-udp-protocols', 'tcp-udp-sockets', 'sticky-packets', 'socketserver',
          'concurrency-basics', 'processes', 'mutex-and-ipc', 'threads', 'glossary'].map((slug) => ({ slug })),
      ],
      routeMiddleware: './src/route-middleware.ts',
    }),
  ],
});
