# 服务端
from socket import *
import subprocess
import struct

server = socket(AF_INET, SOCK_STREAM)
server.bind(('127.0.0.1', 8081))
server.listen(5)


# 服务端应该做两件事
# 第一件事：循环地从半连接池中取出链接请求与其建立双向链接，拿到连接对象
while True:
    conn, client_addr = server.accept()

    # 第二件事：拿到链接对象，与其进行通信循环
    while True:
        try:
            cmd = conn.recv(1024)
            if len(cmd) == 0:break
            obj = subprocess.Popen(cmd.decode('utf-8'),
                             shell=True,
                             stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE
                             )

            stdout_res = obj.stdout.read()
            stderr_res = obj.stderr.read()
            total_size = len(stdout_res) + len(stderr_res)

            # 1、先发头信息(固定长度的bytes)：对数据描述信息
            # int->固定长度的bytes
            header = struct.pack('i', total_size)
            conn.send(header)

            # 2、再发真实的数据
            conn.send(stdout_res+stderr_res)

        except Exception:
            break

    conn.close()



# 客户端
from socket import *
import struct

client = socket(AF_INET, SOCK_STREAM)
client.connect(('127.0.0.1', 8081))

while True:
    msg = input('请输入命令:'.strip())

    if len(msg) == 0:continue
    client.send(msg.encode('utf-8'))
    header = client.recv(4)
    total_size = struct.unpack('i', header)[0]

    recv_size = 0
    while recv_size < total_size:
        recv_date = client.recv(1024)
        recv_size += len(recv_date)
        print(recv_date.decode('utf-8'),end='')
    else:
        print('')

        cmd_res = client.recv(1024)  # 本次接收，最大接收1024Bytes
    print(cmd_res.decode('gbk'))  # windows系统用gbk
