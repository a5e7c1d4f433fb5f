/**
 * Marks sidebar links to pages with a solved exercise with ✓ (progress from localStorage, see
 * exercise-progress.ts); updates when an exercise on this page is solved or another tab saves.
 */
import { solvedPages, SOLVED_EVENT } from './exercise-progress.ts';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The last path segment of a link: the page slug (`/live-sockets/threads/` → `threads`). */
function slugOf(a: HTMLAnchorElement): string {
  return new URL(a.href, location.href).pathname.replace(/\/+$/, '').split('/').pop() ?? '';
}

function mark(): void {
  const pages = solvedPages(storage());
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.course-nav a')) {
    const solved = pages.has(slugOf(a));
    a.toggleAttribute('data-exercise-solved', solved);
    let check = a.querySelector('.nav-solved');
    if (solved && !check) {
      check = document.createElement('span');
      check.className = 'nav-solved';
      check.setAttribute('role', 'img');
      check.setAttribute('aria-label', '练习已完成 / exercise solved');
      check.textContent = '✓';
      a.append(' ', check);
    } else if (!solved) check?.remove();
  }
}

mark();
document.addEventListener(SOLVED_EVENT, mark);
addEventListener('storage', mark);
