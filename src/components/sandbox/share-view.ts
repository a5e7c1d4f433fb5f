/**
 * DOM side of share links (share-link.ts): making one from the reader's edits (copied, shown in
 * `[data-share-url]`), and the banner of a sandbox opened from one, whose edits live in a separate,
 * unsaved store so the reader's own stay untouched, one click (`[data-action="own-version"]`) away.
 */
import { decodeShare, encodeShare, SHARE_PREFIX, ShareError, shareTarget, type SharePayload } from './share-link.ts';
import { setBilingual } from './messages.ts';
import { SHARE_TEXT } from './sandbox-extra-messages.ts';
import type { EditStore } from './edit-store.ts';
import type { ArgsStore } from './program-args.ts';
import type { SandboxPageData } from './page-data.ts';

/** The shared edits for `data` in the page's fragment: null when the link is not for it; a ShareError when it cannot be used. */
export async function sharedEdits(data: SandboxPageData, hash = location.hash): Promise<SharePayload | ShareError | null> {
  if (shareTarget(hash) !== data.id) return null;
  try {
    return await decodeShare(hash, data.editable, data.programs.map((p) => p.name));
  } catch (err) {
    return err instanceof ShareError ? err : new ShareError('damaged');
  }
}

function note(root: HTMLElement, text: Parameters<typeof setBilingual>[1], kind: string): void {
  const el = root.querySelector<HTMLElement>('[data-note]');
  if (!el) return;
  setBilingual(el, text);
  el.dataset['kind'] = kind;
}

/** Show why a link could not be used (nothing of it was applied). */
export function showShareProblem(root: HTMLElement, error: ShareError): void {
  root.dataset['shareProblem'] = error.problem;
  note(root, SHARE_TEXT.problem[error.problem], 'share-problem');
  root.scrollIntoView({ block: 'start' });
}

/** Mark `root` as showing shared code, with the way back to the reader's own. */
export function showSharedBanner(root: HTMLElement): void {
  root.dataset['shared'] = '';
  const banner = root.ownerDocument.createElement('p');
  banner.className = 'sb-shared';
  banner.dataset['sharedBanner'] = '';
  const text = root.ownerDocument.createElement('span');
  setBilingual(text, SHARE_TEXT.shared);
  const back = root.ownerDocument.createElement('button');
  back.type = 'button';
  back.className = 'sb-button';
  back.dataset['action'] = 'own-version';
  setBilingual(back, SHARE_TEXT.ownVersion);
  banner.append(text, ' ', back);
  root.querySelector('.sb-head')?.after(banner);
  root.scrollIntoView({ block: 'start' });
}

/** Leave the shared view: drop the fragment and load the reader's own edits. */
export function leaveShared(): void {
  history.replaceState(null, '', location.pathname + location.search);
  location.reload();
}

/** Make the link of the current edits, copy it and show it in `[data-share-url]`. */
export async function makeShareLink(root: HTMLElement, data: SandboxPageData, store: EditStore, args: ArgsStore | null): Promise<void> {
  const payload: SharePayload = {
    files: Object.fromEntries(store.editedFiles().map((f) => [f, store.current(f)])),
    args: Object.fromEntries((args?.editedPrograms() ?? []).map((p) => [p, args?.text(p) ?? ''])),
  };
  let fragment: string;
  try {
    fragment = await encodeShare(data.id, payload);
  } catch (err) {
    if (err instanceof ShareError) return showShareProblem(root, err);
    throw err;
  }
  const url = `${location.origin}${location.pathname}${location.search}${fragment}`;
  const field = root.querySelector<HTMLInputElement>('[data-share-url]');
  if (field) {
    field.value = url;
    field.hidden = false;
    field.select();
  }
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // No clipboard permission (or an insecure page): the field shows the link to copy by hand.
  }
  const empty = Object.keys(payload.files).length === 0 && Object.keys(payload.args).length === 0;
  note(root, empty ? SHARE_TEXT.nothing : copied ? SHARE_TEXT.copied : SHARE_TEXT.notCopied, 'share');
}

export { SHARE_PREFIX };
