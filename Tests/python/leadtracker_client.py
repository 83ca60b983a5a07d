#!/usr/bin/env python3
"""A small LeadTracker client, written from Protocols/ (wire protocol 1.0, and 1.10 for --after-signing) alone.

It checks a running deployment the way a client in another language would see it:

  1. submits one lead to lead-intake (`lead.submit` with a `requestId`) and prints the reply;
  2. polls lead-matcher with `recommendation.get` for that lead until an `ok` reply (up to
     --wait seconds; 1 s timeout per attempt, after which the DEALER is closed, reopened and the
     same envelope resent: Lazy Pirate), and checks the recommendation's `region`;
  3. with --after-signing (protocol 1.10, README §8.17–§8.19): corrects the lead (`lead.edit`),
     signs it (`lead.sign`), records its 开工 (`lead.milestone`) and funds in place (`lead.funds`),
     corrects and withdraws the funds entry, and checks each reply and the refusals the spec
     prescribes (an edit naming nothing, a milestone before the signing or before the one it
     follows, funds of zero, funds over 10 times the contract);
  4. sends one garbage frame (`b"not json"`) to lead-intake and checks the reply is an `error`
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
PROTOCOL_AFTER_SIGNING = "1.10"  # lead.edit, lead.milestone, lead.funds were added in 1.10 (§20)
SENDER = "leadtracker_client.py"  # informational only (§4)
MAX_REQUEST_BYTES = 1 << 20  # §15
BEIJING = dt.timezone(dt.timedelta(hours=8))
REGIONS = ["jingjinji", "yangtze-river-delta", "greater-bay-area", "other", "unknown"]  # §6.6
LEAD_ID = re.compile(r"^L-[0-9]{6,}$")  # §6.4
TRANSIENT_RECOMMENDATION_ERRORS = {"not-found", "unavailable"}  # §9.1, §16
MONEY = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]{2})?$")  # §6.3, canonical output
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # §6.2
# (1.10) ProjectMilestone wire value -> the ProjectMilestones member it is kept in, in their order, and
# the milestone each follows (§6.6, §8.1, RULES.md §1).
PROJECT_MILESTONES = {"started": "started", "registered": "registered", "operating": "operating",
                      "full-production": "fullProduction", "above-scale": "aboveScale"}
MILESTONE_FOLLOWS = {"registered": "started", "operating": "started", "fullProduction": "operating",
                     "aboveScale": "operating"}
# (1.10) The labels officers may type for them, and for FundsOrigin (§6.6).
MILESTONE_LABELS = {"开工": "started", "入统": "registered", "投产": "operating", "达产": "full-production",
                    "上规": "above-scale"}
FUNDS_ORIGINS = {"outside-province": "省外", "outside-city": "市外省内", "overseas": "境外"}
FUNDS_ENTRY_ID = re.compile(r"^F-([1-9][0-9]*)$")  # §8.1
FUNDS_TO_CONTRACT_LIMIT = 10  # §8.18


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


def make_envelope(message_type, body, protocol=PROTOCOL):
    """A request envelope (§4): a fresh UUID id, no correlationId."""
    return {
        "protocol": protocol,
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
        return await_reply(socket, request_id, timeout)
    finally:
        socket.close(linger=0)


def await_reply(socket, request_id, timeout):
    """The reply to `request_id` on `socket` within `timeout` s (any reply when it is None), or
    None; replies to other requests (an earlier, abandoned try) are skipped."""
    deadline = time.monotonic() + timeout
    while (remaining := deadline - time.monotonic()) > 0:
        if not socket.poll(int(remaining * 1000) + 1, zmq.POLLIN):
            continue
        reply = decode_reply(socket.recv_multipart())
        if request_id is None or reply.get("correlationId") == request_id:
            return reply
        info(f"discarding a reply to another request (correlationId {reply.get('correlationId')!r})")
    return None


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


# --- Protocol 1.10: after the signing, and editing a lead (README §8.17–§8.19) ---------------------

def beijing_today():
    """Today's Beijing business date, `YYYY-MM-DD` (§6.2)."""
    return dt.datetime.now(BEIJING).date().isoformat()


