# 客户端
from socket import *
import struct
import os  # 端口取自 PORT / the port comes from PORT


def recv_exactly(sock, n):  # 修正 E30 / fix: recv() may return fewer bytes, so loop until n
    data = b''
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if len(chunk) == 0:  # 服务端断开了连接 / the server closed the connection
            raise ConnectionError('服务端断开了连接 / the server closed the connection')
        data += chunk
    return data


client = socket(AF_INET, SOCK_STREAM)
client.connect(('127.0.0.1', int(os.environ.get('PORT', 8081))))  # 默认 8081 同原文 / 8081 as in the notes

while True:
    msg = input('请输入命令:').strip()  # 修正 E22 / fix: strip what was typed

    if len(msg) == 0:continue
    if msg == 'quit':break  # 修正 E34 / fix: a way to leave
    client.sendall(msg.encode('utf-8'))  # E21: sendall
    header = recv_exactly(client, 4)
    total_size = struct.unpack('!I', header)[0]  # 修正 E29 / fix: network byte order

    recv_size = 0
    cmd_res = b''
    while recv_size < total_size:
        recv_data = client.recv(1024)  # 修正 E31 / fix: recv_data
        if len(recv_data) == 0:
            raise ConnectionError('服务端断开了连接 / the server closed the connection')
        recv_size += len(recv_data)
        cmd_res += recv_data
    # 修正 E32 / fix: decode once, after the whole reply has arrived (Windows cmd: 'gbk')
    print(cmd_res.decode('utf-8', errors='replace'), end='')
    print('')
    # 修正 E33 / fix: no second recv(1024) here, no more data is coming

client.close()  # 修正 E34 / fix: close the connection
