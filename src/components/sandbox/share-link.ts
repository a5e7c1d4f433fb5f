/**
 * Share links: a sandbox's edited files and arguments carried in the URL fragment
 * (`#share=<sandbox id>~<data>`), so nothing is sent anywhere. The data is JSON, compressed with
 * deflate-raw (CompressionStream) and written in base64url. Pure (no DOM): unit-tested in Node.
 * A link is checked completely before anything is applied, so a damaged one is never half-applied.
 */

/** What a link carries: only what differs from the originals. */
export interface SharePayload {
  /** Edited files (name → text). */
  files: Record<string, string>;
  /** Edited arguments (program → text as typed). */
  args: Record<string, string>;
}

/** The fragment's key. */
export const SHARE_PREFIX = '#share=';
/** Links longer than this (characters of the fragment) are refused: browsers and chat tools cut them. */
export const MAX_SHARE_CHARS = 32_000;
/** What a typical edit stays under (for the tests and the docs). */
export const TYPICAL_SHARE_CHARS = 8_000;

/** Why a link cannot be made or opened. */
export type ShareProblem = 'too-large' | 'damaged' | 'unknown-file' | 'unknown-program';

export class ShareError extends Error {
  readonly problem: ShareProblem;
  constructor(problem: ShareProblem, detail = '') {
    super(`share link: ${problem}${detail ? ` (${detail})` : ''}`);
    this.problem = problem;
    this.name = 'ShareError';
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareError('damaged', 'not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The fragment (`#share=…`) that carries `payload` for sandbox `id`. Throws ShareError('too-large'). */
export async function encodeShare(id: string, payload: SharePayload): Promise<string> {
  const json = JSON.stringify({ v: 1, files: payload.files, args: payload.args });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  const fragment = `${SHARE_PREFIX}${id}~${toBase64Url(packed)}`;
  if (fragment.length > MAX_SHARE_CHARS) throw new ShareError('too-large', `${fragment.length} characters`);
  return fragment;
}

/** The sandbox id a fragment is for, or null when it is not a share link. */
export function shareTarget(hash: string): string | null {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const at = hash.indexOf('~');
  return at > SHARE_PREFIX.length ? decodeURIComponent(hash.slice(SHARE_PREFIX.length, at)) : null;
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/**
 * Read a share fragment for a sandbox with `files` (editable names) and `programs`. Throws
 * ShareError when it is too large, damaged, or names a file or program the sandbox does not have.
 */
export async function decodeShare(hash: string, files: readonly string[], programs: readonly string[]): Promise<SharePayload> {
  if (hash.length > MAX_SHARE_CHARS) throw new ShareError('too-large');
  const at = hash.indexOf('~');
  if (!hash.startsWith(SHARE_PREFIX) || at < 0) throw new ShareError('damaged', 'no data');
  let data: unknown;
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(at + 1)), new DecompressionStream('deflate-raw'));
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    throw err instanceof ShareError ? err : new ShareError('damaged', (err as Error).message);
  }
  const record = data as { v?: unknown; files?: unknown; args?: unknown };
  if (typeof data !== 'object' || data === null || record.v !== 1 || !isStringRecord(record.files) || !isStringRecord(record.args)) {
    throw new ShareError('damaged', 'unexpected content');
  }
  const unknownFile = Object.keys(record.files).find((f) => !files.includes(f));
  if (unknownFile !== undefined) throw new ShareError('unknown-file', unknownFile);
  const unknownProgram = Object.keys(record.args).find((p) => !programs.includes(p));
  if (unknownProgram !== undefined) throw new ShareError('unknown-program', unknownProgram);
  return { files: record.files, args: record.args };
}
