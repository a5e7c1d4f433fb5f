/**
 * A local-runtime host in a process of its own, for tests that end the host: prints
 * `port <n>` once it listens on 127.0.0.1, then serves until it is signalled.
 */
import { startHost } from './runtime-harness.ts';

const host = await startHost();
console.log(`port ${host.port}`);
