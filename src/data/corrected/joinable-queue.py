# JoinableQueue：原文没有代码，这是本站补充的例子 / the notes have no code: an added example
from multiprocessing import Process, JoinableQueue
import time


def producer(name, q):
    for i in range(3):
        time.sleep(0.1)  # 做包子 / making a bun
        q.put('%s的包子%s' % (name, i))  # 计数器 +1 / counter + 1
        print('%s生产了包子%s' % (name, i), flush=True)


def consumer(name, q):
    while True:  # 永不停止 / never stops by itself
        food = q.get()
        time.sleep(0.1)  # 吃包子 / eating
        print('%s吃了%s' % (name, food), flush=True)
        q.task_done()  # 计数器 -1 / counter - 1


if __name__ == '__main__':
    q = JoinableQueue()
    producers = [Process(target=producer, args=(n, q)) for n in ('egon', 'tank')]
    # 消费者设为守护进程：主进程结束时它们也结束 / daemons: they end with the main process
    consumers = [Process(target=consumer, args=(n, q), daemon=True) for n in ('c1', 'c2')]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()  # 等生产者都做完 / wait for the producers
    q.join()  # 等计数器归零：所有包子都被吃掉了 / wait until the counter is 0
    print('主')
