// The pairing rules, pure: the host's allow-list and token compare, the page's fragment parsing,
// its tab storage and the health check that tells a stopped host from each refusal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedOrigin, normalizeOrigin, pairedRefusal, type PairingRules } from '../../src/server/runtime-guard.ts';
import { makeToken, tokenMatches } from '../../src/server/runtime-token.ts';
import { bannerText, pairingLink, parseRuntimeArgs } from '../../src/server/runtime-cli.ts';
import {
  checkPairing, clearPairing, loadPairing, PAIRING_KEY, pairingFragmentScript, pairingHealthUrl, pairingLabel,
  pairingSocketUrl, parsePairingFragment, parsePairingLink, savePairing,
} from '../../src/runtime/pairing.ts';
import { chooseRuntimeKind } from '../../src/runtime/runtime-choice.ts';

test('allow-list: exact origins only, normalised; no suffix, path, null or other scheme passes', () => {
  const list = ['https://owner.github.io/live-sockets/', 'http://127.0.0.1:4322'];
  assert.ok(isAllowedOrigin('https://owner.github.io', list));
  assert.ok(isAllowedOrigin('http://127.0.0.1:4322', list));
  for (const o of ['https://owner.github.io.evil.example', 'http://owner.github.io', 'https://evil.github.io', 'http://localhost:4322',
    'http://127.0.0.1:4323', 'null', 'file://', 'https://owner.github.io/live-sockets', undefined]) {
    assert.ok(!isAllowedOrigin(o, list), String(o));
  }
  assert.equal(normalizeOrigin('HTTPS://Owner.GitHub.io:443/x/'), 'https://owner.github.io');
  assert.equal(normalizeOrigin('ftp://x'), undefined);
});

test('tokens: 256 random bits, URL-safe, fresh each time; compare matches only the same token', () => {
  const a = makeToken();
  const b = makeToken();
  assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, b);
  assert.ok(tokenMatches(a, a));
  assert.ok(!tokenMatches(b, a));
  assert.ok(!tokenMatches(a.slice(0, -1), a), 'a prefix does not match');
  assert.ok(!tokenMatches(`${a}x`, a), 'a longer token does not match');
  for (const t of ['', null, undefined]) assert.ok(!tokenMatches(t, a), String(t));
  assert.ok(!tokenMatches('', ''), 'an empty expected token never matches');
});

test('paired requests: peer, then Host, then Origin, then token, each refused by name', () => {
  const token = makeToken();
  const rules: PairingRules = { allowOrigins: ['http://127.0.0.1:5000'], tokenMatches: (t) => tokenMatches(t, token) };
  const ok = { remoteAddress: '127.0.0.1', host: '127.0.0.1:4322', origin: 'http://127.0.0.1:5000', port: 4322, token };
  assert.equal(pairedRefusal(ok, rules), undefined);
  assert.equal(pairedRefusal({ ...ok, remoteAddress: '192.168.1.2' }, rules), 'peer');
  assert.equal(pairedRefusal({ ...ok, host: 'rebind.example:4322' }, rules), 'host');
  assert.equal(pairedRefusal({ ...ok, origin: 'http://localhost:5000' }, rules), 'origin');
  assert.equal(pairedRefusal({ ...ok, token: 'x' }, rules), 'token');
  assert.equal(pairedRefusal({ ...ok, token: null }, rules), 'token');
  // The WebSocket always needs an allowed Origin; the health route may be asked without one (curl).
  assert.equal(pairedRefusal({ ...ok, origin: undefined }, rules), 'origin');
  assert.equal(pairedRefusal({ ...ok, origin: undefined, originOptional: true }, rules), undefined);
  assert.equal(pairedRefusal({ ...ok, origin: undefined, originOptional: true, token: null }, rules), 'token');
});

