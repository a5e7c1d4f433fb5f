import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWireModel, hexPreview, laneLabel, textPreview } from '../../src/components/sandbox/wire-model.ts';
import { describeRow } from '../../src/components/sandbox/wire-rows.ts';
import type { WireEvent } from '../../src/runtime/wire-extract.ts';

const C = '127.0.0.1:41000';
const S = '127.0.0.1:8080';
const conn = [C, S].sort().join(' ');
const ev = (e: Partial<WireEvent> & Pick<WireEvent, 'k'>): WireEvent => ({ p: 'tcp', t: 0, ...e });

test('both ends of a connection get their own lane and a write points at the peer lane', () => {
  const m = createWireModel();
  m.add('server', ev({ k: 'listen', l: S, t: 1 }));
  m.add('server', ev({ k: 'accept', l: S, r: C, conn, t: 2 }));
  m.add('client', ev({ k: 'connect', l: C, r: S, conn, t: 3 }));
  const w = m.add('client', ev({ k: 'write', l: C, r: S, conn, n: 5, h: '68656c6c6f', t: 4 }));
  assert.equal(m.lanes.length, 3);
  assert.ok(w);
  assert.equal(w.lane.program, 'client');
  assert.equal(w.peer?.program, 'server');
  assert.equal(w.at, 3);
  const row = describeRow(w);
  assert.equal(row.shape, 'arrow');
  assert.equal(row.dir, 'left'); // the server's socket lane came first
  assert.equal(row.column, '3 / 5');
  assert.equal(row.text, '“hello”');
  assert.equal(row.conn, conn);
  assert.equal(laneLabel(w.lane), 'client :41000');
});

test('a delivery is a box on the receiving lane', () => {
  const m = createWireModel();
  m.add('server', ev({ k: 'accept', l: S, r: C, conn }));
  const d = m.add('server', ev({ k: 'data', l: S, r: C, conn, n: 10, h: '68656c6c6f776f726c64' }));
  assert.ok(d);
  const row = describeRow(d);
  assert.equal(row.shape, 'box');
  assert.equal(row.bytes, '10');
  assert.equal(row.who, 'server :8080 ← :41000');
});

test('UDP: send and message share a lane pair; the receiver is named once it speaks', () => {
  const m = createWireModel();
  const tx = '127.0.0.1:5000';
  const s = m.add('client', ev({ k: 'send', p: 'udp', l: tx, r: S, conn: [tx, S].sort().join(' '), n: 5 }));
  assert.equal(s?.peer?.local, S);
  m.add('server', ev({ k: 'message', p: 'udp', l: S, r: tx, n: 5 }));
  assert.deepEqual(m.lanes.map((l) => l.program), ['client', 'server']);
});

test('only the last `cap` events are kept; drops (also the probe\'s) are counted', () => {
  const m = createWireModel(3);
  for (let i = 0; i < 5; i++) m.add('c', ev({ k: 'write', l: C, r: S, conn, n: 1, t: i }));
  assert.equal(m.entries.length, 3);
  assert.equal(m.entries[0]?.event.t, 2);
  assert.equal(m.dropped, 2);
  assert.equal(m.add('c', { k: 'dropped', t: 9, dropped: 40 }), null);
  assert.equal(m.dropped, 42);
  m.clear();
  assert.equal(m.entries.length + m.lanes.length + m.dropped, 0);
});

test('previews: text with control characters marked, hex grouped, cut previews end with …', () => {
  assert.equal(textPreview(ev({ k: 'data', n: 3, h: '610a00' })), 'a⏎·');
  assert.equal(textPreview(ev({ k: 'data', n: 30, h: '6869' })), 'hi…');
  assert.equal(hexPreview(ev({ k: 'data', n: 2, h: '6869' })), '68 69');
  assert.equal(textPreview(ev({ k: 'data', n: 9, h: '000000056865' })), '···\u0005he…'.replace('\u0005', '·'));
});
