// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { rehypeBilingualHeadings } from './src/content/rehype-bilingual-headings.ts';
import { coiServiceWorker } from './src/integrations/coi-serviceworker.ts';
import { runtimeIntegration } from './src/server/runtime-integration.ts';

/**
 * Cross-origin isolation: WebContainers need SharedArrayBuffer, which needs these two headers.
 * `npm start`'s own server sends them too (src/server/static-server.ts).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// GitHub Pages serves a project site under /<repo>/; SITE_BASE and SITE_URL set it at build time.
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  server: { host: '127.0.0.1', headers: isolationHeaders },
  preview: { host: '127.0.0.1', headers: isolationHeaders },
  markdown: { rehypePlugins: [rehypeBilingualHeadings] },
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
      sidebar: [
        { label: '首页 | Home', link: '/' },
        { label: '网络基础：架构与分层 | Network basics: architectures and layers', link: '/network-basics/' },
        { label: '传输层与应用层：TCP、UDP、DNS | Transport and application layers: TCP, UDP, DNS', link: '/tcp-udp-protocols/' },
        { label: '套接字：TCP 与 UDP | Sockets: TCP and UDP', link: '/tcp-udp-sockets/' },
        { label: '粘包问题与报头 | Sticky packets and length-prefixed framing', link: '/sticky-packets/' },
        { label: 'socketserver 与并发服务端 | socketserver and concurrent servers', link: '/socketserver/' },
        { label: '多道技术与进程理论 | Multiprogramming and process theory', link: '/concurrency-basics/' },
        { label: '进程：创建、join、隔离、僵尸与守护 | Processes: start, join, isolation, zombies, daemons', link: '/processes/' },
        { label: '互斥锁与进程间通信 | Mutex and inter-process communication', link: '/mutex-and-ipc/' },
        { label: '线程理论与 worker_threads | Thread theory and worker_threads', link: '/threads/' },
        { label: '术语表 | Glossary', link: '/glossary/' },
      ],
    }),
  ],
});
