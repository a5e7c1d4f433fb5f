/**
 * What the `/self-test/` page needs of every sandbox: the files to mount, the programs and the
 * scenarios to run, plus the title and features it shows. Built at build time from the raw files
 * of `sandboxes/` (as `import.meta.glob` gives them) and served as `self-test-data.json`, which the
 * page fetches only when the self-test starts. Pure: unit-tested in Node.
 */
import type { Bilingual, Feature, Language, Program, RuntimeKind, Scenario } from '../../sandbox/schema.ts';
import type { FileMap } from '../../runtime/types.ts';
import { collectSandbox } from '../sandbox/sandbox-source.ts';

/** One sandbox as the self-test runs it. */
export interface SelfTestSandbox {
  id: string;
  title: Bilingual;
  runtimes: RuntimeKind[];
  features: Feature[];
  programs: (Pick<Program, 'name' | 'entry' | 'args'> & { language?: Language })[];
  files: FileMap;
  scenarios: Scenario[];
}

/** The sandbox ids found in `raw` (paths like `/sandboxes/<id>/sandbox.json`), sorted. */
export function sandboxIds(raw: Record<string, string>): string[] {
  const ids = Object.keys(raw)
    .map((path) => /^\/?sandboxes\/([^/]+)\/sandbox\.json$/.exec(path)?.[1])
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)].sort();
}

/** Every sandbox in `raw`, validated (an invalid sandbox.json throws naming the file, failing the build). */
export function selfTestSandboxes(raw: Record<string, string>): SelfTestSandbox[] {
  return sandboxIds(raw).map((id) => {
    const { sandbox, files } = collectSandbox(id, raw);
    return {
      id,
      title: sandbox.title,
      runtimes: sandbox.runtimes,
      features: sandbox.features,
      programs: sandbox.programs.map(({ name, entry, args, language }) => ({ name, entry, args, ...(language === 'python' ? { language } : {}) })),
      files,
      scenarios: sandbox.scenarios,
    };
  });
}
