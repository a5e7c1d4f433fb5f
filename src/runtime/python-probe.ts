/**
 * Whether the local runtime runs Python programs: its health route says
 * `{"runtime":"local","python":"3.11.7"}`, or `"python": null` on a machine without python3 (older
 * hosts say nothing, which counts as none). Free of DOM and Node imports; `fetch` is passed in.
 */

/** The python3 version in a health answer, or null. */
export function pythonOfHealth(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { runtime, python } = body as { runtime?: unknown; python?: unknown };
  return runtime === 'local' && typeof python === 'string' && python !== '' ? python : null;
}

/**
 * Ask the health route at `url` which python3 the runtime has. Null when it has none or does not
 * answer; never throws; gives up after `timeoutMs`.
 * @param timeoutMs @default 3000
 */
export async function probeLocalPython(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = 3000): Promise<string | null> {
  try {
    const response = await fetchImpl(url, { cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? pythonOfHealth(await response.json()) : null;
  } catch {
    return null;
  }
}
