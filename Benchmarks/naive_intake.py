#!/usr/bin/env python3
"""The naive intake issue 17 measures lead-intake against: pyzmq + sqlite3, one durable commit per
lead before its acknowledgement (WAL, synchronous=FULL), a request-id table for retries, a reply
shaped like lead-intake's. No CURVE, no audit, no events, no validation beyond three fields.

    python3 Benchmarks/naive_intake.py tcp://127.0.0.1:5555 /tmp/naive.sqlite
"""
import json
import sqlite3
import sys
from datetime import datetime, timezone

import zmq

endpoint, path = sys.argv[1], sys.argv[2]
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE IF NOT EXISTS lead (id INTEGER PRIMARY KEY, record TEXT NOT NULL)")
db.execute("CREATE TABLE IF NOT EXISTS request (requestId TEXT PRIMARY KEY, leadId TEXT NOT NULL)")

socket = zmq.Context().socket(zmq.ROUTER)
socket.bind(endpoint)
print("ready", flush=True)


def reply(envelope, kind, body):
    return json.dumps({
        "protocol": envelope.get("protocol", "1.10"), "id": envelope.get("id", "") + "-r", "type": kind,
        "sender": "naive-intake", "sentAt": datetime.now(timezone.utc).isoformat(),
        "correlationId": envelope.get("id"), "body": body,
    }, ensure_ascii=False, separators=(",", ":")).encode()


while True:
    frames = socket.recv_multipart()
    envelope = json.loads(frames[-1])
    lead = envelope.get("body", {})
    if not all(lead.get(name) for name in ("companyName", "headquarters", "projectName")):
        socket.send_multipart(frames[:-1] + [reply(envelope, "error", {"code": "missing-field"})])
        continue
    db.execute("BEGIN IMMEDIATE")
    row = db.execute("SELECT leadId FROM request WHERE requestId = ?", (lead.get("requestId"),)).fetchone()
    if row:
        lead_id, status = row[0], "duplicate"
    else:
        number = db.execute("INSERT INTO lead (record) VALUES (?)", (json.dumps(lead, ensure_ascii=False),)).lastrowid
        lead_id, status = f"L-{number:06d}", "accepted"
        if lead.get("requestId"):
            db.execute("INSERT INTO request (requestId, leadId) VALUES (?, ?)", (lead["requestId"], lead_id))
    db.execute("COMMIT")
    socket.send_multipart(frames[:-1] + [reply(envelope, "ok", {"leadId": lead_id, "status": status})])
