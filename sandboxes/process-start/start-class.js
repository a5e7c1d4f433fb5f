// Way 2 of starting a process: a class with a run() method (Python: subclass Process, override run).
// 开启进程的第二种方式：类的继承，重写 run() 方法。
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

/** A tiny stand-in for Python's multiprocessing.Process: start() runs run() in a new process. */
class Process {
  start() {
    // The child re-executes this file with the role "child" and calls run() there.
    this.child = fork(fileURLToPath(import.meta.url), ['child']);
    return this;
  }

  run() {}
}

class MyProcess extends Process {
  run() { // 必须是 run / must be called run
    console.log('hello');
    setTimeout(() => console.log('bye'), 1000 * SCALE);
  }
}

// Role check (classes must be defined first: they are not hoisted).
// 角色判断，相当于 if __name__ == '__main__':（类要先定义，不会被提升）
if (process.argv[2] === 'child') {
  new MyProcess().run();
} else {
  const p = new MyProcess();
  p.start();
  console.log('主');
}
