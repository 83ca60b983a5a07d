#!/usr/bin/env python3
"""A loopback TCP relay that records every byte it forwards, in both directions.

Used by the security tests to look at what actually crosses the wire between leadctl and a
service: with CURVE the recording must not contain a submitted company name in clear.

    capture_proxy.py LISTEN_PORT TARGET_PORT CAPTURE_FILE

Prints "listening" once ready; runs until killed.
"""
import asyncio
import signal
import sys


async def pump(reader, writer, capture):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            capture.write(data)
            capture.flush()
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def main(listen_port, target_port, capture_path):
    capture = open(capture_path, "ab")

    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        await asyncio.gather(pump(client_reader, server_writer, capture), pump(server_reader, client_writer, capture))

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    print("listening", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    # A child of a test runner may inherit SIGTERM blocked or ignored: make it stop this relay.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]))
