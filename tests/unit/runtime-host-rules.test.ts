import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLoopbackAddress, isLoopbackHost, isSameOrigin, upgradeRefusal } from '../../src/server/runtime-guard.ts';
import { createOutputBudget, truncateText } from '../../src/server/runtime-rate-limit.ts';
import { chooseRuntimeKind, probeLocalRuntime } from '../../src/runtime/runtime-choice.ts';

test('loopback peers only', () => {
  for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) assert.ok(isLoopbackAddress(a), a);
  for (const a of ['10.0.0.2', '::ffff:192.168.1.4', '0.0.0.0', undefined]) assert.ok(!isLoopbackAddress(a), String(a));
});

test('Host must be a loopback name with the server port (DNS rebinding)', () => {
  for (const h of ['127.0.0.1:4321', 'localhost:4321', 'LOCALHOST:4321', '[::1]:4321']) assert.ok(isLoopbackHost(h, 4321), h);
  for (const h of ['attacker.example:4321', '127.0.0.1:4322', 'localhost', '127.0.0.1.attacker.example:4321', undefined]) {
    assert.ok(!isLoopbackHost(h, 4321), String(h));
  }
  assert.ok(isLoopbackHost('localhost', 80));
});

test('Origin must be the page own origin', () => {
  assert.ok(isSameOrigin('http://127.0.0.1:4321', '127.0.0.1:4321'));
  assert.ok(!isSameOrigin('http://evil.example', '127.0.0.1:4321'));
  assert.ok(!isSameOrigin('http://localhost:4321', '127.0.0.1:4321'));
  assert.ok(!isSameOrigin('null', '127.0.0.1:4321'));
  assert.ok(!isSameOrigin(undefined, '127.0.0.1:4321'));
});

test('upgradeRefusal names the failed rule', () => {
  const ok = { remoteAddress: '127.0.0.1', host: '127.0.0.1:9', origin: 'http://127.0.0.1:9', port: 9 };
  assert.equal(upgradeRefusal(ok), undefined);
  assert.match(upgradeRefusal({ ...ok, remoteAddress: '192.168.0.8' }) ?? '', /this machine/);
  assert.match(upgradeRefusal({ ...ok, host: 'attacker.example:9', origin: 'http://attacker.example:9' }) ?? '', /Host/);
  assert.match(upgradeRefusal({ ...ok, origin: 'http://evil.example' }) ?? '', /Origin/);
});

test('the output budget grants up to its window size, then refills with the next window', () => {
  let now = 1000;
  const budget = createOutputBudget({ charsPerWindow: 10, windowMs: 100, now: () => now });
  assert.equal(budget.take(6), 6);
  assert.equal(budget.take(6), 4);
  assert.equal(budget.take(1), 0);
  assert.equal(budget.msUntilRefill(), 100);
  now += 60;
  assert.equal(budget.msUntilRefill(), 40);
  assert.equal(budget.take(1), 0);
  now += 40;
  assert.equal(budget.take(3), 3);
  assert.equal(budget.windowStart(), 1100);
});

test('truncateText never splits a surrogate pair', () => {
  assert.equal(truncateText('ab😀c', 3), 'ab');
  assert.equal(truncateText('ab😀c', 4), 'ab😀');
  assert.equal(truncateText('abc', 9), 'abc');
});

test('chooseRuntimeKind: the query forces, otherwise local when served by our server, local after a failed boot', () => {
  assert.equal(chooseRuntimeKind({ search: '?runtime=webcontainer', localAvailable: true }), 'webcontainer');
  assert.equal(chooseRuntimeKind({ search: '?lang=en&runtime=local', localAvailable: false }), 'local');
  assert.equal(chooseRuntimeKind({ search: '', localAvailable: true }), 'local');
  assert.equal(chooseRuntimeKind({ search: '?runtime=bogus', localAvailable: false }), 'webcontainer');
  assert.equal(
    chooseRuntimeKind({ search: '?runtime=webcontainer', localAvailable: true, webContainerFailed: true }),
    'local',
  );
  assert.equal(chooseRuntimeKind({ search: '', localAvailable: false, webContainerFailed: true }), 'webcontainer');
});

test('probeLocalRuntime asks <base>__runtime/health and wants {"runtime":"local"}', async () => {
  const asked: string[] = [];
  const fakeFetch = (body: unknown, status = 200) =>
    (async (url: string | URL | Request) => {
      asked.push(String(url));
      return new Response(JSON.stringify(body), { status });
    }) as typeof fetch;
  assert.equal(await probeLocalRuntime('/repo/', fakeFetch({ runtime: 'local' })), true);
  assert.deepEqual(asked, ['/repo/__runtime/health']);
  assert.equal(await probeLocalRuntime('/', fakeFetch({ runtime: 'other' })), false);
  assert.equal(await probeLocalRuntime('/', fakeFetch({}, 404)), false);
  const failing = (async () => {
    throw new TypeError('offline');
  }) as typeof fetch;
  assert.equal(await probeLocalRuntime('/', failing), false);
});
