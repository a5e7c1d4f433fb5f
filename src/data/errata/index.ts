/** All errata (CONTENT_MAP.md §3), one file per page. */
import type { Erratum } from './types.ts';
import networkBasics from './network-basics.ts';
import tcpUdpProtocols from './tcp-udp-protocols.ts';
import tcpUdpSockets from './tcp-udp-sockets.ts';
import stickyPackets from './sticky-packets.ts';
import socketserver from './socketserver.ts';
import concurrencyBasics from './concurrency-basics.ts';
import processes from './processes.ts';
import mutexAndIpc from './mutex-and-ipc.ts';
import threads from './threads.ts';

export type { Erratum };

export const errata: Erratum[] = [
  ...networkBasics, ...tcpUdpProtocols, ...tcpUdpSockets, ...stickyPackets, ...socketserver,
  ...concurrencyBasics, ...processes, ...mutexAndIpc, ...threads,
];

/** Look an erratum up by id; throws (failing the build) for an unknown id. */
export function getErratum(id: string): Erratum {
  const found = errata.find((e) => e.id === id);
  if (!found) throw new Error(`unknown erratum "${id}" (see src/data/errata/)`);
  return found;
}
