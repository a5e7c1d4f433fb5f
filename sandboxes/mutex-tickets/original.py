from multiprocessing import Process, Lock

def run(i, mutex):
	search(i)
	# 给买票环节加锁处理
	# 抢锁
	mutex.acquire()
	buy(i)
	# 释放锁
	mutex.release()
if __name__ == '__main__':
	# 在主进程中生成一把锁，让所有的子进程抢，谁先抢到谁谁买票
	mutex = Lock()
	for i in range(1,11):
		p = Process(target=run, args=(i, mutex))

