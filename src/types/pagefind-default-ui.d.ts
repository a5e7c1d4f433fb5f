/** The part of `@pagefind/default-ui` (ships no types) that pagefind-ui-on-open.ts uses. */
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
