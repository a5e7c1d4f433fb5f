/**
 * "Download .zip" (`[data-action="download"]`) and "Open in StackBlitz" (`[data-action="stackblitz"]`): the sandbox as it is now — edited files, shared
 * modules, the arguments in the README's command lines — saved as `<id>.zip` (sandbox-zip.ts).
 */
import { archiveFiles, createZip } from './sandbox-zip.ts';
import { STACKBLITZ_RUN_URL, stackblitzFields } from './stackblitz.ts';
import { formatArgs } from './program-args.ts';
import { programCommand } from '../../sandbox/program-command.ts';
import type { EditStore } from './edit-store.ts';
import type { ArgsStore } from './program-args.ts';
import type { SandboxPageData } from './page-data.ts';

/** The archive's files for the sandbox's current state. */
export function currentArchive(data: SandboxPageData, store: EditStore, args: ArgsStore | null): Record<string, string> {
  return archiveFiles({
    id: data.id,
    title: data.title,
    files: { ...data.files, ...store.snapshot() },
    commands: data.programs.map((p) => {
      const extra = formatArgs(args?.args(p.name) ?? p.args);
      return { name: p.name, command: `${programCommand(p)} ${p.entry}${extra ? ` ${extra}` : ''}` };
    }),
    original: data.original,
  });
}

/** Save the archive through a temporary link (nothing leaves the page). */
export function downloadZip(root: HTMLElement, data: SandboxPageData, store: EditStore, args: ArgsStore | null): void {
  const bytes = createZip(currentArchive(data, store, args));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = root.ownerDocument.createElement('a');
  link.href = url;
  link.download = `${data.id}.zip`;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Open the sandbox, as it is now, on StackBlitz: a form POST in a new tab, built on this click. */
export function openInStackBlitz(root: HTMLElement, data: SandboxPageData, store: EditStore, args: ArgsStore | null): void {
  const doc = root.ownerDocument;
  const form = doc.createElement('form');
  form.method = 'POST';
  form.action = STACKBLITZ_RUN_URL;
  form.target = '_blank';
  form.hidden = true;
  const first = data.programs.find((p) => p.language !== 'python') ?? data.programs[0];
  const extra = first ? formatArgs(args?.args(first.name) ?? first.args) : '';
  const files = Object.fromEntries(Object.entries({ ...data.files, ...store.snapshot() }).filter(([f]) => !f.endsWith('.py')));
  for (const [name, value] of stackblitzFields({ id: data.id, title: data.title, files, start: first ? `node ${first.entry}${extra ? ` ${extra}` : ''}` : 'node' })) {
    const input = doc.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  root.append(form);
  form.submit();
  form.remove();
}
