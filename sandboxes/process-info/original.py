current_process().pid  # 查看当前进程的进程号
os.getpid()  # 查看当前进程的进程号
os.getppid()  # 获取父进程的pid号

p = Process(target=task)
p.terminate()  # 杀死当前进程，是告诉操作系统去杀死当前进程，需要一定的时间
p.is_alive()  # 判断当前进程是否存活
