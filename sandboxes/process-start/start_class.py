# 第二种方式 类的继承
from multiprocessing import Process
import time


class Myprocess(Process):
    def run(self):  # 必须是run
        print('hello')
        time.sleep(1)
        print('bye')


if __name__ == '__main__':
    p = Myprocess()
    p.start()
    print('主')