def money_text_fen(text):
    """Money as an officer types it (§6.3: `3000万`, `1.2亿`, `1,200万元`, full-width digits), in fen, or None
    when the spec says intake refuses it (not a number, negative, finer than a fen, over 10^12 yuan)."""
    table = {ord(f): str(d) for d, f in enumerate("０１２３４５６７８９")}
    table.update({ord("．"): ".", ord("。"): ".", ord("－"): "-"})
    body = "".join(ch for ch in text.translate(table) if ch not in ",， \u3000\t")
    if not body or body.startswith("-"):
        return None
    body = body[1:] if body.startswith("+") else body
    for suffix in ("元", "人民币"):
        body = body[:-len(suffix)] if body.endswith(suffix) else body
    unit = 1
    for suffix, yuan in (("万亿", 10 ** 12), ("亿", 10 ** 8), ("千万", 10 ** 7), ("百万", 10 ** 6), ("万", 10 ** 4)):
        if body.endswith(suffix):
            unit, body = yuan, body[:-len(suffix)]
            break
    match = re.fullmatch(r"([0-9]*)(?:\.([0-9]+))?", body)
    if not match or not (match[1] or match[2]):
        return None
    fraction = (match[2] or "").rstrip("0")
    numerator = int((match[1] or "0") + fraction) * unit * 100
    if numerator % 10 ** len(fraction):
        return None
    fen = numerator // 10 ** len(fraction)
    return fen if fen <= 10 ** 12 * 100 else None


def money_fen(text):
    """Canonical output money (§6.3) in fen."""
    if not isinstance(text, str) or not MONEY.match(text):
        raise CheckFailed(f"{text!r} is not money as the spec writes it (§6.3)")
    negative = text.startswith("-")
    whole, _, cents = text.lstrip("-").partition(".")
    fen = int(whole) * 100 + (int(cents) if cents else 0)
    return -fen if negative else fen


def edit_lead_body(lead_id, request_id=None, **fields):
    """EditLead (§8.19): each field absent stays, empty clears (not companyName, headquarters, projectName)."""
    body = {"leadId": lead_id}
    body.update(fields)
    if request_id is not None:
        body["requestId"] = request_id
    return body


def record_milestone_body(lead_id, milestone, on, evidence, request_id=None):
    """RecordMilestone (§8.17): a ProjectMilestone as typed, the Beijing day it was reached, and evidence."""
    body = {"leadId": lead_id, "milestone": milestone, "on": on, "evidence": evidence}
    if request_id is not None:
        body["requestId"] = request_id
    return body


def record_funds_body(lead_id, amount, on, origin, note=None, corrects=None, reason=None, request_id=None):
    """RecordFunds (§8.18): a new entry of funds in place, or, with `corrects` and `reason`, the whole entry as it
    should be (an amount of "0" withdraws it)."""
    body = {"leadId": lead_id, "amount": amount, "on": on, "origin": origin}
    for key, value in (("note", note), ("corrects", corrects), ("reason", reason), ("requestId", request_id)):
        if value is not None:
            body[key] = value
    return body


def send_command(context, args, message_type, body):
    """One 1.10 command to intake with Lazy Pirate retries; prints and returns the reply."""
    envelope = make_envelope(message_type, body, PROTOCOL_AFTER_SIGNING)
    reply = request(context, args.intake, envelope, args.timeout, args.retries)
    print(json.dumps(reply, ensure_ascii=False, indent=2), flush=True)
    return reply


def expect_error(reply, code, field, what):
    """The reply refuses the request with `code` on `field` (§5, §14)."""
    if reply["type"] != "error":
        raise CheckFailed(f"{what}: expected error {code} (field {field}), got {reply['type']}")
    body = reply["body"]
    if body.get("code") != code or body.get("field") != field:
        raise CheckFailed(f"{what}: expected {code} (field {field}), got {describe_error(reply)}")
    info(f"{what}: {code} (field {field}), as the spec says")


