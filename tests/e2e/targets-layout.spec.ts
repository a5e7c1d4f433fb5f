/**
 * On a phone and on a desktop, no two things a reader can tap sit on top of each other, anywhere
 * on a page — also far below the fold, where the browser may not have painted yet (Lighthouse's
 * target-size audit measures those too: an off-screen sandbox with `content-visibility: auto` once
 * kept a placeholder height while its buttons lay over the next exercise's Check and Hint).
 */
import { test, expect } from './fixtures.ts';
import { TOPIC_SLUGS } from '../helpers/content-site.ts';

const VIEWPORTS = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

for (const vp of VIEWPORTS) {
  for (const slug of TOPIC_SLUGS) {
    test(`${vp.name}: no two tap targets overlap on /${slug}/`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto(`/${slug}/`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('live-sandbox').first()).toHaveAttribute('data-enhanced', '');
      const overlaps = await page.evaluate(() => {
        const targets = [...document.querySelectorAll<HTMLElement>(
          'main button, main input, main select, main textarea, main summary, main a[href], main [role="tab"]',
        )].filter((el) => el.checkVisibility({ visibilityProperty: true }));
        // Per line box, so a link wrapped over two lines is two rectangles, not one large one.
        const boxes = targets.flatMap((el) => [...el.getClientRects()]
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({ el, r })));
        const label = (el: HTMLElement): string =>
          `${el.tagName.toLowerCase()}${el.dataset['action'] ? `[data-action=${el.dataset['action']}]` : ''} “${(el.textContent ?? el.getAttribute('value') ?? '').trim().slice(0, 24)}”`;
        const found: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
            const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            // More than a hairline: borders that touch are fine, one button over another is not.
            if (w > 2 && h > 2) found.push(`${label(a.el)} × ${label(b.el)} at y=${Math.round(a.r.top + scrollY)}`);
          }
        }
        return found;
      });
      expect(overlaps).toEqual([]);
    });
  }
}
