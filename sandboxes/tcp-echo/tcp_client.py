import socket
import os  # 修正版 / corrected: the port comes from PORT

# 1、买手机
phone = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # 流式协议=》tcp协议

# 2、拨通服务端电话
phone.connect(('127.0.0.1', int(os.environ.get('PORT', 8080))))   # 服务端的是啥就写啥（PORT，默认 8080 / PORT, default 8080）

# 3、通信
while True:
    msg = input('输入要发送的信息：'.strip())
    if len(msg) == 0:continue  # 否则输空服务端会一直等待接收
    if msg == 'quit':break
    phone.send(msg.encode('utf-8'))  # 首先send给自己的缓存
    data = phone.recv(1024)  # 从自己缓存recv
    print(data.decode('utf-8'))

# 4、关闭连接(必选的回收资源的操作,对应服务端的conn)
phone.close()
