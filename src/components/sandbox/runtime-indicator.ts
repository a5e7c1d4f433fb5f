/**
 * The runtime part of a sandbox's header and its explanations: which runtime runs (WebContainer /
 * 本机 local), the switch where both exist, why the WebContainer cannot run and what to do, and the
 * note for sandboxes that the browser runtime cannot run (UDP, real processes).
 */
import type { BootFailureReason } from '../../runtime/boot-state.ts';
import { ADVICE, LABELS, WEBCONTAINER_TEXT, bootFailureText, setBilingual } from './messages.ts';
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
  renderWebContainerNotes(root, provider);
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
  const why = bootFailureText(reason, provider.bootTimeoutMs);
  const late = reason === 'timeout' ? ADVICE.lateBoot : null;
  const children: HTMLElement[] = [paragraph(doc, late ? { zh: why.zh + late.zh, en: `${why.en} ${late.en}` } : why)];
  if (reloadToRetry) children.push(paragraph(doc, ADVICE.reload));
  const local = provider.localAvailable && data.runtimes.includes('local');
  children.push(paragraph(doc, local ? ADVICE.useLocal : ADVICE.npmStart), paragraph(doc, ADVICE.transcript));
  const actions = doc.createElement('p');
  if (reason === 'ask') actions.append(bootAnywayLink(doc));
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

// ── WebContainer-specific parts (issue 12) ───────────────────────────────────────────────────────

/** A link that reloads the page asking for the boot the browser gate held back (iOS, mobile). */
function bootAnywayLink(doc: Document): HTMLAnchorElement {
  const a = doc.createElement('a');
  const url = new URL(doc.location.href);
  url.searchParams.set('runtime', 'webcontainer');
  url.searchParams.set('boot', 'force');
  a.href = url.href;
  a.className = 'sb-button';
  a.dataset['action'] = 'boot-anyway';
  setBilingual(a, WEBCONTAINER_TEXT.bootAnyway);
  return a;
}

/**
 * The WebContainer's own notes beside the runtime name: that support in this browser is a preview
 * (Firefox beta, Safari alpha), that signal handlers do not run there, and — when a boot answered
 * after the timeout — that it is ready after all, in place of the failure explanation.
 */
function renderWebContainerNotes(root: HTMLElement, provider: RuntimeProvider): void {
  const doc = root.ownerDocument;
  const indicator = root.querySelector<HTMLElement>('[data-runtime-indicator]');
  let notes = root.querySelector<HTMLElement>('[data-webcontainer-notes]');
  if (provider.kind !== 'webcontainer') {
    notes?.remove();
    return;
  }
  if (!notes && indicator) {
    notes = doc.createElement('div');
    notes.className = 'sb-note';
    notes.dataset['webcontainerNotes'] = '';
    indicator.after(notes);
  }
  if (notes) {
    const parts = [paragraph(doc, WEBCONTAINER_TEXT.signals)];
    const browser = provider.browser;
    if (browser?.verdict === 'preview') parts.unshift(paragraph(doc, WEBCONTAINER_TEXT.preview(browser.browser, browser.stage)));
    notes.replaceChildren(...parts);
  }
  const state = provider.bootState;
  const box = root.querySelector<HTMLElement>('[data-explain]');
  if (state.status === 'ready' && state.late && box && box.dataset['reason'] === 'timeout') {
    box.dataset['reason'] = 'late-ready';
    box.setAttribute('role', 'status');
    box.replaceChildren(paragraph(doc, WEBCONTAINER_TEXT.lateReady));
    box.hidden = false;
  }
}
