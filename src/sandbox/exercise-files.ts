/**
 * Node-only: read `exercises/<id>/` folders from disk into {@link ExerciseSource}s (the same
 * collecting rules the build applies to `import.meta.glob`), for the tests and scripts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectExercise, type ExerciseSource } from './exercise.ts';

/** The repository's `exercises/` folder. */
export const EXERCISES_DIR = fileURLToPath(new URL('../../exercises/', import.meta.url));

/** Every `exercises/<id>/` that has an exercise.json, sorted by id. */
export async function loadExercises(root = EXERCISES_DIR): Promise<ExerciseSource[]> {
  const ids = (await readdir(root, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'exercise.json')))
    .map((e) => e.name).sort();
  const out: ExerciseSource[] = [];
  for (const id of ids) {
    const raw: Record<string, string> = {};
    const dir = join(root, id);
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const rel = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
      raw[`exercises/${id}/${rel}`] = await readFile(join(dir, rel), 'utf8');
    }
    out.push(collectExercise(id, raw));
  }
  return out;
}
