/** One entry of CONTENT_MAP.md §3: a place where the author's notes are wrong or misleading. */
export interface Erratum {
  /** `E1` … `E61` (CONTENT_MAP.md §3), then `E62`… for errata added in review after the map. */
  id: string;
  /** Page slug the entry is shown on, e.g. `sticky-packets`. */
  page: string;
  /** Seed lines it concerns, as written in the map, e.g. `L241` or `L89–94`. */
  lines: string;
  severity: 'high' | 'med' | 'low';
  /** Short label, e.g. `{ zh: '标题写反了', en: 'Heading has it backwards' }`. */
  title: { zh: string; en: string };
  /** The reader note (may contain `inline code` in backticks). */
  note: { zh: string; en: string };
}
