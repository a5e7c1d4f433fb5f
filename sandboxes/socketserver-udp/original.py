import socketserver
class MyRequestHandle(socketserver.BaseRequestHandler):
    def handle(self):
        print(self.request)  # 如果是tcp协议，self.request=》conn
        print(self.client_address)  # 客户端的ip地址
        # server.sendto(data.upper(), client_addr)
s = socketserver.ThreadingUDPServer(('127.0.0.1',8888),MyRequestHandle)
s.serve_forever()
# 相当于：只负责循环地收
# while True:
#     data, client_addr = server.recvfrom(1024)
#     启动一个线程处理后续的事情（data, client_addr）