test('fragment parsing: the printed link, a pasted link or fragment; anything else is not a pairing', () => {
  const link = 'https://owner.github.io/live-sockets/?runtime=local#runtime=ws://127.0.0.1:4322/__runtime&token=abc_-9';
  const expected = { url: 'ws://127.0.0.1:4322/__runtime', token: 'abc_-9' };
  assert.deepEqual(parsePairingLink(link), expected);
  assert.deepEqual(parsePairingLink(`  ${link}\n`), expected);
  assert.deepEqual(parsePairingLink('#runtime=ws://127.0.0.1:4322/__runtime&token=abc_-9'), expected);
  assert.deepEqual(parsePairingFragment('runtime=ws%3A%2F%2F127.0.0.1%3A4322%2F__runtime&token=abc_-9'), expected);
  assert.deepEqual(parsePairingFragment('#runtime=ws://127.0.0.1:4322/__runtime'), { url: expected.url, token: '' }, 'a missing token is left to the host to refuse');
  for (const bad of ['', '#section-2', '#runtime=http://127.0.0.1:4322/__runtime&token=a', '#runtime=ws://127.0.0.1:4322/other&token=a',
    '#runtime=ws://127.0.0.1:4322/__runtime?x=1&token=a', '#runtime=not a url&token=a', 'https://owner.github.io/live-sockets/']) {
    assert.equal(parsePairingLink(bad), undefined, bad);
  }
  const pairing = { url: 'ws://127.0.0.1:4322/__runtime', token: 'a+b/c' };
  assert.equal(pairingLabel(pairing), '127.0.0.1:4322');
  assert.equal(pairingSocketUrl(pairing), 'ws://127.0.0.1:4322/__runtime?token=a%2Bb%2Fc');
  assert.equal(pairingHealthUrl(pairing), 'http://127.0.0.1:4322/__runtime/health?token=a%2Bb%2Fc');
  assert.equal(pairingHealthUrl({ url: 'wss://[::1]:9/__runtime', token: 't' }), 'https://[::1]:9/__runtime/health?token=t');
});

test('the link the runtime prints parses back to its endpoint and token', () => {
  const token = makeToken();
  const link = pairingLink('https://owner.github.io/live-sockets/', 4322, token);
  assert.equal(link, `https://owner.github.io/live-sockets/?runtime=local#runtime=ws://127.0.0.1:4322/__runtime&token=${token}`);
  assert.deepEqual(parsePairingLink(link), { url: 'ws://127.0.0.1:4322/__runtime', token });
  assert.deepEqual(parsePairingLink(pairingLink(undefined, 5, token)), { url: 'ws://127.0.0.1:5/__runtime', token });
  const banner = bannerText({ port: 4400, requestedPort: 4322, site: 'https://owner.github.io/live-sockets/', allowOrigins: ['https://owner.github.io'], link });
  assert.match(banner, /在这台电脑上以真实进程运行/);
  assert.match(banner, /run on THIS computer as real processes/);
  assert.match(banner, /Port 4322 was taken, using 4400/);
  assert.ok(banner.includes(link));
});

test('runtime options: defaults from --site / SITE_URL, repeatable --allow-origin, clear errors', () => {
  assert.deepEqual(parseRuntimeArgs([], { SITE_URL: 'https://owner.github.io', SITE_BASE: '/live-sockets/' }),
    { port: 4322, site: 'https://owner.github.io/live-sockets/', allowOrigins: ['https://owner.github.io'] });
  assert.deepEqual(parseRuntimeArgs(['--site', 'http://127.0.0.1:5000/live-sockets/', '--allow-origin', 'http://127.0.0.1:5000', '--allow-origin', 'http://localhost:5000/', '--port', '0'], {}),
    { port: 0, site: 'http://127.0.0.1:5000/live-sockets/', allowOrigins: ['http://127.0.0.1:5000', 'http://localhost:5000'] });
  assert.throws(() => parseRuntimeArgs([], {}), /--site.*--allow-origin/);
  assert.throws(() => parseRuntimeArgs(['--allow-origin', 'null'], {}), /--allow-origin must be an http\(s\) origin/);
  assert.throws(() => parseRuntimeArgs(['--site', 'x', '--port', 'abc'], {}), /--site must be an http\(s\) URL/);
});

