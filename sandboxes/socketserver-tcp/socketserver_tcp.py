import socketserver
import os  # 修正版 / corrected: the port comes from PORT
class MyRequestHandle(socketserver.BaseRequestHandler):
    def handle(self):  # 一定要写
        print(self.request)  # 如果是tcp协议，self.request=》conn
        print(self.client_address)  # 客户端的ip地址

        while True:
            try:
                msg = self.request.recv(1024)
                if len(msg) == 0: break
                self.request.send(msg.upper())


            except Exception:
                break

        self.request.close()

# 服务端应该做两件事
# 第一件事：循环地从半连接池中取出链接请求与其建立双向链接，拿到连接对象
PORT = int(os.environ.get('PORT', 8888))  # 端口取自环境变量 PORT，默认 8888 同原文 / port from PORT, 8888 as in the notes
s = socketserver.ThreadingTCPServer(('127.0.0.1',PORT),MyRequestHandle)
print('listening on 127.0.0.1:%d' % PORT)  # 补充 / added: now clients can connect
s.serve_forever()
# 等同于
# while True:
#      conn, client_addr = server.accept()
#      启动一个线程(conn,client_addr)

# 第二件事：拿到链接对象，与其进行通信循环===>handle