def expect_lead(reply, lead_id, what):
    """An `ok` reply whose body is the Lead `lead_id` as stored after the change (§8.1)."""
    if reply["type"] != "ok":
        raise CheckFailed(f"{what} was refused: {describe_error(reply)}")
    lead = reply["body"]
    if not isinstance(lead, dict) or lead.get("leadId") != lead_id:
        raise CheckFailed(f"{what}: the reply is not the Lead {lead_id}")
    for key in ("companyName", "headquarters", "projectName", "stage", "createdAt", "updatedAt"):
        if key not in lead:
            raise CheckFailed(f"{what}: the Lead lacks '{key}'")
    signed_stages = ("signed", "started", "operating")
    if (lead["stage"] in signed_stages) != ("signing" in lead):
        raise CheckFailed(f"{what}: stage {lead['stage']!r} and signing disagree (§8.1)")
    check_milestones(lead, what)
    check_funds(lead, what)
    return lead


def check_milestones(lead, what):
    """(1.10) ProjectMilestones (§8.1): records with a Date, evidence and recordedBy; each only with, and not
    before, the milestone it follows; none before the signing."""
    milestones = lead.get("milestones")
    if milestones is None:
        return
    if not isinstance(milestones, dict) or not milestones:
        raise CheckFailed(f"{what}: milestones must be a non-empty object when present")
    signed_on = None
    if "signing" in lead:
        signed_on = dt.datetime.fromisoformat(lead["signing"]["signedAt"].replace("Z", "+00:00")).astimezone(
            BEIJING).date().isoformat()
    for member, record in milestones.items():
        if member not in PROJECT_MILESTONES.values():
            continue  # a member of a later version (§17)
        if not DATE.match(record.get("on", "")) or not str(record.get("evidence", "")).strip() \
                or not record.get("recordedBy"):
            raise CheckFailed(f"{what}: milestones.{member} needs a Date on, evidence and recordedBy: {record!r}")
        if signed_on and record["on"] < signed_on:
            raise CheckFailed(f"{what}: milestones.{member} {record['on']} is before the signing ({signed_on})")
        follows = MILESTONE_FOLLOWS.get(member)
        if follows and (follows not in milestones or record["on"] < milestones[follows]["on"]):
            raise CheckFailed(f"{what}: milestones.{member} without {follows}, or dated before it (RULES.md §1)")


def check_funds(lead, what):
    """(1.10) FundsInPlace (§8.1): entries F-<n> up to lastNumber, amounts above zero, in date then number order,
    in all at most 10 times the contract amount."""
    funds = lead.get("funds")
    if funds is None:
        return
    entries, last = funds.get("entries"), funds.get("lastNumber")
    if not isinstance(entries, list) or not isinstance(last, int) or last < 1:
        raise CheckFailed(f"{what}: funds needs entries (an array) and lastNumber (≥ 1): {funds!r}")
    keys = []
    for entry in entries:
        match = FUNDS_ENTRY_ID.match(str(entry.get("entryId")))
        if not match or int(match[1]) > last:
            raise CheckFailed(f"{what}: funds entry id {entry.get('entryId')!r} is not F-<n> with n ≤ lastNumber {last}")
        if money_fen(entry.get("amountYuan")) <= 0:
            raise CheckFailed(f"{what}: funds entry {entry['entryId']} is not above zero")
        if entry.get("origin") not in FUNDS_ORIGINS or not DATE.match(str(entry.get("on"))):
            raise CheckFailed(f"{what}: funds entry {entry['entryId']} has no valid origin or on")
        for key in ("recordedBy", "recordedAt"):
            if key not in entry:
                raise CheckFailed(f"{what}: funds entry {entry['entryId']} lacks {key}")
        keys.append((entry["on"], int(match[1])))
    if keys != sorted(keys) or len({number for _, number in keys}) != len(keys):
        raise CheckFailed(f"{what}: funds entries are not unique and in date, then number, order")
    if "signing" in lead:
        contract = money_fen(lead["signing"]["amountYuan"]) + sum(
            money_fen(c["amountYuan"]) for c in lead.get("capitalIncreases", []))
        if sum(money_fen(e["amountYuan"]) for e in entries) > FUNDS_TO_CONTRACT_LIMIT * contract:
            raise CheckFailed(f"{what}: funds in place over {FUNDS_TO_CONTRACT_LIMIT} times the contract")


def funds_entry(lead, entry_id):
    return next((e for e in (lead.get("funds") or {}).get("entries", []) if e.get("entryId") == entry_id), None)


