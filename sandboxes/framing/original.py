# 解决粘包问题思路：
# 1、拿到数据的总大小total_size
# 2、recv_size=0,循环接收，每接收一次，recv+=接收
# 3、知道recv_size=total_size
msg=server.recv(1024)
