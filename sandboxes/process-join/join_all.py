
from multiprocessing import Process
import time


def task(name, n):
    print('%s is running' % name)
    time.sleep(3)
    print('%s is over' % name)

if __name__ == '__main__':
	# 第一种
    # # 1 创建一个对象
    # p1 = Process(target=task, args=('gavin', 1))
    # p2 = Process(target=task, args=('jason', 2))    # p3 = Process(target=task, args=('tony', 3))    # start_time=time.time()    # # 2 开启进程
    # p1.start()
    # p2.start()    # p3.start()    # # p.join()  # 主进程等待子进程p运行结束之后再继续往后执行
    # p1.join()
    # p2.join()    # p3.join()


	# 第二种
    start_time = time.time()  # 修正 E48 / fix: four spaces, not a tab
    p_list=[]
    for i in range(1, 4):
        p = Process(target=task, args=('子进程%s' % i, 1))
        p.start()
        p_list.append(p)
    for p in p_list:
        p.join()
    print('主', time.time() - start_time)  # 3秒多一点
