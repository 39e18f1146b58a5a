#!/usr/bin/env python3
"""A TCP proxy that holds every chunk back DELAY_MS milliseconds each way, so that a PostgreSQL server on this
machine answers like one across an office network (issue 21's figures "over a network"). Usage:
    scripts/lan-proxy.py LISTEN_PORT TARGET_PORT [DELAY_MS=0.5]
then point --database at postgresql://127.0.0.1:LISTEN_PORT/DB. Order is kept per direction."""
import asyncio, sys, time

LISTEN, TARGET = int(sys.argv[1]), int(sys.argv[2])
DELAY = (float(sys.argv[3]) if len(sys.argv) > 3 else 0.5) / 1000.0

async def pipe(reader, writer):
    queue = asyncio.Queue()

    async def read():
        while True:
            data = await reader.read(65536)
            await queue.put((time.monotonic() + DELAY, data))
            if not data:
                return

    async def write():
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                writer.close()
                return
            writer.write(data)
            await writer.drain()

    await asyncio.gather(read(), write(), return_exceptions=True)

async def handle(client_reader, client_writer):
    server_reader, server_writer = await asyncio.open_connection('127.0.0.1', TARGET)
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer),
                         return_exceptions=True)

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', LISTEN)
    async with server:
        await server.serve_forever()

asyncio.run(main())
