# 服务端
from socket import *
import subprocess
import struct
import os  # 端口取自 PORT / the port comes from PORT

server = socket(AF_INET, SOCK_STREAM)
PORT = int(os.environ.get('PORT', 8081))  # 默认 8081 同原文 / 8081 as in the notes
server.bind(('127.0.0.1', PORT))
server.listen(5)
print('listening on 127.0.0.1:%d' % PORT)  # 补充 / added: now clients can connect


# 服务端应该做两件事
# 第一件事：循环地从 accept 队列中取出内核已经建立好的链接，拿到连接对象（修正 E62 / fix）
while True:
    conn, client_addr = server.accept()

    # 第二件事：拿到链接对象，与其进行通信循环
    while True:
        try:
            cmd = conn.recv(1024)  # 命令本身没有报头：超过 1024 字节的命令会被拆开 / commands are not framed
            if len(cmd) == 0:break
            obj = subprocess.Popen(cmd.decode('utf-8'),
                             shell=True,
                             stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE
                             )

            stdout_res, stderr_res = obj.communicate()  # 修正 E28 / fix: no pipe deadlock
            total_size = len(stdout_res) + len(stderr_res)

            # 1、先发头信息(固定长度的bytes)：对数据描述信息
            # int->固定长度的bytes
            header = struct.pack('!I', total_size)  # 修正 E29 / fix: network byte order
            conn.sendall(header)  # 修正 E21 / fix: sendall

            # 2、再发真实的数据
            conn.sendall(stdout_res+stderr_res)

        except Exception:
            break

    conn.close()
