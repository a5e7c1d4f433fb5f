/**
 * "Download .zip" (`[data-action="download"]`): the sandbox as it is now — edited files, shared
 * modules, the arguments in the README's command lines — saved as `<id>.zip` (sandbox-zip.ts).
 */
import { archiveFiles, createZip } from './sandbox-zip.ts';
import { formatArgs } from './program-args.ts';
import { programCommand } from '../../sandbox/schema.ts';
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
