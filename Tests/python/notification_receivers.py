#!/usr/bin/env python3
"""The real receivers of the notification tests: an SMTP server (aiosmtpd) and a group-chat
webhook receiver (企业微信-style: 200 with {"errcode": 0}), each in a process of its own so a test
can start one late or stop it.

Every message accepted is appended as one JSON line to OUT/mail.jsonl or OUT/hook.jsonl. A
message counts as accepted only when the receiver answers it (SMTP 250 after the data, HTTP 200):
one whose sender goes away first is not recorded, as with a real mail server.

Controls, by files in OUT (so the test needs no other channel):
- hold-mail / hold-hook: hold the next message before answering; the receiver writes
  holding-mail / holding-hook (the notification id) and waits until the file is removed, or, if the
  sender's connection closes meanwhile, writes dropped-mail / dropped-hook and records nothing.
- fail-hook: answer 200 with a chat error code (45009, rate limit), as 企业微信 does.

Usage: notification_receivers.py smtp|http --port PORT --out DIR   (writes OUT/ready-smtp or
OUT/ready-http once listening)
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import sys
import time


def append(out, name, entry):
    with open(os.path.join(out, name + ".jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())


def mark(out, name, text):
    path = os.path.join(out, name)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


class MailHandler:
    def __init__(self, out):
        self.out = out

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        ident = str(message["X-LeadTracker-Notification"])
        hold = os.path.join(self.out, "hold-mail")
        if os.path.exists(hold):
            mark(self.out, "holding-mail", ident)
            try:
                while os.path.exists(hold):
                    await asyncio.sleep(0.05)
            except asyncio.CancelledError:
                # aiosmtpd cancels the session when the client's connection is lost.
                mark(self.out, "dropped-mail", ident)
                raise
        append(self.out, "mail", {
            "id": ident, "to": envelope.rcpt_tos, "from": envelope.mail_from,
            "messageId": str(message["Message-ID"]), "subject": str(message["Subject"]),
            "body": message.get_content(), "at": time.time(),
        })
        return "250 OK"


def run_smtp(port, out):
    from aiosmtpd.controller import Controller
    controller = Controller(MailHandler(out), hostname="127.0.0.1", port=port)
    controller.start()
    mark(out, "ready-smtp", str(port))
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


async def serve_hook(reader, writer, out):
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        writer.close()
        return
    lines = head.decode("utf-8", "replace").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (l.split(":", 1) for l in lines[1:] if ":" in l)}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    ident = headers.get("x-leadtracker-notification", "")
    hold = os.path.join(out, "hold-hook")
    if os.path.exists(hold):
        mark(out, "holding-hook", ident)
        while os.path.exists(hold):
            try:
                data = await asyncio.wait_for(reader.read(1), 0.05)
            except asyncio.TimeoutError:
                continue
            if data == b"":
                mark(out, "dropped-hook", ident)
                writer.close()
                return
    if os.path.exists(os.path.join(out, "fail-hook")):
        reply = {"errcode": 45009, "errmsg": "api freq out of limit"}
    else:
        append(out, "hook", {"id": ident, "path": lines[0].split(" ")[1], "body": json.loads(body), "at": time.time()})
        reply = {"errcode": 0, "errmsg": "ok"}
    payload = json.dumps(reply).encode()
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                 b"Connection: close\r\n\r\n" % len(payload) + payload)
    await writer.drain()
    writer.close()


async def run_http(port, out):
    server = await asyncio.start_server(lambda r, w: serve_hook(r, w, out), "127.0.0.1", port)
    mark(out, "ready-http", str(port))
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


def main():
    # A test runner may start us with signals blocked; SIGTERM must stop us.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["smtp", "http"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.kind == "smtp":
        run_smtp(args.port, args.out)
    else:
        asyncio.run(run_http(args.port, args.out))


if __name__ == "__main__":
    sys.exit(main())
