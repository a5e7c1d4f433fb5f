/** Build dist-standin/ when it is missing or older than its sources or the stand-in. */
import { join } from 'node:path';
import { buildStandinSite } from '../webcontainer-standin/build.ts';

export default function globalSetup(): void {
  if (buildStandinSite(join(import.meta.dirname, '..', '..')) !== 0) throw new Error('building dist-standin/ failed');
}
