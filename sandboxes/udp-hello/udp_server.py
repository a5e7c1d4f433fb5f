# 服务端应该满足的特点
# 1、一直提供服务
# 2、并发地提供服务
import socket
import os  # 修正版 / corrected: the port comes from PORT

# 1、买手机

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # udp协议

# 选（重用ip和端口）
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

# 2、绑定手机卡
PORT = int(os.environ.get('PORT', 8080))  # 端口取自环境变量 PORT，默认 8080 同原文 / port from PORT, 8080 as in the notes
server.bind(('127.0.0.1', PORT))  # 测试用127.0.0.1    上线用0.0.0.0
print('listening on 127.0.0.1:%d (udp)' % PORT)  # 补充 / added: now a datagram can arrive

res = server.recvfrom(1024)  # 最大接收的数据量为1024Bytes,流式传输所以不用无穷大
print(res)

server.close()