/** A Storage stand-in. */
function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

test('the tab keeps its pairing in sessionStorage and forgets it on request; a refusing storage does not throw', () => {
  const storage = memoryStorage();
  const pairing = { url: 'ws://127.0.0.1:4322/__runtime', token: 'tok' };
  savePairing(storage, pairing);
  assert.deepEqual(loadPairing(storage), pairing);
  clearPairing(storage);
  assert.equal(loadPairing(storage), undefined);
  const refusing = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('denied'); }, removeItem() { throw new Error('denied'); } };
  assert.equal(loadPairing(refusing), undefined);
  assert.doesNotThrow(() => savePairing(refusing, pairing));
  assert.doesNotThrow(() => clearPairing(refusing));
});

test('the head script moves a #runtime fragment into sessionStorage and out of the address and history', () => {
  const run = (href: string): { storage: ReturnType<typeof memoryStorage>; replaced: string[] } => {
    const url = new URL(href);
    const storage = memoryStorage();
    const replaced: string[] = [];
    const location = { hash: url.hash, pathname: url.pathname, search: url.search };
    const history = { state: null, replaceState: (_s: unknown, _t: string, u: string) => void replaced.push(u) };
    new Function('location', 'history', 'sessionStorage', pairingFragmentScript())(location, history, storage);
    return { storage, replaced };
  };
  const linked = run('https://owner.github.io/live-sockets/?runtime=local#runtime=ws://127.0.0.1:4322/__runtime&token=secret');
  assert.deepEqual(linked.replaced, ['/live-sockets/?runtime=local']);
  assert.equal(linked.storage.data.get(PAIRING_KEY), 'runtime=ws://127.0.0.1:4322/__runtime&token=secret');
  assert.deepEqual(loadPairing(linked.storage), { url: 'ws://127.0.0.1:4322/__runtime', token: 'secret' });
  const anchor = run('https://owner.github.io/live-sockets/tcp-udp-sockets/#udp');
  assert.deepEqual(anchor.replaced, [], 'an ordinary anchor stays');
  assert.equal(anchor.storage.data.size, 0);
});

/** A fetch stand-in: `cors` and `no-cors` behave as a browser's do for the given situation. */
function fakeFetch(situation: 'ok' | 'stopped' | 'origin' | 'token' | 'host' | 'other'): typeof fetch {
  return (async (_url: string, init?: RequestInit) => {
    if (situation === 'stopped') throw new TypeError('Failed to fetch');
    if (situation === 'origin') {
      if (init?.mode === 'cors') throw new TypeError('Failed to fetch (CORS)');
      return new Response(null, { status: 200 });
    }
    if (situation === 'ok') return Response.json({ runtime: 'local', paired: true });
    if (situation === 'other') return new Response('<html>', { status: 200 });
    return Response.json({ error: situation }, { status: 403 });
  }) as typeof fetch;
}

test('the health check tells a stopped host, a refused origin, a wrong token and a refused Host apart', async () => {
  const pairing = { url: 'ws://127.0.0.1:4322/__runtime', token: 'x' };
  for (const situation of ['ok', 'stopped', 'origin', 'token', 'host'] as const) {
    assert.equal(await checkPairing(pairing, fakeFetch(situation)), situation);
  }
  assert.equal(await checkPairing(pairing, fakeFetch('other')), 'unexpected');
});

test('a paired tab uses the local runtime unless a kind is forced', () => {
  assert.equal(chooseRuntimeKind({ search: '', localAvailable: false, paired: true }), 'local');
  assert.equal(chooseRuntimeKind({ search: '?runtime=webcontainer', localAvailable: true, paired: true }), 'webcontainer');
  assert.equal(chooseRuntimeKind({ search: '', localAvailable: false }), 'webcontainer');
});
