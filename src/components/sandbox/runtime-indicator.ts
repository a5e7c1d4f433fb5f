/**
 * The runtime part of a sandbox's header and its explanations: which runtime runs (WebContainer /
 * 本机 local), the switch where both exist, why the WebContainer cannot run and what to do, and the
 * note for sandboxes that the browser runtime cannot run (UDP, real processes).
 */
import type { BootFailureReason } from '../../runtime/boot-state.ts';
import { ADVICE, LABELS, bootFailureText, setBilingual } from './messages.ts';
import type { RuntimeProvider } from './runtime-provider.ts';
import { pairingBlocksRun, renderPairing } from './pairing-panel.ts';
import { PAIRING } from './messages.ts';
import type { SandboxPageData } from './page-data.ts';
import type { Bilingual } from '../../sandbox/schema.ts';

/** Whether this sandbox can run on the provider's current runtime (not on a paired host that refused the page). */
export function canRunHere(provider: RuntimeProvider, data: SandboxPageData): boolean {
  return data.runtimes.includes(provider.kind) && !pairingBlocksRun(provider);
}

/** The kind the switch offers, or null when there is nothing to switch to. */
export function switchTarget(provider: RuntimeProvider, data: SandboxPageData): 'local' | 'webcontainer' | null {
  if (provider.kind === 'webcontainer') return provider.localAvailable && data.runtimes.includes('local') ? 'local' : null;
  // A WebContainer that failed cannot boot again without a reload.
  const wcUsable = provider.bootState.status !== 'failed';
  return wcUsable && data.runtimes.includes('webcontainer') ? 'webcontainer' : null;
}

const paragraph = (doc: Document, text: Bilingual): HTMLParagraphElement => {
  const p = doc.createElement('p');
  setBilingual(p, text);
  return p;
};

const actionButton = (doc: Document, action: string, text: Bilingual, target?: string): HTMLButtonElement => {
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = 'sb-button';
  b.dataset['action'] = action;
  if (target) b.dataset['target'] = target;
  setBilingual(b, text);
  return b;
};

/** Show the current runtime, the switch, and the browser-only note. */
export function renderIndicator(root: HTMLElement, provider: RuntimeProvider, data: SandboxPageData): void {
  const name = root.querySelector('[data-runtime-name]');
  if (name) setBilingual(name, provider.kind === 'local' ? LABELS.local : LABELS.webcontainer);
  root.dataset['runtime'] = provider.kind;
  const toggle = root.querySelector<HTMLButtonElement>('[data-action="switch-runtime"]');
  const target = switchTarget(provider, data);
  if (toggle) {
    toggle.hidden = target === null;
    if (target) {
      toggle.dataset['target'] = target;
      setBilingual(toggle, LABELS.switchTo[target]);
    }
  }
  const browserOnly = root.querySelector<HTMLElement>('[data-browser-only]');
  if (browserOnly) {
    const blocked = !canRunHere(provider, data);
    browserOnly.hidden = !blocked;
    if (blocked) {
      const doc = root.ownerDocument;
      browserOnly.replaceChildren(paragraph(doc, ADVICE.browserOnlyRecording), paragraph(doc, provider.localAvailable ? ADVICE.useLocal : ADVICE.npmStart));
      if (target === 'local') browserOnly.append(actionButton(doc, 'switch-runtime', LABELS.switchTo.local, 'local'));
      // Local pairing: where the page's server has no runtime, the reader's own machine can run it.
      else if (!provider.servedLocal) browserOnly.append(actionButton(doc, 'show-pairing', PAIRING.offer));
    }
  }
  renderPairing(root, provider);
}

/** Explain a WebContainer that cannot run, with what the reader can do. */
export function renderBootFailure(root: HTMLElement, reason: BootFailureReason, reloadToRetry: boolean, provider: RuntimeProvider, data: SandboxPageData): void {
  const box = root.querySelector<HTMLElement>('[data-explain]');
  if (!box) return;
  const doc = root.ownerDocument;
  box.dataset['reason'] = reason;
  const children: HTMLElement[] = [paragraph(doc, bootFailureText(reason, provider.bootTimeoutMs))];
  if (reloadToRetry) children.push(paragraph(doc, ADVICE.reload));
  const local = provider.localAvailable && data.runtimes.includes('local');
  children.push(paragraph(doc, local ? ADVICE.useLocal : ADVICE.npmStart), paragraph(doc, ADVICE.transcript));
  const actions = doc.createElement('p');
  if (local) actions.append(actionButton(doc, 'switch-runtime', LABELS.switchTo.local, 'local'));
  if (reloadToRetry) actions.append(actionButton(doc, 'reload', LABELS.reload));
  if (actions.childElementCount > 0) children.push(actions);
  box.replaceChildren(...children);
  box.hidden = false;
}

/** Hide the failure explanation (after switching runtime). */
export function clearExplanation(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('[data-explain]');
  if (!box) return;
  box.hidden = true;
  box.replaceChildren();
  delete box.dataset['reason'];
}
