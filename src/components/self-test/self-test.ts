/**
 * `<self-test-page>`: all the self-test page runs before the click — a listener. The runner, the
 * runtimes and the sandboxes' files (self-test-data.json) load only when the self-test starts.
 */
import { setBilingual } from '../sandbox/messages.ts';

class SelfTestPage extends HTMLElement {
  #running: Promise<void> | null = null;

  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const target = (event.target as Element).closest<HTMLElement>('[data-action]');
      if (target?.dataset['action'] === 'self-test') this.start(target);
      if (target?.dataset['action'] === 'copy-report') void this.#copy(target);
    });
  }

  /** Start the self-test unless it is running; the button stays disabled meanwhile. */
  start(button?: HTMLElement): void {
    if (this.#running) return;
    button?.setAttribute('disabled', '');
    this.querySelector<HTMLElement>('[data-self-test-summary]')?.setAttribute('hidden', '');
    this.#running = import('./self-test-run.ts')
      .then(({ runSelfTest }) => runSelfTest(this))
      .catch((error: unknown) => {
        const status = this.querySelector('[data-self-test-status]');
        const detail = error instanceof Error ? error.message : String(error);
        if (status) setBilingual(status, { zh: `自检无法运行：${detail}`, en: `The self-test could not run: ${detail}` });
      })
      .finally(() => {
        this.#running = null;
        button?.removeAttribute('disabled');
      });
  }

  async #copy(button: HTMLElement): Promise<void> {
    const area = this.querySelector<HTMLTextAreaElement>('[data-self-test-report]');
    if (!area) return;
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
      setBilingual(button, { zh: '已复制', en: 'Copied' });
    } catch {
      // No clipboard permission: the text is selected, so Ctrl-C copies it.
      setBilingual(button, { zh: '已选中，按 Ctrl-C 复制', en: 'Selected: press Ctrl-C to copy' });
    }
  }
}

if (!customElements.get('self-test-page')) customElements.define('self-test-page', SelfTestPage);
