# 服务端应该满足的特点
# 1、一直提供服务
# 2、并发地提供服务
import socket

# 1、买手机

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # udp协议

# 选（重用ip和端口）
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

# 2、绑定手机卡
server.bind(('127.0.0.1', 8080))  # 测试用127.0.0.1    上线用0.0.0.0

res = server.recvfrom(1024)  # 最大接收的数据量为1024Bytes,流式传输所以不用无穷大
print(res)

server.close()

import socket

# 1、买手机
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # udp协议

client.sendto('hello'.encode('utf-8'), ('127.0.0.1', 8080))  # 可以发空

client.close()
