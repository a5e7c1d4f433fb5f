import socketserver
import os  # 修正版 / corrected: the port comes from PORT
class MyRequestHandle(socketserver.BaseRequestHandler):
    def handle(self):
        print(self.request)  # 如果是tcp协议，self.request=》conn
        print(self.client_address)  # 客户端的ip地址
        # server.sendto(data.upper(), client_addr)
PORT = int(os.environ.get('PORT', 8888))  # 端口取自环境变量 PORT，默认 8888 同原文 / port from PORT, 8888 as in the notes
s = socketserver.ThreadingUDPServer(('127.0.0.1',PORT),MyRequestHandle)
print('listening on 127.0.0.1:%d (udp)' % PORT)  # 补充 / added: now a datagram can arrive
s.serve_forever()
# 相当于：只负责循环地收
# while True:
#     data, client_addr = server.recvfrom(1024)
#     启动一个线程处理后续的事情（data, client_addr）
