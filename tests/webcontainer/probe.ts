/** Does stackblitz.com answer? A short request, so an offline run skips in seconds. */
export async function probeStackblitz(timeoutMs = 5_000): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const res = await fetch('https://stackblitz.com/', { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    return res.status < 500 ? { ok: true } : { ok: false, reason: `stackblitz.com answered ${res.status}` };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    return { ok: false, reason: `stackblitz.com did not answer within ${timeoutMs} ms (${cause}); WebContainers cannot boot without it` };
  }
}
