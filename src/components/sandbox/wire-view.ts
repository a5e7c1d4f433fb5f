/**
 * The live wire view of a socket sandbox (`[data-wire]`, rendered by WireView.astro): events from
 * every program go into the model (wire-model.ts) at once, and are drawn once per animation frame,
 * so a flood of events cannot freeze the page. Only the kept events (the last WIRE_CAP) are in the
 * DOM: one `[data-wire-event]` row in the diagram per event, and the same event in the table.
 */
import type { WireDropped, WireEvent } from '../../runtime/wire-extract.ts';
import { setBilingual } from './messages.ts';
import { createWireModel, laneLabel, WIRE_CAP, type WireEntry } from './wire-model.ts';
import { describeRow, type WireRow } from './wire-rows.ts';
import { laneText, WIRE_TEXT } from './wire-messages.ts';

export interface WireView {
  /** An event reported by the probe in `program`. */
  add(program: string, event: WireEvent | WireDropped): void;
}

function span(doc: Document, cls: string, text?: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = cls;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Build the diagram row of `row` (the same markup as WireView.astro's recorded rows). */
function diagramRow(doc: Document, row: WireRow): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'sb-wire-row';
  li.dataset['wireEvent'] = '';
  li.dataset['kind'] = row.kind;
  li.dataset['program'] = row.program;
  li.dataset['conn'] = row.conn;
  li.dataset['bytes'] = row.bytes;
  const mark = span(doc, 'sb-wire-mark');
  mark.dataset['shape'] = row.shape;
  if (row.dir) mark.dataset['dir'] = row.dir;
  mark.style.gridColumn = row.column;
  const kind = span(doc, 'sb-wire-kind');
  setBilingual(kind, row.label);
  mark.append(span(doc, 'sb-wire-who', row.who), kind, span(doc, 'sb-wire-bytes', row.size), span(doc, 'sb-wire-text', row.text), span(doc, 'sb-wire-hex', row.hex));
  li.append(span(doc, 'sb-wire-time', row.time), mark);
  return li;
}

function tableRow(doc: Document, row: WireRow): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  const cells = [row.time, row.program, row.who, '', row.size, row.hex ? `${row.text} (${row.hex})` : row.text];
  cells.forEach((text, i) => {
    const td = doc.createElement('td');
    if (i === 3) setBilingual(td, row.label);
    else td.textContent = text;
    tr.append(td);
  });
  return tr;
}

