# 服务端应该满足的特点
# 1、一直提供服务
# 2、并发地提供服务
import socket

# 1、买手机
phone = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # 流式协议=》tcp协议
# socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # udp协议

# 选（重用ip和端口）
phone.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

# 2、绑定手机卡
phone.bind(('127.0.0.1', 8080))   # 测试用127.0.0.1    上线用0.0.0.0

# 3、开机
phone.listen(5)  # 5指的是半连接池的大小
# phone.listen(backlog=5)  # 5指的是半连接池的大小

# 4、等待电话连接请求，拿到电话连接conn
# 加上链接循环
while True:
    conn, client_addr = phone.accept()  # 连接管道，客户端的ip和端口
    print(conn)
    print('客户端的ip和端口', client_addr)

    # 5、收\发消息
    while True:
        try:
            data = conn.recv(1024)  # 最大接收的数据量为1024Bytes,流式传输所以不用无穷大
            if len(data) == 0:
                # 在 windows系统，一旦data收到的是空
                # 意味着是一种异常的行为：客户端非法断开了连接
                break
            if data.decode('utf-8') == 'quit':break
            print('客户端发来的消息:', data.decode('utf-8'))
            conn.send(data.upper())
        except Exception:
            # 针对不知道什么系统
            break

    # 6、关闭电话连接conn(必选的回收资源的操作)
    conn.close()

# 7、关机(可选操作)
phone.close()

import socket

# 1、买手机
phone = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # 流式协议=》tcp协议

# 2、拨通服务端电话
phone.connect(('127.0.0.1', 8080))   # 服务端的是啥就写啥

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
