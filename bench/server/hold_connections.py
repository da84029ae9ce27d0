#!/usr/bin/env python3
"""Holds IDLE idle and SLOW slow connections open to a loopback server for SECONDS seconds.

Idle connections send nothing; slow ones send one byte of a never-ending request head every second
(the dribbling client of issue 16). A connection the server closes (its head deadline) is reopened at
once, so the count stays held. Prints what it held at the end. Bounded: loopback only, SECONDS.

    hold_connections.py PORT IDLE SLOW SECONDS
"""
import selectors
import socket
import sys
import time

HEAD = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100000


def main():
    port, idle, slow, seconds = (int(v) for v in sys.argv[1:5])
    selector = selectors.DefaultSelector()
    sent = {}  # socket -> bytes of HEAD sent, or None for idle ones
    reopened = 0

    def open_one(is_slow):
        s = socket.create_connection(("127.0.0.1", port))
        s.setblocking(False)
        selector.register(s, selectors.EVENT_READ)
        sent[s] = 0 if is_slow else None

    for _ in range(idle):
        open_one(False)
    for _ in range(slow):
        open_one(True)
    print(f"holding {idle} idle + {slow} slow connections for {seconds} s", flush=True)
    end = time.monotonic() + seconds
    next_drip = time.monotonic()
    while time.monotonic() < end:
        for key, _ in selector.select(timeout=0.2):
            s = key.fileobj
            try:
                data = s.recv(65536)
            except OSError:
                data = b""
            if not data:  # closed by the server: reopen it
                is_slow = sent.pop(s) is not None
                selector.unregister(s)
                s.close()
                reopened += 1
                open_one(is_slow)
        if time.monotonic() >= next_drip:
            next_drip += 1.0
            for s, count in list(sent.items()):
                if count is not None:
                    try:
                        s.send(HEAD[count:count + 1])
                        sent[s] = count + 1
                    except OSError:
                        pass
    held = len(sent)
    print(f"held {held} connections at the end; {reopened} reopened after the server closed them")


if __name__ == "__main__":
    main()
