/**
 * Node's type definitions for the editor's JavaScript language service, so hovering `net.createServer`
 * or completing `socket.` works. Loaded lazily after the editor is shown (about 1 MB of text), and
 * limited to the modules the sandboxes use plus the declarations those depend on.
 * (A glob rather than `import x from '…d.ts?raw'`: TypeScript refuses imports of .d.ts specifiers;
 * `exhaustive` lets the glob look inside node_modules.)
 */
import type { javascriptDefaults } from 'monaco-editor/languages/features/typescript/register';

const LIBS = import.meta.glob<string>(
  [
    '/node_modules/@types/node/{globals,globals.typedarray,buffer.buffer,buffer,console,string_decoder}.d.ts',
    '/node_modules/@types/node/{net,dgram,child_process,worker_threads,events,stream,readline,timers,fs,path,url,os,dns,process}.d.ts',
    '/node_modules/@types/node/{stream,readline,timers,fs,dns}/{promises,web}.d.ts',
    '/node_modules/@types/node/compatibility/iterators.d.ts',
    '/node_modules/@types/node/web-globals/{abortcontroller,domexception,events,fetch,streams}.d.ts',
  ],
  { query: '?raw', import: 'default', eager: true, exhaustive: true },
);

/** Register the typings as extra libraries of the JavaScript defaults (one worker update). */
export function addNodeTypings(defaults: typeof javascriptDefaults): void {
  defaults.setExtraLibs(Object.entries(LIBS).map(([path, content]) => ({ content, filePath: `file://${path}` })));
}
