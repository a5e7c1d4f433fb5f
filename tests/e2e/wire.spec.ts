/**
 * The wire view (issue 15) on the local runtime: socket events of the reader's own programs, matched
 * end to end by connection id; TCP coalescing visible in the sticky-packet sandbox; UDP datagrams whole;
 * a flood capped without freezing the page.
 */
import { test, expect } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';
import { expectOnScreen, program, run, typeLine, SANDBOX_PAGE } from './sandbox-helpers.ts';

const wireOf = (page: Page, id: string): Locator => page.locator(`[data-wire][data-wire-for="${id}"]`);
const events = (page: Page, id: string): Locator => wireOf(page, id).locator('[data-wire-event]');

interface Seen { kind: string; program: string; conn: string; bytes: number }
async function seen(page: Page, id: string): Promise<Seen[]> {
  return events(page, id).evaluateAll((els) => els.map((el) => {
    const d = (el as HTMLElement).dataset;
    return { kind: d['kind'] ?? '', program: d['program'] ?? '', conn: d['conn'] ?? '', bytes: Number(d['bytes'] || 0) };
  }));
}

test('before anything runs, the wire view shows a labelled recording', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const wire = wireOf(page, 'tcp-echo');
  await expect(wire).toHaveAttribute('data-recorded', '');
  await expect(wire.locator('.sb-wire-recorded')).toContainText(/Recorded wire|录制的线路/);
  await expect(wire.locator('[data-wire-event][data-kind="write"]').first()).toBeAttached();
});

test('tcp-echo: typing hello shows the client write and the server data on one connection, then the reply', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on 127.0.0.1:');
  await run(page, 'client');
  await expectOnScreen(page, 'client', '输入要发送的信息：');
  await typeLine(page, 'client', 'hello');
  await expectOnScreen(page, 'client', 'HELLO');
  // the terminal shows the program's own text only
  await expect(program(page, 'client').locator('.xterm-rows')).not.toContainText('7717');

  await expect.poll(async () => {
    const all = await seen(page, 'tcp-echo');
    const w = all.find((e) => e.kind === 'write' && e.program === 'client' && e.bytes === 5);
    if (!w) return 'no client write of 5 bytes';
    const d = all.find((e) => e.kind === 'data' && e.program === 'server' && e.conn === w.conn);
    if (!d) return 'no server data on the same connection';
    const back = all.find((e) => e.kind === 'write' && e.program === 'server' && e.conn === w.conn);
    const reply = all.find((e) => e.kind === 'data' && e.program === 'client' && e.conn === w.conn && e.bytes === 5);
    return back && reply && all.indexOf(back) > all.indexOf(d) && all.indexOf(reply) > all.indexOf(back) ? 'ok' : 'no reply back';
  }).toBe('ok');
  await expect(wireOf(page, 'tcp-echo')).not.toHaveAttribute('data-recorded', '');
  for (const name of ['client', 'server']) await program(page, name).locator('[data-action="stop"]').click();
});

test('sticky-demo: one data event carries more bytes than any single write on its connection', async ({ page }) => {
  await page.goto('/sticky-packets/');
  await run(page, 'main', 'sticky-demo').catch(() => {}); // it may exit before 'running' is seen
  await expect(program(page, 'main', 'sticky-demo')).toHaveAttribute('data-status', 'exited');
  await expect.poll(async () => {
    const all = await seen(page, 'sticky-demo');
    return all.some((d) => d.kind === 'data' && d.bytes > Math.max(0, ...all.filter((w) => w.kind === 'write' && w.conn === d.conn).map((w) => w.bytes))
      && all.some((w) => w.kind === 'write' && w.conn === d.conn));
  }).toBe(true);
});

test('udp-hello: send and message carry the same number of bytes', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  await run(page, 'server', 'udp-hello');
  await expectOnScreen(page, 'server', 'listening on', 'udp-hello');
  await program(page, 'client', 'udp-hello').locator('[data-action="run"]').click();
  await expect(program(page, 'server', 'udp-hello')).toHaveAttribute('data-status', 'exited');
  await expect.poll(async () => {
    const all = await seen(page, 'udp-hello');
    const send = all.find((e) => e.kind === 'send' && e.program === 'client');
    const message = all.find((e) => e.kind === 'message' && e.program === 'server');
    return send && message ? [send.bytes, message.bytes, send.conn === message.conn] : null;
  }).toEqual([5, 5, true]);
});

test('a flood of 10 000 writes: the page answers while it runs and the view says events were dropped', async ({ page }) => {
  // 10 000 small writes in batches of 100 every 20 ms (about 2 s), then it stays running until Stop.
  const flood = [
    "import net from 'node:net';",
    "const server = net.createServer((c) => c.resume());",
    "server.listen(0, '127.0.0.1', () => {",
    "  const s = net.connect(server.address().port, '127.0.0.1', () => {",
    "    let i = 0;",
    "    const timer = setInterval(() => {",
    "      for (let k = 0; k < 100; k++) s.write('m' + i++ + ';');",
    "      if (i >= 10000) { clearInterval(timer); console.log('flood sent'); }",
    "    }, 20);",
    "  });",
    "});",
  ].join('\n');
  await page.goto('/sticky-packets/');
  await page.evaluate((text) => localStorage.setItem('live-sockets:edit:sticky-demo:sticky-demo.js', text), flood);
  await page.reload();
  await run(page, 'main', 'sticky-demo');
  // Another control answers at once while events pour in: Pause toggles.
  const pause = wireOf(page, 'sticky-demo').locator('[data-wire-action="pause"]');
  await expect(events(page, 'sticky-demo').first()).toBeAttached();
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await expect(program(page, 'main', 'sticky-demo')).toHaveAttribute('data-status', 'running');
  await expectOnScreen(page, 'main', 'flood sent', 'sticky-demo');
  const note = wireOf(page, 'sticky-demo').locator('[data-wire-note]');
  await expect(note).toContainText(/events dropped|丢弃了/);
  await expect.poll(async () => Number(await note.getAttribute('data-dropped'))).toBeGreaterThan(0);
  expect(await events(page, 'sticky-demo').count()).toBeLessThanOrEqual(2000);
  // Clear empties the view; Stop still works
  await wireOf(page, 'sticky-demo').locator('[data-wire-action="clear"]').click();
  await expect(events(page, 'sticky-demo')).toHaveCount(0);
  await program(page, 'main', 'sticky-demo').locator('[data-action="stop"]').click();
  await expect(program(page, 'main', 'sticky-demo')).toHaveAttribute('data-status', 'exited');
});
