import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveReadingMode, readingModeScript, READING_MODE_KEY } from '../../src/content/reading-mode.ts';

const none = { search: '', stored: null, languages: [] as string[] };

test('the query wins over storage and browser language', () => {
  assert.equal(resolveReadingMode({ search: '?lang=en', stored: 'zh', languages: ['zh-CN'] }), 'en');
  assert.equal(resolveReadingMode({ search: '?x=1&lang=both', stored: 'zh', languages: ['zh-CN'] }), 'both');
});

test('an invalid query is ignored', () => {
  assert.equal(resolveReadingMode({ search: '?lang=fr', stored: 'zh', languages: ['en'] }), 'zh');
});

test('storage wins over the browser language', () => {
  assert.equal(resolveReadingMode({ search: '', stored: 'en', languages: ['zh-CN'] }), 'en');
});

test('invalid storage falls through to the browser language', () => {
  assert.equal(resolveReadingMode({ search: '', stored: 'klingon', languages: ['zh-TW'] }), 'zh');
});

test('browser language: Chinese → zh, anything else → en', () => {
  assert.equal(resolveReadingMode({ ...none, languages: ['zh'] }), 'zh');
  assert.equal(resolveReadingMode({ ...none, languages: ['zh-Hans-CN', 'en'] }), 'zh');
  assert.equal(resolveReadingMode({ ...none, languages: ['en-US', 'zh-CN'] }), 'en');
  assert.equal(resolveReadingMode({ ...none, languages: ['de-DE'] }), 'en');
});

test('nothing known → both', () => {
  assert.equal(resolveReadingMode(none), 'both');
});

test('the inline script sets data-lang and stores a query choice', () => {
  const store = new Map<string, string>([[READING_MODE_KEY, 'zh']]);
  const documentElement = { dataset: {} as Record<string, string> };
  const run = new Function('document', 'location', 'localStorage', 'navigator', readingModeScript());
  const localStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) };
  run({ documentElement }, { search: '?lang=en' }, localStorage, { languages: ['zh-CN'] });
  assert.equal(documentElement.dataset['lang'], 'en');
  assert.equal(store.get(READING_MODE_KEY), 'en');
});

test('the inline script survives blocked storage', () => {
  const documentElement = { dataset: {} as Record<string, string> };
  const run = new Function('document', 'location', 'localStorage', 'navigator', readingModeScript());
  const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
  run({ documentElement }, { search: '' }, blocked, { languages: ['zh-CN'] });
  assert.equal(documentElement.dataset['lang'], 'zh');
});

test('the service-worker reload happens at most once per tab session, after the worker is active', async () => {
  const { coiConfigScript } = await import('../../src/content/coi-config.ts');
  const session = new Map<string, string>();
  const classes = new Set<string>();
  let reloads = 0;
  let ready: () => void = () => {};
  const win: Record<string, unknown> = { crossOriginIsolated: false, isSecureContext: true };
  const nav = { serviceWorker: { ready: { then: (cb: () => void) => { ready = cb; } } } };
  const run = new Function('window', 'document', 'navigator', 'sessionStorage', 'location', 'setTimeout', coiConfigScript());
  const env = [win, { documentElement: { classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) } } }, nav,
    { getItem: (k: string) => session.get(k) ?? null, setItem: (k: string, v: string) => session.set(k, v), removeItem: (k: string) => session.delete(k) },
    { reload: () => { reloads++; } }, () => 0];
  run(...env);
  assert.ok(classes.has('coi-pending'), 'the page is hidden while the worker installs');
  const coi = win['coi'] as { doReload(): void; shouldRegister(): boolean; coepCredentialless(): boolean };
  assert.equal(coi.coepCredentialless(), false, 'COEP require-corp, like the WebContainer boot');
  coi.doReload();
  assert.equal(reloads, 0, 'no reload before the worker is active');
  ready();
  assert.equal(reloads, 1);
  // After the reload the page is still not isolated: no second attempt, and the page is shown.
  ready = () => {};
  run(...env);
  const again = win['coi'] as { doReload(): void; shouldRegister(): boolean };
  assert.equal(again.shouldRegister(), false);
  again.doReload();
  ready();
  assert.equal(reloads, 1);
  assert.equal(classes.has('coi-pending'), false);
});
