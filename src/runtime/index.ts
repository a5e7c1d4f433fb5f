/**
 * Browser entry of the runtime layer: the contract, both runtimes, the choice between them and the
 * line handling shared by their terminals. Free of DOM work at import time and of Node imports.
 */
export type { ExitStatus, FileMap, KillSignal, Runtime, RuntimeProcess, SpawnOptions, StopSignal, TerminalSize } from './types.ts';
export {
  RuntimeUnavailableError,
  bootBlocker,
  detectBootEnvironment,
  type BootEnvironment,
  type BootFailureReason,
  type BootState,
} from './boot-state.ts';
export {
  createWebContainerRuntime,
  DEFAULT_BOOT_TIMEOUT_MS,
  type WebContainerApiModule,
  type WebContainerRuntime,
  type WebContainerRuntimeOptions,
} from './webcontainer-runtime.ts';
export { createLocalRuntime, localRuntimeUrl, type LocalRuntimeOptions, type SocketLike } from './local-runtime.ts';
export { chooseRuntimeKind, probeLocalRuntime, localRuntimeHealthPath, type RuntimeKind } from './runtime-choice.ts';
export { createLineDiscipline, type LineDiscipline, type LineDisciplineOptions } from './line-discipline.ts';
