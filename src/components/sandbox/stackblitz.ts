/**
 * "Open in StackBlitz" for sandboxes that run on WebContainer: the fields of StackBlitz's form
 * POST API (https://stackblitz.com/run), built from the current files only when clicked — no SDK.
 * Pure: the fields are unit-tested; stackblitz-view wiring posts them.
 */

/** Where the form is posted. */
export const STACKBLITZ_RUN_URL = 'https://stackblitz.com/run';

export interface StackBlitzInput {
  id: string;
  title: { zh: string; en: string };
  /** Current text of every file (edits applied, shared modules included). */
  files: Readonly<Record<string, string>>;
  /** The first program's command line, run by `npm start`. */
  start: string;
}

/** The form fields (name, value) for StackBlitz's `project[…]` POST API, template `node`. */
export function stackblitzFields(input: StackBlitzInput): [string, string][] {
  const pkg = { name: input.id, private: true, type: 'module', scripts: { start: input.start } };
  const fields: [string, string][] = [
    ['project[title]', `${input.title.zh} / ${input.title.en}`],
    ['project[description]', `live-sockets: ${input.id}`],
    ['project[template]', 'node'],
  ];
  for (const [name, text] of Object.entries({ ...input.files, 'package.json': `${JSON.stringify(pkg, null, 2)}\n` })) {
    fields.push([`project[files][${name}]`, text]);
  }
  return fields;
}
