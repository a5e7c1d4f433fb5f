/**
 * Pure logic of the hand-off from the plain editable layer (plain-editor.ts) to Monaco: the text
 * states the reader went through become edits Monaco can undo one by one, and text offsets become
 * Monaco's 1-based line/column positions. No DOM, no Monaco: unit-tested in Node.
 */

/** One replacement in a text: `[start, end)` of the old text becomes `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A 1-based position, as Monaco counts. */
export interface LinePosition {
  lineNumber: number;
  column: number;
}

/** The single replacement that turns `before` into `after` (null when equal). */
export function diffEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Never split a surrogate pair (an emoji typed before the editor came would be cut in two).
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The edits that replay `states` (the first is where the model starts) one undo step each.
 * Steady states (no change) are skipped.
 */
export function replayEdits(states: readonly string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 1; i < states.length; i++) {
    const edit = diffEdit(states[i - 1]!, states[i]!);
    if (edit) edits.push(edit);
  }
  return edits;
}

/** The line/column of `offset` in `text` (clamped to the text). */
export function positionAt(text: string, offset: number): LinePosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let lineNumber = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
    lineNumber++;
    lineStart = i + 1;
  }
  return { lineNumber, column: clamped - lineStart + 1 };
}

/** The offset in `text` of line `lineIndex` (0-based) and `column` characters into it (clamped). */
export function offsetOfLine(text: string, lineIndex: number, column: number): number {
  let start = 0;
  for (let line = 0; line < lineIndex; line++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const length = (end === -1 ? text.length : end) - start;
  return start + Math.max(0, Math.min(column, length));
}

/**
 * Whether a text state is a new undo step: a plain layer records the text before an input that
 * starts a different kind of edit (typing after deleting, say) or a new word, as editors group undo.
 */
export function startsUndoStep(previousType: string | null, inputType: string, data: string | null): boolean {
  if (previousType === null) return true;
  if (inputType !== previousType) return true;
  return inputType === 'insertLineBreak' || (data !== null && /^\s+$/.test(data));
}
