import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSupport } from '../../src/runtime/browser-support.ts';

const UA = {
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  oldChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.0 Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safari17: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
  safari164: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.4 Safari/605.1.15',
  safari15: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
  iphoneChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1',
  android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};

test('desktop Chromium-based browsers (Chrome, Edge, headless Chromium) go', () => {
  for (const ua of [UA.chrome, UA.headless, UA.edge]) assert.equal(browserSupport({ userAgent: ua }).verdict, 'go', ua);
});

test('Firefox goes with a beta note, Safari 16.4+ with an alpha note', () => {
  assert.deepEqual(browserSupport({ userAgent: UA.firefox }), { verdict: 'preview', browser: 'Firefox', stage: 'beta' });
  for (const ua of [UA.safari164, UA.safari17]) assert.deepEqual(browserSupport({ userAgent: ua }), { verdict: 'preview', browser: 'Safari', stage: 'alpha' });
});

test('Safari before 16.4 and old Chromium are unsupported: no boot at all', () => {
  assert.equal(browserSupport({ userAgent: UA.safari15 }).verdict, 'unsupported');
  assert.equal(browserSupport({ userAgent: UA.oldChrome }).verdict, 'unsupported');
});

test('iOS (any browser, iPadOS with its Mac user agent too) and mobile browsers boot only when asked', () => {
  assert.deepEqual(browserSupport({ userAgent: UA.iphone }), { verdict: 'ask', browser: 'iOS' });
  assert.deepEqual(browserSupport({ userAgent: UA.iphoneChrome }), { verdict: 'ask', browser: 'iOS' });
  assert.deepEqual(browserSupport({ userAgent: UA.safari17, maxTouchPoints: 5 }), { verdict: 'ask', browser: 'iOS' });
  assert.equal(browserSupport({ userAgent: UA.android }).verdict, 'ask');
});