def after_signing(context, args, lead_id):
    """Protocol 1.10 on the submitted lead: edit, sign, milestone, funds, correction, withdrawal (§8.17–§8.19)."""
    today = beijing_today()

    step(f"lead.edit {lead_id} naming no field")
    reply = send_command(context, args, "lead.edit", edit_lead_body(lead_id))
    expect_error(reply, "missing-field", "companyName", "an edit that names nothing")

    step(f"lead.edit {lead_id}: industry, carrier park, description cleared")
    edit = {"industry": " 智能制造 ", "carrierPark": "花园口新兴产业园", "description": ""}
    reply = send_command(context, args, "lead.edit", edit_lead_body(lead_id, str(uuid.uuid4()), **edit))
    lead = expect_lead(reply, lead_id, "lead.edit")
    if lead.get("industry") != "smart-manufacturing" or lead.get("carrierPark") != "花园口新兴产业园":
        raise CheckFailed(f"lead.edit: industry {lead.get('industry')!r} / carrierPark {lead.get('carrierPark')!r} "
                          "are not the wire value and the trimmed text sent")
    if "description" in lead:
        raise CheckFailed("lead.edit: an empty description must clear it")
    if lead.get("companyName") != args.company:
        raise CheckFailed("lead.edit: a field not sent must stay as it was")
    info("edited: industry smart-manufacturing, carrier park set, description cleared, the rest kept")

    step(f"lead.milestone 开工 on {lead_id} before it is signed")
    reply = send_command(context, args, "lead.milestone",
                         record_milestone_body(lead_id, "开工", today, "施工许可证 (leadtracker_client.py)"))
    expect_error(reply, "invalid-transition", "leadId", "a milestone on an unsigned lead")

    step(f"lead.sign {lead_id}: {args.amount} now")
    body = {"leadId": lead_id, "amount": args.amount, "signedAt": now_rfc3339(), "requestId": str(uuid.uuid4())}
    reply = request(context, args.intake, make_envelope("lead.sign", body), args.timeout, args.retries)
    lead = expect_lead(reply, lead_id, "lead.sign")
    if lead["stage"] != "signed":
        raise CheckFailed(f"lead.sign: stage {lead['stage']!r}, expected signed")
    contract_fen = money_fen(lead["signing"]["amountYuan"])

    step(f"lead.milestone 投产 on {lead_id} before 开工")
    reply = send_command(context, args, "lead.milestone",
                         record_milestone_body(lead_id, "投产", today, "投产仪式 (leadtracker_client.py)"))
    expect_error(reply, "invalid-transition", "milestone", "投产 before 开工")

    step(f"lead.milestone 开工 on {lead_id}, {today}")
    evidence = "建筑工程施工许可证 (leadtracker_client.py)"
    reply = send_command(context, args, "lead.milestone",
                         record_milestone_body(lead_id, "开工", today, f"  {evidence}\u3000", str(uuid.uuid4())))
    lead = expect_lead(reply, lead_id, "lead.milestone")
    started = (lead.get("milestones") or {}).get("started")
    if lead["stage"] != "started" or not started or started["on"] != today or started["evidence"] != evidence:
        raise CheckFailed(f"lead.milestone: expected stage started and milestones.started on {today} with the "
                          f"evidence trimmed; got stage {lead['stage']!r}, {started!r}")
    if started["recordedBy"] != lead.get("updatedBy"):
        raise CheckFailed("lead.milestone: recordedBy is not the caller (the lead's updatedBy)")
    info(f"开工 recorded on {today}; the lead is started")

    step(f"lead.funds 0 on {lead_id} without corrects")
    reply = send_command(context, args, "lead.funds", record_funds_body(lead_id, "0", today, "省外"))
    expect_error(reply, "invalid-field", "amount", "funds of zero outside a correction")

    step(f"lead.funds over {FUNDS_TO_CONTRACT_LIMIT} times the contract on {lead_id}")
    too_much = f"{FUNDS_TO_CONTRACT_LIMIT * contract_fen // 100 + 1}"
    reply = send_command(context, args, "lead.funds", record_funds_body(lead_id, too_much, today, "省外"))
    expect_error(reply, "invalid-field", "amount", "funds over 10 times the contract")

    step(f"lead.funds 3000万 on {lead_id}, {today}, 省外")
    funds_request = record_funds_body(lead_id, "3000万", today, "省外", note="首期资本金", request_id=str(uuid.uuid4()))
    lead = expect_lead(send_command(context, args, "lead.funds", funds_request), lead_id, "lead.funds")
    funds = lead.get("funds") or {}
    entry_id = f"F-{funds.get('lastNumber')}"
    entry = funds_entry(lead, entry_id)
    if not entry or money_fen(entry["amountYuan"]) != money_text_fen("3000万") or entry["origin"] != "outside-province" \
            or entry["on"] != today or entry.get("note") != "首期资本金":
        raise CheckFailed(f"lead.funds: no entry {entry_id} of 30000000 yuan on {today} from outside-province: {funds!r}")
    if entry["recordedBy"] != lead.get("updatedBy"):
        raise CheckFailed("lead.funds: recordedBy is not the caller (the lead's updatedBy)")
    count, last = len(funds["entries"]), funds["lastNumber"]
    info(f"entry {entry_id}: {entry['amountYuan']} yuan")

    step(f"lead.funds again with the same requestId (a retry, §8.13)")
    lead = expect_lead(send_command(context, args, "lead.funds", funds_request), lead_id, "the retried lead.funds")
    if len(lead["funds"]["entries"]) != count or lead["funds"]["lastNumber"] != last:
        raise CheckFailed("a retry with the same requestId recorded the funds twice")
    info("a duplicate: nothing added")

    step(f"lead.funds correcting {entry_id}: 3500万")
    correction = record_funds_body(lead_id, "3500万", today, "outside-province", note="首期资本金",
                                   corrects=entry_id.lower(), reason="按银行进账单更正", request_id=str(uuid.uuid4()))
    lead = expect_lead(send_command(context, args, "lead.funds", correction), lead_id, "the correction")
    entry = funds_entry(lead, entry_id)
    if not entry or money_fen(entry["amountYuan"]) != money_text_fen("3500万"):
        raise CheckFailed(f"the correction did not replace {entry_id} with 35000000 yuan: {lead.get('funds')!r}")
    if len(lead["funds"]["entries"]) != count or lead["funds"]["lastNumber"] != last:
        raise CheckFailed("a correction must replace the entry, not add one")
    info(f"{entry_id} replaced: {entry['amountYuan']} yuan, nothing added")

    step(f"lead.funds correcting F-{last + 1}, which does not exist")
    reply = send_command(context, args, "lead.funds", record_funds_body(
        lead_id, "1万", today, "省外", corrects=f"F-{last + 1}", reason="no such entry"))
    expect_error(reply, "not-found", "corrects", "a correction of an entry the lead does not have")

    step(f"lead.funds withdrawing {entry_id} (amount 0)")
    withdrawal = record_funds_body(lead_id, "0", today, "省外", corrects=entry_id, reason="重复录入",
                                   request_id=str(uuid.uuid4()))
    lead = expect_lead(send_command(context, args, "lead.funds", withdrawal), lead_id, "the withdrawal")
    if funds_entry(lead, entry_id) is not None or lead["funds"]["lastNumber"] != last:
        raise CheckFailed(f"the withdrawal must remove {entry_id} and keep lastNumber {last}: {lead.get('funds')!r}")
    info(f"{entry_id} withdrawn; lastNumber stays {last}")


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
    parser.add_argument("--after-signing", action="store_true",
                        help="also exercise protocol 1.10 on the lead: lead.edit, lead.sign, lead.milestone, lead.funds")
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
        if args.after_signing:
            after_signing(context, args, lead_id)
        send_garbage(context, args)
    except (CheckFailed, NoReply) as failure:
        print(f"FAIL: {failure}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("FAIL: interrupted", file=sys.stderr)
        return 1
    finally:
        context.term()
    extra = "; edited, signed, 开工 and funds in place recorded, corrected and withdrawn" if args.after_signing else ""
    print(f"PASS: lead submitted, recommendation region checked{extra}, garbage refused with invalid-json", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
