/**
 * The interactive part of one `<live-sandbox>`, created on its first interaction: terminals and
 * program controllers, the editor, the runtime indicator, and the page-wide rule that only one
 * sandbox runs at a time. xterm and Monaco are separate chunks, imported here in parallel.
 */
import { RuntimeUnavailableError } from '../../runtime/boot-state.ts';
import type { EditStore } from './edit-store.ts';
import type { FileTabs } from './file-tabs.ts';
import { LABELS, NOTES, setBilingual } from './messages.ts';
import type { SandboxPageData } from './page-data.ts';
import type { ProgramController, ProgramStatus, RunTarget } from './program-controller.ts';
import { isEnabled, wireProgramPanel } from './program-panel.ts';
import { guardPython } from './python-program.ts';
import { argsOf } from './args-field.ts';
import { createRunCoordinator } from './run-coordinator.ts';
import { canRunHere, clearExplanation, renderBootFailure, renderIndicator } from './runtime-indicator.ts';
import { pageRuntimeProvider } from './runtime-provider.ts';
import { watchSlowBoot } from './slow-boot.ts';
import type { SandboxEditor } from './editor-loader.ts';
import { probeWanted, usesWire, WIRE_PROBE_FILE, WIRE_PROBE_SOURCE, wireNodeArgs } from '../../runtime/wire-probe-source.ts';

/** What `<live-sandbox>` forwards to its session. */
export interface Session {
  act(action: string, target: Element): Promise<void>;
  /** A file tab was selected. */
  showFile(file: string): void;
}

const coordinator = createRunCoordinator();

/** Show `text` in the sandbox's note line (null clears it); `kind` lets a later state clear only its own note. */
export function setNote(root: HTMLElement, text: Parameters<typeof setBilingual>[1] | null, kind = 'info'): void {
  const note = root.querySelector<HTMLElement>('[data-note]');
  if (!note) return;
  if (text) setBilingual(note, text);
  else note.replaceChildren();
  note.dataset['kind'] = text ? kind : '';
}

/** Clear the note if it is of `kind`. */
function clearNote(root: HTMLElement, kind: string): void {
  if (root.querySelector<HTMLElement>('[data-note]')?.dataset['kind'] === kind) setNote(root, null);
}

/** A port for the local runtime, shared by a sandbox's programs (the client must find the server). */
function pickPort(): number {
  // Away from the notes' 8080-8888 and from ephemeral ports; random so two tabs rarely collide.
  return 20_000 + Math.floor(Math.random() * 20_000);
}

/**
 * Start the session of `root`; resolves once its terminals are ready (the editor may still load).
 * `first` is what the reader reached for: the code (the editor loads first) or a Run button (the
 * terminals and the run go first; Monaco, much bigger, follows when the page is idle).
 */
