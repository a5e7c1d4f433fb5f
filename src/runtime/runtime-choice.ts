/**
 * Which runtime a page uses. Pure, except {@link probeLocalRuntime}, which asks the server.
 *
 * Order: `?runtime=webcontainer|local` forces one; otherwise the local runtime when the page is served
 * by our own server (it answers `GET <base>__runtime/health`), the WebContainer elsewhere. After the
 * WebContainer failed to boot, the local runtime is used when it answers — even when WebContainer was
 * forced, since a failed WebContainer cannot be retried without a reload. A tab paired with a
 * stand-alone local runtime (`npm run runtime`, see `pairing.ts`) uses it unless a kind is forced.
 */

export type RuntimeKind = 'webcontainer' | 'local';

export interface RuntimeChoiceInput {
  /** The page's query string, e.g. `location.search`. */
  search: string;
  /** Whether {@link probeLocalRuntime} found the local runtime. */
  localAvailable: boolean;
  /** Whether the WebContainer already failed to boot on this page. @default false */
  webContainerFailed?: boolean;
  /** Whether this tab is paired with a stand-alone local runtime. @default false */
  paired?: boolean;
}

/**
 * Choose the runtime kind.
 * @example chooseRuntimeKind({ search: '?runtime=local', localAvailable: false }) // → 'local'
 */
export function chooseRuntimeKind(input: RuntimeChoiceInput): RuntimeKind {
  if (input.webContainerFailed && input.localAvailable) return 'local';
  const forced = new URLSearchParams(input.search).get('runtime');
  if (forced === 'webcontainer' || forced === 'local') return forced;
  return input.localAvailable || input.paired ? 'local' : 'webcontainer';
}

/** The health route of the local runtime under the site's base path. */
export function localRuntimeHealthPath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}__runtime/health`;
}

/**
 * Whether our own server answers at `<base>__runtime/health` with `{"runtime":"local"}`.
 * Never throws; gives up after `timeoutMs`.
 * @param timeoutMs @default 2000
 */
export async function probeLocalRuntime(base: string, fetchImpl: typeof fetch = fetch, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetchImpl(localRuntimeHealthPath(base), {
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && (body as { runtime?: unknown }).runtime === 'local';
  } catch {
    return false;
  }
}
