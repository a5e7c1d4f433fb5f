/**
 * "在我的电脑上运行 / Run on my computer": the part of a sandbox's runtime indicator that pairs the
 * page with a local runtime the reader starts (`npx live-sockets runtime`), shown only where the
 * page's own server has none (GitHub Pages). Once paired it says "paired with 127.0.0.1:<port>" and
 * offers Disconnect; a refusal gets its own explanation. State lives in the provider (one per page).
 */
import { PAIRING, setBilingual } from './messages.ts';
import type { RuntimeProvider } from './runtime-provider.ts';
import type { Bilingual } from '../../sandbox/schema.ts';

/** Whether the tab is paired but the host did not accept this page (then nothing may run on it). */
export function pairingBlocksRun(provider: RuntimeProvider): boolean {
  return provider.kind === 'local' && provider.pairing !== null && provider.pairing.status !== 'ok';
}

/** The one command the reader copies. */
export function pairingCommand(siteUrl: string): string {
  return `npx live-sockets runtime --site ${siteUrl}`;
}

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: Bilingual): HTMLElementTagNameMap[K] => {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) setBilingual(node, text);
  return node;
};

const button = (doc: Document, action: string, text: Bilingual): HTMLButtonElement =>
  el(doc, 'button', { type: 'button', class: 'sb-button', 'data-action': action }, text);

/** Build the controls and the panel of `root` once; returns them. */
function ensureParts(root: HTMLElement, provider: RuntimeProvider): { controls: HTMLElement; panel: HTMLElement } | null {
  const indicator = root.querySelector<HTMLElement>('[data-runtime-indicator]');
  if (!indicator) return null;
  let controls = indicator.querySelector<HTMLElement>('[data-pairing-controls]');
  let panel = root.querySelector<HTMLElement>('[data-pairing]');
  if (controls && panel) return { controls, panel };
  const doc = root.ownerDocument;
  const id = `${root.dataset['sandbox'] ?? 'sb'}-pairing-${Math.random().toString(36).slice(2, 8)}`;
  controls = el(doc, 'span', { 'data-pairing-controls': '' });
  const offer = button(doc, 'show-pairing', PAIRING.offer);
  offer.classList.add('sb-link');
  offer.setAttribute('aria-controls', id);
  offer.setAttribute('aria-expanded', 'false');
  controls.append(el(doc, 'span', { 'data-paired-with': '' }), ' ', button(doc, 'unpair', PAIRING.disconnect), offer);
  indicator.append(' ', controls);

  panel = el(doc, 'div', { class: 'sb-pairing', 'data-pairing': '', id, role: 'group' });
  panel.hidden = true;
  const command = el(doc, 'code', { 'data-pairing-command': '' });
  command.textContent = pairingCommand(provider.siteUrl);
  const input = el(doc, 'input', { type: 'text', 'data-pairing-input': '', autocomplete: 'off', spellcheck: 'false', placeholder: '…#runtime=ws://127.0.0.1:4322/__runtime&token=…' });
  input.setAttribute('aria-label', `${PAIRING.field.zh} / ${PAIRING.field.en}`);
  const status = el(doc, 'div', { 'data-pairing-status': '', role: 'status' });
  panel.append(
    el(doc, 'p', {}, PAIRING.statement),
    el(doc, 'p', {}, PAIRING.step1),
    el(doc, 'p', { class: 'sb-pairing-command' }),
    el(doc, 'p', { class: 'sb-pairing-aside' }, PAIRING.fromClone),
    el(doc, 'p', {}, PAIRING.step2),
    el(doc, 'p', { class: 'sb-pairing-link' }),
    status,
  );
  panel.querySelector('.sb-pairing-command')?.append(command, ' ', button(doc, 'copy-pairing-command', PAIRING.copy), el(doc, 'span', { 'data-copy-note': '', role: 'status' }));
  panel.querySelector('.sb-pairing-link')?.append(input, ' ', button(doc, 'pair', PAIRING.connect));
  indicator.after(panel);
  wire(root, provider, panel);
  return { controls, panel };
}

/** Show what the provider's pairing state means in `root` (idempotent; called on every change). */
export function renderPairing(root: HTMLElement, provider: RuntimeProvider, badLink = false): void {
  if (provider.servedLocal) return;
  const parts = ensureParts(root, provider);
  if (!parts) return;
  const { controls, panel } = parts;
  const pairing = provider.pairing;
  const ok = pairing?.status === 'ok';
  const pairedWith = controls.querySelector<HTMLElement>('[data-paired-with]');
  if (pairedWith) {
    if (ok && pairing) setBilingual(pairedWith, PAIRING.pairedWith(pairing.label));
    else pairedWith.replaceChildren();
    pairedWith.hidden = !ok;
  }
  const unpair = controls.querySelector<HTMLElement>('[data-action="unpair"]');
  if (unpair) unpair.hidden = pairing === null;
  const offer = controls.querySelector<HTMLElement>('[data-action="show-pairing"]');
  if (offer) offer.hidden = ok;

  const status = panel.querySelector<HTMLElement>('[data-pairing-status]');
  if (!status) return;
  const problem = badLink ? 'bad-link' : pairing && pairing.status !== 'ok' && pairing.status !== 'checking' ? pairing.status : null;
  status.dataset['problem'] = problem ?? '';
  status.dataset['state'] = badLink ? 'bad-link' : (pairing?.status ?? 'none');
  const doc = root.ownerDocument;
  if (problem) {
    const text = problem === 'bad-link' || !pairing ? PAIRING.problems['bad-link'] : PAIRING.problems[problem](pairing.label);
    const actions = el(doc, 'p');
    if (!badLink) actions.append(button(doc, 'retry-pairing', PAIRING.retry));
    status.replaceChildren(el(doc, 'p', {}, text), el(doc, 'p', {}, PAIRING.recordingStays), actions);
    panel.hidden = false;
  } else if (pairing?.status === 'checking') {
    status.replaceChildren(el(doc, 'p', {}, PAIRING.checking));
  } else if (ok && pairing) {
    status.replaceChildren(el(doc, 'p', {}, PAIRING.ok(pairing.label)));
    panel.hidden = true;
  } else status.replaceChildren();
  offer?.setAttribute('aria-expanded', String(!panel.hidden));
}

function wire(root: HTMLElement, provider: RuntimeProvider, panel: HTMLElement): void {
  const input = panel.querySelector<HTMLInputElement>('[data-pairing-input]');
  const pair = async (): Promise<void> => {
    const link = input?.value ?? '';
    // The link holds the token: it does not stay in the field.
    if (input) input.value = '';
    const result = await provider.pair(link);
    renderPairing(root, provider, result === 'bad-link');
  };
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void pair();
  });
  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!target || !root.contains(target)) return;
    const action = target.dataset['action'];
    if (action === 'show-pairing') {
      panel.hidden = !panel.hidden;
      target.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden) input?.focus();
    } else if (action === 'copy-pairing-command') {
      const text = panel.querySelector('[data-pairing-command]')?.textContent ?? '';
      const note = panel.querySelector('[data-copy-note]');
      // The clipboard needs a secure context and permission: where it fails, the command stays selectable.
      void navigator.clipboard?.writeText(text).then(() => note && setBilingual(note, PAIRING.copied), () => {});
    } else if (action === 'pair') void pair();
    else if (action === 'retry-pairing') void provider.recheckPairing();
    else if (action === 'unpair') provider.unpair();
  });
}