export async function startSession(root: HTMLElement, data: SandboxPageData, store: EditStore, tabs: FileTabs, first: 'editor' | 'run'): Promise<Session> {
  // No text appears above the block while loading: a line pushed in there would move the page under the reader's pointer.
  root.setAttribute('aria-busy', 'true');
  const providerReady = pageRuntimeProvider();
  const terminalModule = import('./terminal-panel.ts');
  const port = pickPort();
  const controllers = new Map<string, ProgramController>();
  let editor: SandboxEditor | null = null;

  const prepare = async (): Promise<RunTarget> => {
    const provider = await providerReady;
    const runtime = provider.runtime();
    // Every run mounts what the editor holds now, so edits always take effect.
    const features = probeWanted(provider.kind, location.search) ? data.features : [];
    const probe = usesWire(features) ? { [WIRE_PROBE_FILE]: WIRE_PROBE_SOURCE } : {};
    await runtime.mount(data.id, { ...data.files, ...store.snapshot(), ...probe });
    return { runtime, cwd: data.id, env: provider.kind === 'local' ? { PORT: String(port) } : {}, nodeArgs: wireNodeArgs(features) };
  };

  let editorLoading: Promise<void> | null = null;
  const loadEditor = (): Promise<void> => {
    // editor-mount.ts carries what the reader typed before Monaco came (and the caret) into it.
    editorLoading ??= import('./editor-mount.ts').then(async (m) => {
      editor = await m.mountEditor(root, data, store, tabs);
    });
    return editorLoading;
  };
  if (first === 'editor') void loadEditor();
  else {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void }).requestIdleCallback;
    if (idle) idle(() => void loadEditor(), { timeout: 3000 });
    else setTimeout(() => void loadEditor(), 1000);
  }

  let cancelSlowBoot = (): void => {};
  const onStatus = async (status: ProgramStatus): Promise<void> => {
    const provider = await providerReady;
    if (status.kind === 'starting' && provider.kind === 'webcontainer' && provider.bootState.status !== 'ready') {
      setNote(root, LABELS.booting, 'booting');
      cancelSlowBoot();
      // Still the booting note when it fires, so any outcome of the run clears it the same way.
      cancelSlowBoot = watchSlowBoot(provider, (text) => {
        if (root.querySelector<HTMLElement>('[data-note]')?.dataset['kind'] === 'booting') setNote(root, text, 'booting');
      });
    }
    if (status.kind !== 'starting') {
      cancelSlowBoot();
      clearNote(root, 'booting');
    }
    if (status.kind !== 'failed') return;
    const error = status.error;
    if (error instanceof RuntimeUnavailableError) renderBootFailure(root, error.reason, error.reloadToRetry, provider, data);
    else setNote(root, NOTES.startFailed(error instanceof Error ? error.message : String(error)));
    renderIndicator(root, provider, data);
  };

  const stopAll = async (): Promise<void> => {
    await Promise.all([...controllers.values()].map((c) => c.stop()));
  };
  coordinator.register({
    id: data.id,
    isRunning: () => [...controllers.values()].some((c) => c.isActive()),
    stopAll,
    notifyStopped: () => setNote(root, NOTES.stoppedByOther),
  });

  // Terminals first: a Run click must not wait for Monaco.
  const { createTerminalPanel } = await terminalModule;
  const wire = usesWire(data.features) ? (await import('./wire-view.ts')).createWireView(root) : null;
  for (const program of data.programs) {
    const section = root.querySelector<HTMLElement>(`[data-program="${CSS.escape(program.name)}"]`);
    const container = section?.querySelector<HTMLElement>('[data-terminal]');
    if (!section || !container) continue;
    const label = root.ownerDocument.createElement('span');
    label.className = 'sb-sr-only';
    label.id = `${container.dataset['labelId'] ?? program.name}-terminal`;
    setBilingual(label, LABELS.terminal(program.label ?? { zh: program.name, en: program.name }));
    container.before(label);
    const terminal = createTerminalPanel(container, label.id);
    // A Python program runs on the local runtime only; elsewhere Run explains that (issue 18).
    const run = program.language === 'python' ? guardPython(prepare, async () => (await providerReady).kind) : prepare;
    const onWire = wire ? { onWire: (ev: Parameters<typeof wire.add>[1]) => wire.add(program.name, ev) } : {};
    // The arguments are read at each Run from the panel's field (args-field.ts), so an edit takes effect on the next run.
    const withArgs = { ...program, get args() { return argsOf(section, program.args); } };
    controllers.set(program.name, wireProgramPanel({ section, program: withArgs, terminal, prepare: run, onStatus: (s) => void onStatus(s), ...onWire }));
  }
  root.removeAttribute('aria-busy');

  const provider = await providerReady;
  renderIndicator(root, provider, data);
  let shownKind = provider.kind;
  provider.onChange(() => {
    if (provider.kind !== shownKind) clearExplanation(root);
    shownKind = provider.kind;
    renderIndicator(root, provider, data);
  });

  const programOf = (target: Element): ProgramController | undefined => {
    const name = target.closest<HTMLElement>('[data-program]')?.dataset['program'];
    return name === undefined ? undefined : controllers.get(name);
  };

  return {
    async act(action, target) {
      if (!isEnabled(target)) return;
      if (action === 'run' || action === 'restart') {
        const controller = programOf(target);
        if (!controller) return;
        if (!canRunHere(provider, data)) return renderIndicator(root, provider, data);
        const stopped = await coordinator.claim(data.id);
        setNote(root, stopped.length > 0 ? NOTES.stoppedOthers : null);
        await (action === 'run' ? controller.run() : controller.restart());
      } else if (action === 'stop') {
        await programOf(target)?.stop();
      } else if (action === 'switch-runtime') {
        const next = (target as HTMLElement).dataset['target'] ?? (provider.kind === 'local' ? 'webcontainer' : 'local');
        await coordinator.claim(data.id);
        await stopAll();
        provider.setKind(next === 'local' ? 'local' : 'webcontainer');
      } else if (action === 'reload') {
        location.reload();
      }
    },
    showFile(file) {
      const container = root.querySelector<HTMLElement>('[data-editor]');
      if (!editor || !container) {
        void loadEditor();
        return;
      }
      container.hidden = file === 'original.py';
      if (file !== 'original.py') editor.show(file);
    },
  };
}
