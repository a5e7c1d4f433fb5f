/**
 * The data a `<live-sandbox>` element reads from its `<script type="application/json">`: what
 * it needs to edit, mount and run the sandbox. Built at build time from a {@link SandboxSource}.
 */
import type { Bilingual, Language, Program, RuntimeKind } from '../../sandbox/schema.ts';
import type { FileMap } from '../../runtime/types.ts';
import type { SandboxSource } from './sandbox-source.ts';

export interface PageProgram {
  name: string;
  entry: string;
  args: string[];
  label?: Bilingual;
  /** Absent for Node programs; `python` ones run with python3 on the local runtime only. */
  language?: Language;
  /** Suggested flags for the arguments field (sandbox.json `flags`). */
  flags?: NonNullable<Program['flags']>;
  /** A Python program's origin (the notes' code, or a corrected copy and what changed). */
  python?: NonNullable<Program['python']>;
}

export interface SandboxPageData {
  id: string;
  title: Bilingual;
  runtimes: RuntimeKind[];
  programs: PageProgram[];
  /** Every program file, for mounting; the editable ones are listed in `editable`. */
  files: FileMap;
  /** Files shown in the editor, in tab order (program entries first). */
  editable: string[];
  /** sandbox.json `features`: `net`/`dgram` sandboxes run with the wire probe and show the wire view. */
  features: string[];
  /** The notes' Python (original.py), for the downloaded .zip. */
  original?: string;
}

/** Files larger than this are mounted but neither highlighted nor edited (data such as big.txt). */
export const MAX_EDITABLE_CHARS = 100_000;

/** Whether `file` is source a reader edits (JavaScript, Python, JSON, text under the size limit). */
export function isEditable(file: string, text: string): boolean {
  return /\.(m?js|py|json|txt|md)$/.test(file) && text.length <= MAX_EDITABLE_CHARS;
}

/** Program entries first (in program order), then the other files alphabetically. */
export function fileOrder(source: SandboxSource): string[] {
  const entries = source.sandbox.programs.map((p) => p.entry);
  const rest = Object.keys(source.files).filter((f) => !entries.includes(f)).sort();
  return [...new Set([...entries, ...rest])];
}

/** Build the page data of a sandbox. */
export function toPageData(source: SandboxSource): SandboxPageData {
  return {
    id: source.id,
    title: source.sandbox.title,
    runtimes: source.sandbox.runtimes,
    programs: source.sandbox.programs.map((p) => ({
      name: p.name,
      entry: p.entry,
      args: p.args,
      ...(p.label ? { label: p.label } : {}),
      ...(p.language === 'python' ? { language: p.language } : {}),
      ...(p.python ? { python: p.python } : {}),
      ...(p.flags.length ? { flags: p.flags } : {}),
    })),
    files: source.files,
    editable: fileOrder(source).filter((f) => isEditable(f, source.files[f] ?? '')),
    features: source.sandbox.features,
    ...(source.original !== undefined ? { original: source.original } : {}),
  };
}

/** JSON for a `<script type="application/json">`: `<` escaped so file text cannot close the script. */
export function serializePageData(data: SandboxPageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
