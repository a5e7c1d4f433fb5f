队列：先进先出
堆栈：先进后出
from multiprocessing import Queue

# 创建一个队列
q = Queue(5)  # 括号内可以传数字，表示生辰过的队列最大可以同时存放的数据量
q.put(111)   # 超出数据量会阻塞，直到有位置传入
v1 = q.get()  # 队列中如果没有数据的话 get方法会原地阻塞
v1 = q.get(timeout=3)  # 队列中如果没有数据的话 get方法会原地阻塞三秒，然后报错queue.Em pty
v1 = q.get_nowait()   # 队列中如果没有数据的话 get方法会报错queue.Em
'''
q.full()
q.empty()
q.get_nowait()
在多进程的情况下是不精确的
'''
