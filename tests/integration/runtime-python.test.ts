// Python on the local runtime: the host runs python3 (and node) and nothing else, tells the page
// which Python it has, and gives Python programs the rules Node programs get (their own process
// group, PORT and UTF-8 output, everything they start stopped with them). Real host, real processes.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { detectPython, NO_PYTHON_MESSAGE } from '../../src/server/runtime-python.ts';
import { Client, hostPool, isAlive, waitUntil, type TestHost } from '../helpers/runtime-harness.ts';

const MARK = `rt-python-${process.pid}`;
const python = detectPython();
const noPython = python ? false : 'python3 is not installed on this machine: the Python programs cannot run here';
const hosts = hostPool(MARK);
const host = (options: Parameters<typeof hosts.start>[1] = {}): Promise<TestHost> => hosts.start({}, options);

after(() => hosts.closeAll());

function health(port: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/__runtime/health' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

test('the health route reports the machine\'s python3 version, or python: null', async () => {
  if (noPython) console.log(`# without python3: ${noPython}`);
  const h = await host();
  assert.deepEqual(await health(h.port), { runtime: 'local', python: python?.version ?? null });
  assert.match(python?.version ?? '3.0', /^3\.\d+/);
  const without = await host({ python: null });
  assert.deepEqual(await health(without.port), { runtime: 'local', python: null });
});

test('the host refuses every command but node and python3, over the wire', async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  await client.mount('x', { 'a.js': 'console.log(1)\n' });
  for (const command of ['sh', 'bash', 'python', '/bin/sh', 'env', 'node ', 'python3 -c']) {
    const { reply } = await client.request('x', 'a.js', command);
    assert.equal(reply.type, 'error', command);
    assert.match((reply as { message: string }).message, /only "node" and "python3" can be run/, command);
  }
  await client.close();
});

test('without python3 a Python program is refused with a bilingual reason; Node still runs', async () => {
  const h = await host({ python: null });
  const client = await Client.open(h.port, MARK);
  await client.mount('p', { 'hello.py': 'print("hi")\n' });
  const { reply } = await client.request('p', 'hello.py', 'python3');
  assert.deepEqual({ type: reply.type, message: (reply as { message?: string }).message }, { type: 'error', message: NO_PYTHON_MESSAGE });
  assert.match(NO_PYTHON_MESSAGE, /找不到 python3.*python3 was not found/);
  assert.match(await client.runHello('n'), /hello after/);
  await client.close();
});

const ENV_PY = `import os, sys
print("port", os.environ.get("PORT"))
print("unbuffered", os.environ.get("PYTHONUNBUFFERED"), "io", sys.stdout.encoding, "bytecode", sys.dont_write_bytecode)
print("你好", flush=False)
line = input("name? ")
print("got", line.upper())
`;

test('a Python program gets PORT, unbuffered UTF-8 output and its stdin', { skip: noPython }, async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  await client.mount('py', { 'env.py': ENV_PY });
  const id = await client.spawn('py', 'env.py', 'python3', { PORT: '41234' });
  // Unbuffered: the prompt arrives before any input is given, on a pipe.
  await client.waitOutput(id, /name\? $/);
  client.send({ type: 'input', id, data: 'ada\n' });
  assert.equal((await client.waitExit(id)).code, 0);
  assert.equal(client.output(id), 'port 41234\nunbuffered 1 io utf-8 bytecode True\n你好\nname? got ADA\n');
  await client.close();
});

// Two processes printing at once, as the notes' multiprocessing examples do.
const TWO_PRINTERS_PY = `from multiprocessing import Process
def say(tag):
    for i in range(200):
        print(tag + str(i))
if __name__ == '__main__':
    ps = [Process(target=say, args=(t,)) for t in 'ab']
    for p in ps: p.start()
    for p in ps: p.join()
`;

test('two Python processes printing at once keep their lines whole, as in a terminal', { skip: noPython }, async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  await client.mount('two', { 'two.py': TWO_PRINTERS_PY });
  const id = await client.spawn('two', 'two.py', 'python3');
  assert.equal((await client.waitExit(id)).code, 0);
  const lines = client.output(id).split('\n').slice(0, -1);
  assert.deepEqual(lines.filter((l) => !/^[ab]\d+$/.test(l)), [], 'every line is one whole print()');
  assert.equal(lines.length, 400);
  await client.close();
});

// Starts a child that ignores SIGTERM in a new session, prints both pids and idles.
const TREE_PY = `import os, signal, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import signal, time\\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\\nwhile True: time.sleep(1)"], start_new_session=True)
print("pids", os.getpid(), child.pid, os.getpgid(0) == os.getpid())
while True:
    time.sleep(1)
`;

test('stopping a Python program stops what it started, even in another session ignoring SIGTERM', { skip: noPython }, async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  await client.mount('tree', { 'tree.py': TREE_PY });
  const id = await client.spawn('tree', 'tree.py', 'python3');
  const [, main = '0', child = '0', leader] = await client.waitOutput(id, /pids (\d+) (\d+) (True|False)/);
  assert.equal(leader, 'True', 'the program leads its own process group');
  assert.equal(Number(main), client.pidOf(id), 'the pid the page sees is the interpreter itself (no wrapper)');
  assert.ok(isAlive(Number(child)));
  client.send({ type: 'kill', id, signal: 'SIGTERM' });
  assert.equal((await client.waitExit(id, 10_000)).code, 143);
  await waitUntil(() => !isAlive(Number(main)) && !isAlive(Number(child)), 'both Python processes to be gone');
  await client.close();
});
