/**
 * DOM wiring of one program panel: the controller's status shown in `[data-status]` and in words,
 * and which of Run / Stop / Restart can be used. Buttons use `aria-disabled` rather than `disabled`
 * so that keyboard focus stays on a button whose state changes under it.
 */
import { createLineDiscipline } from '../../runtime/line-discipline.ts';
import { createProgramController, type ProgramController, type ProgramControllerOptions, type ProgramStatus, type RunTarget } from './program-controller.ts';
import { NOTES, setBilingual, statusText } from './messages.ts';
import type { PageProgram } from './page-data.ts';
import type { TerminalPanel } from './terminal-panel.ts';

export interface ProgramPanelOptions {
  section: HTMLElement;
  program: PageProgram;
  terminal: TerminalPanel;
  prepare(): Promise<RunTarget>;
  /** Session-level reactions (explanations, notes). */
  onStatus(status: ProgramStatus): void;
  /** Socket events for the wire view (issue 15). */
  onWire?: ProgramControllerOptions['onWire'];
}

/** Set a button's availability without taking it out of the tab order. */
export function setEnabled(button: Element | null, enabled: boolean): void {
  button?.setAttribute('aria-disabled', String(!enabled));
}

/** Whether a click on `button` should act. */
export function isEnabled(button: Element): boolean {
  return button.getAttribute('aria-disabled') !== 'true' && !button.hasAttribute('disabled');
}

/** Create the controller of a panel and keep the panel's markup in step with it. */
export function wireProgramPanel(options: ProgramPanelOptions): ProgramController {
  const { section } = options;
  const button = (action: string) => section.querySelector(`[data-action="${action}"]`);
  for (const action of ['run', 'stop', 'restart']) button(action)?.removeAttribute('disabled');
  const statusEl = section.querySelector('[data-status-text]');
  const recording = section.querySelector<HTMLDetailsElement>('[data-recording]');

  const show = (status: ProgramStatus): void => {
    section.dataset['status'] = status.kind;
    if (status.kind === 'exited') section.dataset['exitCode'] = String(status.code);
    else delete section.dataset['exitCode'];
    if (statusEl) setBilingual(statusEl, statusText(status.kind, status.kind === 'exited' ? status.code : undefined));
    const active = status.kind === 'starting' || status.kind === 'running';
    setEnabled(button('run'), !active);
    setEnabled(button('stop'), active);
    setEnabled(button('restart'), status.kind !== 'idle' && status.kind !== 'starting');
    // The live terminal replaces the recording; a failure brings the recording back.
    if (recording && status.kind === 'running') recording.open = false;
    if (recording && status.kind === 'failed') recording.open = true;
  };

  const controller = createProgramController({
    program: options.program,
    terminal: options.terminal,
    prepare: options.prepare,
    lineDiscipline: createLineDiscipline,
    schedule: (cb) => requestAnimationFrame(() => cb()),
    onStatus: (status) => {
      show(status);
      options.onStatus(status);
    },
    droppedNotice: NOTES.skipped,
    ...(options.onWire ? { onWire: options.onWire } : {}),
  });
  show(controller.status);
  return controller;
}
