#!/usr/bin/env python3
"""A small LeadTracker client, written from Protocols/ (wire protocol 1.0) alone.

It checks a running deployment the way a client in another language would see it:

  1. submits one lead to lead-intake (`lead.submit` with a `requestId`) and prints the reply;
  2. polls lead-matcher with `recommendation.get` for that lead until an `ok` reply (up to
     --wait seconds; 1 s timeout per attempt, after which the DEALER is closed, reopened and the
     same envelope resent: Lazy Pirate), and checks the recommendation's `region`;
  3. sends one garbage frame (`b"not json"`) to lead-intake and checks the reply is an `error`
     envelope with code `invalid-json`.

Exit status 0 when every check passes, 1 otherwise (with a message saying which and why).

    pip install pyzmq
    python3 Tests/python/leadtracker_client.py --intake tcp://127.0.0.1:7701 \\
        --matcher tcp://127.0.0.1:7711 --expect-region greater-bay-area
"""

import argparse
import os
import datetime as dt
import json
import re
import sys
import time
import uuid

try:
    import zmq
except ImportError:  # pragma: no cover
    sys.exit("leadtracker_client.py needs pyzmq: pip install pyzmq")

PROTOCOL = "1.0"  # Protocols/README.md §1.3
SENDER = "leadtracker_client.py"  # informational only (§4)
MAX_REQUEST_BYTES = 1 << 20  # §15
BEIJING = dt.timezone(dt.timedelta(hours=8))
REGIONS = ["jingjinji", "yangtze-river-delta", "greater-bay-area", "other", "unknown"]  # §6.6
LEAD_ID = re.compile(r"^L-[0-9]{6,}$")  # §6.4
TRANSIENT_RECOMMENDATION_ERRORS = {"not-found", "unavailable"}  # §9.1, §16


class CheckFailed(Exception):
    """A check failed; the message says which and why."""


class NoReply(Exception):
    """No reply within the timeout, on every attempt."""


def step(text):
    print(f"==> {text}", flush=True)


def info(text):
    print(f"    {text}", flush=True)


def now_rfc3339():
    """The current instant in Beijing time, RFC 3339 with offset, milliseconds when nonzero (§6.1)."""
    now = dt.datetime.now(BEIJING)
    text = now.strftime("%Y-%m-%dT%H:%M:%S")
    millis = now.microsecond // 1000
    if millis:
        text += f".{millis:03d}"
    return text + "+08:00"


def make_envelope(message_type, body):
    """A request envelope (§4): a fresh UUID id, no correlationId."""
    return {
        "protocol": PROTOCOL,
        "type": message_type,
        "id": str(uuid.uuid4()),
        "sentAt": now_rfc3339(),
        "sender": SENDER,
        "body": body,
    }


def encode(envelope):
    """The envelope as the single UTF-8 JSON frame a DEALER sends (§3.1, §3.3)."""
    payload = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(payload) > MAX_REQUEST_BYTES:
        raise CheckFailed(f"request is {len(payload)} bytes, over the 1 MiB limit; not sent (§15)")
    return payload


