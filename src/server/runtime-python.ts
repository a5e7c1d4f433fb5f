/**
 * Python on the local runtime: the host may run `python3` besides `node` when the machine has it.
 * Found once per host process, at the first use (host start or the first health request): the
 * `python3` on PATH is asked for its real executable and version, so programs run the interpreter
 * itself (a version-manager shim such as pyenv's would look for its files under HOME, which is the
 * program's temporary folder) and the health route can tell the page `{"python":"3.11.7"}`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The python3 a host runs, or null when the machine has none. */
export interface PythonInfo {
  /** Absolute path of the interpreter (`sys.executable`). */
  executable: string;
  /** `platform.python_version()`, e.g. `3.11.7`. */
  version: string;
}

/** Python's own switches for programs shown in a terminal: unbuffered, UTF-8 I/O, no `__pycache__` in the folder. */
export const PYTHON_ENV: Readonly<Record<string, string>> = {
  PYTHONUNBUFFERED: '1',
  PYTHONIOENCODING: 'utf-8',
  PYTHONDONTWRITEBYTECODE: '1',
};

/**
 * Line buffering, as in a terminal. With PYTHONUNBUFFERED alone, `print(x)` writes `x` and the newline
 * as two writes to the pipe, so two processes printing at once show `hello我是1` and an empty line; a
 * terminal's stdout is line-buffered, so each line is one write. Put into the program's folder and
 * found through PYTHONPATH (it replaces a sitecustomize of the machine's Python for these programs).
 */
export const LINE_BUFFERING_SITE = `# Written by the live-sockets local runtime: stdout and stderr flush whole lines, like a terminal.
import sys
for _stream in (sys.stdout, sys.stderr):
    try:
        _stream.reconfigure(line_buffering=True, write_through=False)
    except Exception:
        pass
`;

/** The folder, under a program root, that holds {@link LINE_BUFFERING_SITE}. */
const SITE_DIR = '.live-sockets-python';

/**
 * The environment of a Python program whose files live under `root`: {@link PYTHON_ENV} plus a
 * PYTHONPATH with the line-buffering `sitecustomize.py`, written there on first use.
 */
export function pythonEnv(root: string): Record<string, string> {
  const dir = join(root, SITE_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sitecustomize.py'), LINE_BUFFERING_SITE);
  return { ...PYTHON_ENV, PYTHONPATH: dir };
}

const PROBE = 'import sys, platform; print(sys.executable); print(platform.python_version())';

/**
 * Ask `command` (default `python3`, looked up on PATH) where it lives and which version it is.
 * Null when it is missing, fails, is older than Python 3, or takes longer than `timeoutMs`.
 */
export function detectPython(command = 'python3', env: NodeJS.ProcessEnv = process.env, timeoutMs = 5000): PythonInfo | null {
  try {
    const out = execFileSync(command, ['-c', PROBE], { env, encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'ignore'] });
    const [executable = '', version = ''] = out.trim().split(/\r?\n/);
    if (!executable || !/^3\.\d+/.test(version)) return null;
    return { executable, version };
  } catch {
    return null;
  }
}

let cached: PythonInfo | null | undefined;

/** This host process's python3, detected once (`LIVE_SOCKETS_PYTHON=<command>` picks another, `none` disables it). */
export function hostPython(): PythonInfo | null {
  if (cached === undefined) {
    const chosen = process.env['LIVE_SOCKETS_PYTHON'];
    cached = chosen === 'none' ? null : detectPython(chosen || 'python3');
  }
  return cached;
}

/** Bilingual refusal of a Python program on a host without python3. */
export const NO_PYTHON_MESSAGE =
  '无法运行：这台电脑上找不到 python3（安装 Python 3 后重新启动本地运行时） / ' +
  'spawn refused: python3 was not found on this machine (install Python 3, then restart the runtime)';