/** Wire the `[data-wire]` block of the sandbox `root` (its next sibling); null when the sandbox has none. */
export function createWireView(root: HTMLElement, schedule: (cb: () => void) => void = (cb) => requestAnimationFrame(() => cb())): WireView | null {
  const next = root.nextElementSibling;
  const el = next instanceof HTMLElement && next.matches('[data-wire]') ? next : null;
  const rows = el?.querySelector<HTMLOListElement>('[data-wire-rows]');
  const lanesEl = el?.querySelector<HTMLElement>('[data-wire-lanes]');
  const tbody = el?.querySelector<HTMLTableSectionElement>('[data-wire-table] tbody');
  const note = el?.querySelector<HTMLElement>('[data-wire-note]');
  const scroller = el?.querySelector<HTMLElement>('[data-wire-diagram]');
  if (!el || !rows || !lanesEl || !tbody || !note || !scroller) return null;
  const doc = root.ownerDocument;
  const model = createWireModel();
  let pending: WireEntry[] = [];
  let scheduled = false;
  let paused = false;
  let shownLanes = -1;
  let recordingShown = el.hasAttribute('data-recorded');
  const times = new WeakMap<Element, number>();
  const twins = new WeakMap<Element, Element>();

  const showNote = (): void => {
    const text = paused && pending.length > 0 ? WIRE_TEXT.paused(pending.length) : model.dropped > 0 ? WIRE_TEXT.dropped(model.dropped) : null;
    if (text) setBilingual(note, text);
    else note.replaceChildren();
    note.dataset['dropped'] = String(model.dropped);
  };
  const drawLanes = (): void => {
    if (shownLanes === model.lanes.length && !model.lanes.some((l) => l.program === '?')) return;
    shownLanes = model.lanes.length;
    el.style.setProperty('--lanes', String(Math.max(1, model.lanes.length)));
    lanesEl.replaceChildren(span(doc, 'sb-wire-time'), ...model.lanes.map((lane) => {
      const head = span(doc, 'sb-wire-lane');
      setBilingual(head, laneText(laneLabel(lane), lane.role));
      head.style.gridColumn = String(lane.index + 2);
      head.title = lane.local;
      return head;
    }));
  };
  const draw = (): void => {
    scheduled = false;
    showNote();
    if (paused) return;
    const batch = pending.slice(-WIRE_CAP);
    pending = [];
    if (batch.length === 0) return;
    drawLanes();
    // Rows go in time order, not arrival order: each program's events reach the page through its own
    // output stream, so a reply's delivery may arrive before the write that sent it.
    batch.sort((a, b) => a.event.t - b.event.t);
    for (const entry of batch) {
      const row = describeRow(entry);
      const li = diagramRow(doc, row);
      const tr = tableRow(doc, row);
      times.set(li, entry.event.t);
      twins.set(li, tr);
      let before: Element | null = null;
      for (let el = rows.lastElementChild; el && (times.get(el) ?? -Infinity) > entry.event.t; el = el.previousElementSibling) before = el;
      rows.insertBefore(li, before);
      tbody.insertBefore(tr, before ? (twins.get(before) ?? null) : null);
    }
    for (let extra = rows.childElementCount - WIRE_CAP; extra > 0; extra--) rows.firstElementChild?.remove();
    for (let extra = tbody.childElementCount - WIRE_CAP; extra > 0; extra--) tbody.firstElementChild?.remove();
    if (follow) scroller.scrollTop = scroller.scrollHeight;
  };
  // The diagram follows new events unless the reader scrolled up to look at older ones.
  let follow = true;
  scroller.addEventListener('scroll', () => { follow = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8; }, { passive: true });
  // At most ~10 draws a second: each draw lays the list out once, however many events came.
  let lastDraw = -Infinity;
  const later = (): void => {
    if (scheduled) return;
    scheduled = true;
    const wait = lastDraw + 100 - performance.now();
    const go = (): void => schedule(() => { lastDraw = performance.now(); draw(); });
    if (wait > 0) setTimeout(go, wait);
    else go();
  };
  const clear = (): void => {
    model.clear();
    pending = [];
    shownLanes = -1;
    rows.replaceChildren();
    tbody.replaceChildren();
    lanesEl.replaceChildren();
    el.removeAttribute('data-recorded');
    recordingShown = false;
    showNote();
  };

  el.querySelector('[data-wire-action="clear"]')?.addEventListener('click', clear);
  const pause = el.querySelector<HTMLElement>('[data-wire-action="pause"]');
  pause?.addEventListener('click', () => {
    paused = !paused;
    pause.setAttribute('aria-pressed', String(paused));
    later();
  });
  const hex = el.querySelector<HTMLElement>('[data-wire-action="hex"]');
  hex?.addEventListener('click', () => {
    const on = hex.getAttribute('aria-pressed') !== 'true';
    hex.setAttribute('aria-pressed', String(on));
    el.toggleAttribute('data-hex', on);
  });
  for (const b of el.querySelectorAll('[data-wire-action]')) b.removeAttribute('disabled');

  return {
    add(program, event) {
      if (recordingShown) clear(); // the live wire replaces the recording
      const entry = model.add(program, event);
      if (entry) pending.push(entry);
      if (pending.length > WIRE_CAP) pending = pending.slice(-WIRE_CAP);
      later();
    },
  };
}
