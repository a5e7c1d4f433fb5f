from multiprocessing import Process, Lock
import json
import os
import time

# 修正 E56 / fix: the ticket file, search() and buy() the notes leave out
DB = 'data.json'

def search(i):
	with open(DB, encoding='utf-8') as f:
		ticket_num = json.load(f)['ticket_num']
	print('用户%s查询余票：%s' % (i, ticket_num), flush=True)

def buy(i):
	with open(DB, encoding='utf-8') as f:
		data = json.load(f)
	time.sleep(0.1)  # 模拟网络延迟 / network delay
	if data['ticket_num'] > 0:
		data['ticket_num'] -= 1
		with open(DB + '.tmp', 'w', encoding='utf-8') as f:
			json.dump(data, f)
		os.replace(DB + '.tmp', DB)  # search() never reads a half-written file
		print('用户%s买票成功' % i, flush=True)
	else:
		print('用户%s买票失败' % i, flush=True)

def run(i, mutex):
	search(i)
	# 给买票环节加锁处理
	# 抢锁
	mutex.acquire()
	try:
		buy(i)
	finally:
		# 释放锁
		mutex.release()
if __name__ == '__main__':
	with open(DB, 'w', encoding='utf-8') as f:
		json.dump({'ticket_num': 1}, f)  # 只剩一张票 / one ticket left
	# 在主进程中生成一把锁，让所有的子进程抢，谁先抢到谁买票
	mutex = Lock()
	p_list = []
	for i in range(1,11):
		p = Process(target=run, args=(i, mutex))
		p.start()  # 修正 E56 / fix: start every process …
		p_list.append(p)
	for p in p_list:
		p.join()  # … then wait for all of them
