/**
 * Monaco's stylesheet as a string, injected by editor-loader.ts when the editor first loads.
 * The package's exports map has no path to its bundled CSS, so it is reached by file path; `?inline`
 * keeps Vite from emitting it as a page stylesheet (which Astro would hoist into <head>).
 */
import css from '../../../node_modules/monaco-editor/min/vs/editor/editor.main.css?inline';

export default css;
