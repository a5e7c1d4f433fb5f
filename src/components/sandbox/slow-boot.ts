/**
 * A WebContainer boot that is taking long gets a second, fuller note: the reader learns it needs
 * stackblitz.com (unreachable from many networks, China's among them), when the page will give up,
 * and that the recorded output is there meanwhile — instead of a bare "Starting…" for 30 seconds.
 */
import type { Bilingual } from '../../sandbox/schema.ts';
import type { RuntimeProvider } from './runtime-provider.ts';

/** When to say more: a quarter of the boot timeout, between 0.5 s and 6 s (30 s timeout → 6 s). */
export function slowBootAfterMs(bootTimeoutMs: number): number {
  return Math.min(6000, Math.max(500, Math.round(bootTimeoutMs / 4)));
}

/** The fuller note, naming the timeout in whole seconds (at least 1). */
export function slowBootText(bootTimeoutMs: number): Bilingual {
  const s = Math.max(1, Math.round(bootTimeoutMs / 1000));
  return {
    zh: `WebContainer 还在启动：它需要连上 stackblitz.com，连不上时 ${s} 秒后放弃。等待时，可以先看每个程序下面“录制的输出”。`,
    en: `The WebContainer is still starting: it needs to reach stackblitz.com, and gives up after ${s} s if it cannot. Meanwhile, the “Recorded output” under each program shows a real run.`,
  };
}

/**
 * Call `onSlow` once if the provider's WebContainer is still booting after {@link slowBootAfterMs}.
 * Returns a function that cancels the wait (call it when the run starts or fails).
 */
export function watchSlowBoot(provider: Pick<RuntimeProvider, 'kind' | 'bootState' | 'bootTimeoutMs'>, onSlow: (text: Bilingual) => void): () => void {
  // Not started yet (`idle`: the first spawn is on its way) counts as booting too.
  const booting = (): boolean => provider.kind === 'webcontainer' && (provider.bootState.status === 'idle' || provider.bootState.status === 'booting');
  if (!booting()) return () => {};
  const timer = setTimeout(() => {
    if (booting()) onSlow(slowBootText(provider.bootTimeoutMs));
  }, slowBootAfterMs(provider.bootTimeoutMs));
  return () => clearTimeout(timer);
}
