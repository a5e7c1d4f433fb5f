/**
 * `/self-test-data.json`: every sandbox's files, programs and scenarios for the `/self-test/` page,
 * built at build time (an invalid sandbox.json fails the build). Fetched only when a self-test starts.
 */
import { selfTestSandboxes } from '../components/self-test/self-test-data.ts';

// Vite tracks these files, so editing a sandbox rebuilds the data in dev.
const raw = import.meta.glob<string>('/sandboxes/*/**/*', { query: '?raw', import: 'default', eager: true });

export function GET(): Response {
  return new Response(JSON.stringify(selfTestSandboxes(raw)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
