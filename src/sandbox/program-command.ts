/**
 * How a program is started, for the page's own scripts as well as the build: kept apart from
 * schema.ts because that module carries zod (≈27 KB gzip), and the sandbox script that runs on
 * every page load only needs these few lines (the download view names `node`/`python3`).
 */
import type { Language, Scenario } from './schema.ts';

/** The command that runs `program`: `node`, or `python3` for a Python program. */
export function programCommand(program: { language?: Language | undefined }): 'node' | 'python3' {
  return program.language === 'python' ? 'python3' : 'node';
}

/** The command line shown for a program, e.g. `python3 tcp_server.py`. */
export function commandLine(program: { entry: string; args: readonly string[]; language?: Language | undefined }): string {
  return [programCommand(program), program.entry, ...program.args].join(' ');
}

/** Whether `scenario` starts a Python program of `programs` (it then needs python3). */
export function scenarioUsesPython(programs: readonly { name: string; language?: Language | undefined }[], scenario: Pick<Scenario, 'steps'>): boolean {
  const python = new Set(programs.filter((p) => p.language === 'python').map((p) => p.name));
  return scenario.steps.some((step) => 'start' in step && python.has(step.start));
}
