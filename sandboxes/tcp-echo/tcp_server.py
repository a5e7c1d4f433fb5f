# 服务端应该满足的特点
# 1、一直提供服务
# 2、并发地提供服务
import socket
import os  # 修正版 / corrected: the port comes from PORT

# 1、买手机
phone = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # 流式协议=》tcp协议
# socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # udp协议

# 选（重用ip和端口）
phone.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

# 2、绑定手机卡
PORT = int(os.environ.get('PORT', 8080))  # 端口取自环境变量 PORT，默认 8080 同原文 / port from PORT, 8080 as in the notes
phone.bind(('127.0.0.1', PORT))   # 测试用127.0.0.1    上线用0.0.0.0

# 3、开机
phone.listen(5)  # 5指的是半连接池的大小
print('listening on 127.0.0.1:%d' % PORT)  # 补充 / added: now clients can connect
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
