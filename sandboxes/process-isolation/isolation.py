from multiprocessing import Process  # 修正 E49 / fix: the missing import
money = 100

def task():
	global money
	money = 666

if __name__ == '__main__':
	p = Process(target = task)
	p.start()
	p.join()
	print(money)   # 100
