/** One glossary term (CONTENT_MAP.md §4). */
export interface GlossaryEntry {
  /** Anchor id on the glossary page, kebab-case English, e.g. `sticky-packets`. */
  id: string;
  /** The seed's wording first, then other Chinese forms to link, e.g. `['粘包']`. */
  zh: string[];
  /** English rendering first, then other forms to link, e.g. `['sticky packets', 'sticky-packet']`. */
  en: string[];
  /**
   * Longer strings in which a form is NOT this term and must not be linked, e.g. `['数据包含']` for
   * 数据包 (the seed's 「数据包含…」 means "the data contains"). @default []
   */
  avoid?: string[];
  /** One-line explanation in each language. */
  explain: { zh: string; en: string };
}