def decode_reply(frames):
    """A reply received on a DEALER: exactly one frame, a 1.x envelope of type ok or error (§3.1, §5)."""
    if len(frames) != 1:
        raise CheckFailed(f"reply has {len(frames)} frames; a DEALER receives exactly one (the envelope)")
    try:
        reply = json.loads(frames[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise CheckFailed(f"reply is not UTF-8 JSON: {error}: {frames[0][:200]!r}")
    if not isinstance(reply, dict):
        raise CheckFailed(f"reply is not a JSON object: {reply!r}")
    for key in ("protocol", "type", "id", "sentAt", "sender", "body"):
        if key not in reply:
            raise CheckFailed(f"reply envelope lacks '{key}': {reply!r}")
    if not str(reply["protocol"]).startswith("1."):
        raise CheckFailed(f"reply speaks protocol {reply['protocol']!r}; this client speaks {PROTOCOL}")
    if reply["type"] not in ("ok", "error"):
        raise CheckFailed(f"reply type is {reply['type']!r}, expected ok or error")
    if not isinstance(reply["body"], dict):
        raise CheckFailed(f"reply body is not an object: {reply['body']!r}")
    return reply


def describe_error(reply):
    body = reply["body"]
    field = f" (field {body['field']})" if body.get("field") else ""
    return f"{body.get('code')}{field}: {body.get('message')}"


# CURVE (Protocols/README.md §18): the client's key pair and each server's public key, by endpoint.
CLIENT_KEYS = None
SERVER_KEYS = {}


def read_key_file(path):
    """Reads a ZeroMQ-style key file: lines `public-key = "..."` and `secret-key = "..."`."""
    keys = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("#") or "=" not in line:
                continue
            name, value = line.split("=", 1)
            keys[name.strip()] = value.strip().strip('"')
    return keys


def send_once(context, endpoint, payload, request_id, timeout):
    """One attempt on a fresh DEALER: send, wait up to `timeout` s for the reply to `request_id`.

    Returns the reply, or None on timeout. The socket is always closed with linger 0, so an
    unanswered request does not linger in a queue (Lazy Pirate, §16). With `request_id` None any
    reply is taken (used for the garbage frame, whose id the service cannot read).
    """
    socket = context.socket(zmq.DEALER)
    socket.setsockopt(zmq.LINGER, 0)
    if CLIENT_KEYS is not None:
        socket.curve_publickey = CLIENT_KEYS["public-key"].encode()
        socket.curve_secretkey = CLIENT_KEYS["secret-key"].encode()
        socket.curve_serverkey = SERVER_KEYS[endpoint].encode()
    try:
        socket.connect(endpoint)
        socket.send(payload)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            if not socket.poll(int(remaining * 1000) + 1, zmq.POLLIN):
                continue
            reply = decode_reply(socket.recv_multipart())
            if request_id is None or reply.get("correlationId") == request_id:
                return reply
            info(f"discarding a reply to another request (correlationId {reply.get('correlationId')!r})")
    finally:
        socket.close(linger=0)


def request(context, endpoint, envelope, timeout, attempts):
    """Lazy Pirate (§16): resend the same envelope (same id, same requestId) on a new DEALER after each timeout."""
    payload = encode(envelope)
    for attempt in range(1, attempts + 1):
        reply = send_once(context, endpoint, payload, envelope["id"], timeout)
        if reply is not None:
            return reply
        info(f"no reply within {timeout:g} s (attempt {attempt}/{attempts})"
             + ("; reopening the socket and resending" if attempt < attempts else ""))
    raise NoReply(f"{envelope['type']} to {endpoint}: no reply after {attempts} attempts of {timeout:g} s")


def submit_lead(context, args):
    step(f"lead.submit to {args.intake}")
    body = {
        "companyName": args.company,
        "headquarters": args.headquarters,
        "projectName": args.project,
        "estimatedInvestment": args.amount,
        "officer": "leadtracker_client.py",
        "requestId": str(uuid.uuid4()),  # makes the Lazy Pirate resends idempotent (§8.13)
    }
    envelope = make_envelope("lead.submit", body)
    info(f"request id {envelope['id']}, requestId {body['requestId']}")
    reply = request(context, args.intake, envelope, args.timeout, args.retries)
    print(json.dumps(reply, ensure_ascii=False, indent=2), flush=True)
    if reply["type"] == "error":
        raise CheckFailed(f"lead.submit was refused: {describe_error(reply)}")
    result = reply["body"]
    lead_id = result.get("leadId")
    if not isinstance(lead_id, str) or not LEAD_ID.match(lead_id):
        raise CheckFailed(f"SubmitResult.leadId {lead_id!r} is not a lead id like L-000042")
    if result.get("status") not in ("accepted", "duplicate"):
        raise CheckFailed(f"SubmitResult.status {result.get('status')!r} is neither accepted nor duplicate")
    lead = result.get("lead")
    if not isinstance(lead, dict) or lead.get("leadId") != lead_id:
        raise CheckFailed("SubmitResult.lead is missing or names another lead")
    if lead.get("stage") != "lead":
        raise CheckFailed(f"a new lead should be in stage 'lead', not {lead.get('stage')!r}")
    info(f"submitted: {lead_id} ({result['status']})")
    return lead_id


def poll_recommendation(context, args, lead_id):
    step(f"recommendation.get {lead_id} from {args.matcher} (up to {args.wait:g} s)")
    deadline = time.monotonic() + args.wait
    envelope = make_envelope("recommendation.get", {"leadId": lead_id})
    attempt = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise CheckFailed(f"no recommendation for {lead_id} from {args.matcher} within {args.wait:g} s")
        attempt += 1
        timeout = min(args.poll_timeout, remaining)
        reply = send_once(context, args.matcher, encode(envelope), envelope["id"], timeout)
        if reply is None:
            # Same envelope again, on a fresh DEALER (Lazy Pirate).
            info(f"attempt {attempt}: no reply within {timeout:.1f} s; reopening the socket and resending")
            continue
        if reply["type"] == "ok":
            print(json.dumps(reply, ensure_ascii=False, indent=2), flush=True)
            return reply["body"]
        code = reply["body"].get("code")
        if code not in TRANSIENT_RECOMMENDATION_ERRORS:
            raise CheckFailed(f"recommendation.get was refused: {describe_error(reply)}")
        info(f"attempt {attempt}: {code} (the matcher has not applied the lead yet); asking again")
        time.sleep(min(0.25, max(0.0, deadline - time.monotonic())))
        envelope = make_envelope("recommendation.get", {"leadId": lead_id})  # a new query, new id (§16)


def check_recommendation(recommendation, lead_id, expected_region):
    if recommendation.get("leadId") != lead_id:
        raise CheckFailed(f"the recommendation is for {recommendation.get('leadId')!r}, not {lead_id}")
    region = recommendation.get("region")
    if region != expected_region:
        reasons = "; ".join(recommendation.get("reasons") or [])
        raise CheckFailed(
            f"region is {region!r}, expected {expected_region!r} "
            f"(matchedPlace {recommendation.get('matchedPlace')!r}; reasons: {reasons})")
    info(f"region {region!r} as expected; priority {recommendation.get('priority')!r}, "
         f"classes {recommendation.get('enterpriseClasses')}")


def send_garbage(context, args):
    step(f"garbage frame b'not json' to {args.intake}")
    reply = None
    for attempt in range(1, args.retries + 1):
        reply = send_once(context, args.intake, b"not json", None, args.timeout)
        if reply is not None:
            break
        info(f"no reply within {args.timeout:g} s (attempt {attempt}/{args.retries})"
             + ("; reopening the socket and resending" if attempt < args.retries else ""))
    if reply is None:
        raise NoReply(f"garbage frame to {args.intake}: no reply after {args.retries} attempts")
    print(json.dumps(reply, ensure_ascii=False, indent=2), flush=True)
    if reply["type"] != "error":
        raise CheckFailed(f"a garbage frame got a {reply['type']!r} reply; expected an error")
    if reply["body"].get("code") != "invalid-json":
        raise CheckFailed(f"a garbage frame got error {describe_error(reply)}; expected code invalid-json")
    info("error invalid-json, as expected")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Exercise lead-intake and lead-matcher over wire protocol 1.0.")
    parser.add_argument("--intake", default="tcp://127.0.0.1:7701", help="lead-intake ROUTER endpoint")
    parser.add_argument("--matcher", default="tcp://127.0.0.1:7711", help="lead-matcher ROUTER endpoint")
    parser.add_argument("--expect-region", required=True, choices=REGIONS,
                        help="the region the matcher must give the submitted lead")
    parser.add_argument("--company", default="中建科工集团有限公司")
    parser.add_argument("--headquarters", default="深圳市南山区")
    parser.add_argument("--project", default="花园口新兴产业园装配式钢结构智能制造基地")
    parser.add_argument("--amount", default="12.3亿", help="estimatedInvestment as an officer types it")
    parser.add_argument("--timeout", type=float, default=2.5, help="seconds per attempt for intake requests")
    parser.add_argument("--retries", type=int, default=3, help="attempts per intake request")
    parser.add_argument("--wait", type=float, default=10.0, help="seconds to wait for the recommendation")
    parser.add_argument("--poll-timeout", type=float, default=1.0, help="seconds per recommendation attempt")
    parser.add_argument("--keys-dir", help="directory with NAME.key and the services' lead-intake.pub, lead-matcher.pub; "
                        "omit only against services started with --insecure-plaintext")
    parser.add_argument("--key", help="this client's key name (KEYS_DIR/NAME.key), authorized on the services")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_arguments(argv)
    global CLIENT_KEYS
    if args.keys_dir:
        CLIENT_KEYS = read_key_file(os.path.join(args.keys_dir, f"{args.key}.key"))
        SERVER_KEYS[args.intake] = read_key_file(os.path.join(args.keys_dir, "lead-intake.pub"))["public-key"]
        SERVER_KEYS[args.matcher] = read_key_file(os.path.join(args.keys_dir, "lead-matcher.pub"))["public-key"]
    context = zmq.Context()
    try:
        lead_id = submit_lead(context, args)
        recommendation = poll_recommendation(context, args, lead_id)
        check_recommendation(recommendation, lead_id, args.expect_region)
        send_garbage(context, args)
    except (CheckFailed, NoReply) as failure:
        print(f"FAIL: {failure}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("FAIL: interrupted", file=sys.stderr)
        return 1
    finally:
        context.term()
    print("PASS: lead submitted, recommendation region checked, garbage refused with invalid-json", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
