import socket
import os  # 修正版 / corrected: the port comes from PORT
import sys

# 1、买手机
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # udp协议

PORT = int(os.environ.get('PORT', 8080))  # 端口取自环境变量 PORT，默认 8080 同原文 / port from PORT, 8080 as in the notes
client.sendto('hello'.encode('utf-8'), ('127.0.0.1', PORT))  # 可以发空

# 补充 / added: with --wait-reply, wait up to 2 s for the server's answer (the notes' client just leaves)
if '--wait-reply' in sys.argv:
    client.settimeout(2)
    try:
        data, server_addr = client.recvfrom(1024)
        print(data.decode('utf-8'))
    except socket.timeout:
        print('no reply (UDP gives no guarantee)')

client.close()
