/** vite-plugin-monaco-css.ts: the URL of the editor's stylesheet, or null under `astro dev`. */
declare module 'virtual:live-sockets/monaco-css-url' {
  const url: string | null;
  export default url;
}
