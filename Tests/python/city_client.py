#!/usr/bin/env python3
"""A conformance client for lead-city, written from Protocols/ (wire protocol 1.11, README §21) alone.

It asks lead-city's ROUTER as a city supervisor (--keys-dir/--key) and as a district's lead-supervisor, role
`service` (--district-keys-dir/--district-key), and checks service.status (§12.1, §21.5), city.conflicts (§21.4,
RULES.md §6), city.notices (§21.6), city.registrations (§21.9), report.period by district (§10.1, §21.3) and a
garbage frame (§13). Exit status 0 when every check passes, 1 otherwise (with a message saying which and why).

    python3 Tests/python/city_client.py --city tcp://127.0.0.1:7741 --keys-dir CITY_KEYS --key test-admin \\
        --district huiji --district-keys-dir DISTRICT_KEYS --district-key lead-supervisor \\
        --other-district jinshui --expect-conflicts 1
"""

import argparse
import datetime as dt
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from leadtracker_client import (CheckFailed, NoReply, await_reply, describe_error,  # noqa: E402
                                encode, info, make_envelope, read_key_file, step)
import zmq  # noqa: E402  (leadtracker_client has already said how to install it when it is missing)

PROTOCOL = "1.11"  # §1.3
VERSION = re.compile(r"^([0-9]+)\.([0-9]+)$")  # §1.3, §4: major.minor, compared as numbers
DISTRICT = re.compile(r"^[a-z0-9-]{1,40}$")  # §21.1, DistrictCode
LEAD_ID = re.compile(r"^L-[0-9]{6,}$")  # §6.4
REPORT_LEAD_ID = re.compile(r"^([a-z0-9-]{1,40})/L-[0-9]{6,}$")  # §6.4, §21.3: DISTRICT/LEAD-ID
MONEY = re.compile(r"^-?[0-9]+(\.[0-9]{2})?$")  # §6.3: what a receiver MUST read
TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.([0-9]{1,3}))?"
                       r"(Z|[+-][0-9]{2}:[0-9]{2})$")  # §6.1: what a sender MUST write
KINDS = {"same-company", "same-project"}  # §6.6 ConflictKind
PRIORITIES = {"yours", "theirs"}  # §21.6 NoticePriority
NOTICE_KEYS = {"noticeId", "conflictId", "kind", "leadId", "companyName", "otherDistrict", "otherDistrictName",
               "priority", "detectedAt"}  # §21.6 CityNotice: every field it has, all required
BREAKDOWNS = ["region", "enterprise-class", "industry", "channel", "officer", "park", "unit", "district"]  # §10.1 (unit: 1.8), §21.3
CONFLICTS_LIMIT, NOTICES_LIMIT, REGISTRATIONS_LIMIT = 500, 100, 100  # the defaults (§21.4, §21.6, §21.9)


def need(condition, message):
    if not condition:
        raise CheckFailed(message)


def is_int(value, minimum=0):
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def instant(text, what, beijing=False):
    """A Timestamp (§6.1) as an aware datetime; with `beijing`, written in +08:00 as lead-city's clock writes."""
    match = TIMESTAMP.match(text) if isinstance(text, str) else None
    need(match, f"{what} {text!r} is not a Timestamp: RFC 3339 with seconds and an offset (§6.1)")
    need(not beijing or text.endswith("+08:00"), f"{what} {text!r} is not written in +08:00 (§21.4)")
    fraction = f".{match[1]:0<3}" if match[1] else ""
    try:
        return dt.datetime.fromisoformat(text[:19] + fraction + ("+00:00" if match[2] == "Z" else match[2]))
    except ValueError as error:
        raise CheckFailed(f"{what} {text!r} is not a valid instant: {error}")


def money_fen(text, what):
    """Money (§6.3), decimal yuan in a string, in fen."""
    need(isinstance(text, str) and MONEY.match(text), f"{what} {text!r} is not Money (§6.3)")
    whole, _, cents = text.lstrip("-").partition(".")
    return (-1 if text.startswith("-") else 1) * (int(whole) * 100 + int(cents or "0"))


def text_field(record, key, what):
    need(isinstance(record.get(key), str) and record[key], f"{what} lacks a non-empty string {key}: {record!r}")


class Caller:
    """One CURVE identity at lead-city: its key pair NAME.key and lead-city.pub, from one keys directory (§18.7)."""

    def __init__(self, context, args, keys_dir, key_name):
        self.context, self.endpoint, self.name = context, args.city, key_name
        self.timeout, self.attempts = args.timeout, args.retries
        self.keys = read_key_file(os.path.join(keys_dir, f"{key_name}.key"))
        self.server_key = read_key_file(os.path.join(keys_dir, "lead-city.pub"))["public-key"]

    def send_once(self, payload, request_id):
        """One attempt on a fresh DEALER: the reply to `request_id` (any reply when None), or None on timeout."""
        socket = self.context.socket(zmq.DEALER)
        socket.setsockopt(zmq.LINGER, 0)
        socket.curve_publickey, socket.curve_secretkey = (self.keys[k].encode() for k in ("public-key", "secret-key"))
        socket.curve_serverkey = self.server_key.encode()
        try:
            socket.connect(self.endpoint)
            socket.send(payload)
            return await_reply(socket, request_id, self.timeout)
        finally:
            socket.close(linger=0)

    def send(self, payload, request_id, what):
        """Lazy Pirate (§16): the same payload (same id) again, on a new DEALER, after each timeout."""
        for attempt in range(1, self.attempts + 1):
            reply = self.send_once(payload, request_id)
            if reply is not None:
                return reply
            info(f"no reply within {self.timeout:g} s (attempt {attempt}/{self.attempts})")
        raise NoReply(f"{what} to {self.endpoint} as {self.name}: no reply after {self.attempts} attempts")

    def ask(self, message_type, body):
        envelope = make_envelope(message_type, body, PROTOCOL)
        info(f"{message_type} {json.dumps(body, ensure_ascii=False)} as {self.name}")
        return self.send(encode(envelope), envelope["id"], message_type)


def expect_ok(reply, what):
    need(reply["type"] == "ok", f"{what} was refused: {describe_error(reply)}")
    return reply["body"]


def expect_error(reply, code, field, what):
    """An `error` with `code` and `field` — with no `field` at all when `field` is None (§5, §14)."""
    wanted = f"{code} (field {field})" if field else f"{code} without a field"
    need(reply["type"] == "error", f"{what}: expected {wanted}, got ok: {str(reply['body'])[:300]}")
    need(reply["body"].get("code") == code and reply["body"].get("field") == field,
         f"{what}: expected {wanted}, got {describe_error(reply)}")
    info(f"{what}: {wanted}, as the spec says")


def check_status(supervisor, args):
    step("1. service.status as the city supervisor (§12.1, §21.5)")
    status = expect_ok(supervisor.ask("service.status", {}), "service.status")
    need(status.get("service") == "lead-city", f"service is {status.get('service')!r}, not lead-city")
    version = VERSION.match(str(status.get("protocol")))
    need(version and int(version[1]) == 1 and int(version[2]) >= 11,
         f"protocol {status.get('protocol')!r} is not 1.11 or a later 1.x (compared as numbers, §1.3)")
    streams = status.get("streams")
    need(isinstance(streams, list) and streams, f"lead-city's status has no streams: {streams!r}")
    codes = []
    for stream in streams:
        code = stream.get("district") if isinstance(stream, dict) else None
        need(isinstance(code, str) and DISTRICT.match(code), f"stream district {code!r} is no DistrictCode")
        text_field(stream, "name", f"stream {code}")
        last, head, lag = stream.get("lastSequence"), stream.get("head"), stream.get("lag")
        need(all(is_int(v) for v in (last, head, lag)), f"stream {code}: lastSequence, head, lag not integers ≥ 0")
        need(head >= last and lag == head - last, f"stream {code}: lag {lag} ≠ head {head} − lastSequence {last}")
        codes.append(code)
    need(len(set(codes)) == len(codes), f"streams name a district twice: {codes}")
    for code in (args.district, args.other_district):
        need(code in codes, f"no stream for district {code!r}: the streams are {codes}")
    last, lag = sum(s["lastSequence"] for s in streams), sum(s["lag"] for s in streams)
    need(status.get("lastSequence") == last, f"lastSequence {status.get('lastSequence')!r} ≠ the streams' sum {last}")
    need(status.get("lag") == lag, f"lag {status.get('lag')!r} ≠ the streams' sum {lag}")
    info(f"protocol {status['protocol']}; streams {codes}; lastSequence {last}, lag {lag}")
    return codes, last


def check_conflict_list(body, what):
    conflicts, total = body.get("conflicts"), body.get("total")
    need(isinstance(conflicts, list) and is_int(total), f"{what}: not a ConflictList: {body!r}")
    need(len(conflicts) == min(total, CONFLICTS_LIMIT), f"{what}: {len(conflicts)} listed of total {total}")
    pairs = set()
    for conflict in conflicts:
        cid = conflict.get("conflictId")
        need(is_int(cid, 1), f"{what}: conflictId {cid!r} is not an integer ≥ 1")
        need(conflict.get("kind") in KINDS, f"{what}: conflict {cid} kind {conflict.get('kind')!r}")
        text_field(conflict, "companyKey", f"{what}: conflict {cid}")
        instant(conflict.get("detectedAt"), f"{what}: conflict {cid} detectedAt", beijing=True)
        sides = []
        for role in ("first", "second"):
            side, where = conflict.get(role), f"{what}: conflict {cid} {role}"
            need(isinstance(side, dict), f"{where} is missing")
            need(DISTRICT.match(str(side.get("district"))), f"{where}.district {side.get('district')!r}")
            need(LEAD_ID.match(str(side.get("leadId"))), f"{where}.leadId {side.get('leadId')!r} is no L-NNNNNN")
            text_field(side, "companyName", where)
            text_field(side, "projectName", where)
            sides.append((instant(side.get("reportedAt"), f"{where}.reportedAt"), side["district"]))
        need(sides[0][1] != sides[1][1], f"{what}: conflict {cid} is within one district, {sides[0][1]}")
        need(sides[0] < sides[1], f"{what}: conflict {cid}: first {sides[0][1]} ({sides[0][0]}) was not reported "
             f"before second {sides[1][1]} ({sides[1][0]}): earlier, or the same instant and the lower code")
        pair = (conflict["companyKey"], frozenset(district for _, district in sides))
        need(pair not in pairs, f"{what}: two conflicts over {pair[0]} between the same two districts")
        pairs.add(pair)
    ids = [c["conflictId"] for c in conflicts]
    need(all(a > b for a, b in zip(ids, ids[1:])), f"{what}: not newest first (conflictId descending): {ids}")
    return conflicts, total


def involves(conflict, district):
    return district in (conflict["first"]["district"], conflict["second"]["district"])


def check_conflicts(supervisor, args):
    step(f"2. city.conflicts {{}} as the city supervisor: {args.expect_conflicts} expected (§21.4)")
    deadline = time.monotonic() + args.wait
    while True:
        body = expect_ok(supervisor.ask("city.conflicts", {}), "city.conflicts")
        conflicts, total = check_conflict_list(body, "city.conflicts")
        if total >= args.expect_conflicts or time.monotonic() > deadline:
            break
        info(f"total {total}: lead-city may not have applied every district's events yet; asking again")
        time.sleep(0.25)
    need(total == args.expect_conflicts, f"city.conflicts total {total}, expected {args.expect_conflicts}")
    info(f"{total} conflict(s): " + "; ".join(f"{c['conflictId']} {c['kind']} over {c['companyKey']}, first "
         f"{c['first']['district']}/{c['first']['leadId']}, second {c['second']['district']}" for c in conflicts))

    step("3. city.conflicts {\"limit\": 0} (§13, §21.4)")
    expect_error(supervisor.ask("city.conflicts", {"limit": 0}), "invalid-field", "limit", "limit 0")

    step(f"4. city.conflicts of district {args.other_district} (§21.4)")
    body = expect_ok(supervisor.ask("city.conflicts", {"district": args.other_district}), "city.conflicts")
    theirs, _ = check_conflict_list(body, f"city.conflicts of {args.other_district}")
    for c in theirs:
        need(involves(c, args.other_district), f"conflict {c['conflictId']} does not involve {args.other_district}")
    info(f"{len(theirs)} conflict(s), each involving {args.other_district}")
    return conflicts


def check_notice(notice, district):
    need(isinstance(notice, dict), f"a notice is not an object: {notice!r}")
    nid, extra, missing = notice.get("noticeId"), set(notice) - NOTICE_KEYS, NOTICE_KEYS - set(notice)
    need(not extra, f"notice {nid} carries {sorted(extra)}, which a CityNotice has not (§21.6: nothing of the other "
         "district's lead)")
    need(not missing, f"notice {nid} lacks {sorted(missing)}")
    need(is_int(nid, 1) and is_int(notice["conflictId"], 1), f"notice {nid!r}: noticeId and conflictId must be ≥ 1")
    need(notice["kind"] in KINDS and notice["priority"] in PRIORITIES and LEAD_ID.match(str(notice["leadId"])),
         f"notice {nid}: kind, priority (yours or theirs) or leadId (L-NNNNNN) is not as §21.6 says: {notice!r}")
    for key in ("companyName", "otherDistrictName"):
        text_field(notice, key, f"notice {nid}")
    need(DISTRICT.match(str(notice["otherDistrict"])) and notice["otherDistrict"] != district,
         f"notice {nid}: otherDistrict {notice['otherDistrict']!r} is not another district's code")
    instant(notice["detectedAt"], f"notice {nid} detectedAt", beijing=True)


def check_notices(supervisor, service, args, conflicts):
    step("5. city.notices {\"afterNoticeId\": 0} as the city supervisor, naming no district (§21.6)")
    expect_error(supervisor.ask("city.notices", {"afterNoticeId": 0}), "invalid-field", "district",
                 "a city supervisor's city.notices without district")

    step(f"6. city.notices as {args.district}'s lead-supervisor, from afterNoticeId 0, page by page (§21.6)")
    after, notices = 0, []
    while True:
        body = expect_ok(service.ask("city.notices", {"afterNoticeId": after}), "city.notices")
        page, last = body.get("notices"), body.get("lastNoticeId")
        need(isinstance(page, list) and is_int(last), f"not a NoticePage: {body!r}")
        need(len(page) <= NOTICES_LIMIT, f"{len(page)} notices on a page, over the default limit {NOTICES_LIMIT}")
        for notice in page:
            check_notice(notice, args.district)
            need(notice["noticeId"] > after, f"notice {notice['noticeId']} after {after}: not ascending, or repeated")
            need(notice["noticeId"] <= last, f"notice {notice['noticeId']} is above lastNoticeId {last}")
            after = notice["noticeId"]
        notices += page
        need(page or last <= after, f"an empty page, yet lastNoticeId {last} > afterNoticeId {after}")
        if last <= after:
            break
    told = {}  # conflictId -> [(priority, otherDistrict)], oldest first
    for notice in notices:
        told.setdefault(notice["conflictId"], []).append((notice["priority"], notice["otherDistrict"]))
    for cid, these in told.items():  # a district's notices of one conflict alternate yours and theirs (§21.6)
        need(all(a[0] != b[0] and a[1] == b[1] for a, b in zip(these, these[1:])),
             f"{args.district}'s notices of conflict {cid} do not alternate, or name two other districts: {these}")
    for c in (c for c in conflicts if involves(c, args.district)):  # a new conflict is told to both districts
        other = c["second"]["district"] if c["first"]["district"] == args.district else c["first"]["district"]
        need(c["conflictId"] in told and told[c["conflictId"]][0][1] == other,
             f"{args.district} has no notice of conflict {c['conflictId']} naming {other}, the other district")
    info(f"{len(notices)} notice(s), up to {after}: "
         + ", ".join(f"{n['noticeId']} (conflict {n['conflictId']}, {n['priority']} vs {n['otherDistrict']})"
                     for n in notices))

    step(f"7. city.notices as {args.district}'s lead-supervisor, naming {args.other_district} (§21.6)")
    expect_error(service.ask("city.notices", {"afterNoticeId": 0, "district": args.other_district}),
                 "forbidden", "district", "a district reading another district's notices")


def check_registrations(supervisor, service, args, codes):
    step("8. city.registrations {\"afterRegistrationId\": 0} as the city supervisor (§21.9)")
    body = expect_ok(supervisor.ask("city.registrations", {"afterRegistrationId": 0}), "city.registrations")
    registrations, last = body.get("registrations"), body.get("lastRegistrationId")
    flagged = body.get("unregisteredSignings")
    need(isinstance(registrations, list) and is_int(last), f"not a RegistrationPage: {body!r}")
    need(isinstance(flagged, list), f"a city supervisor's page must have unregisteredSignings, a list: {flagged!r}")
    need(len(registrations) <= REGISTRATIONS_LIMIT and len(flagged) <= 1000, "a page over its limits (100, 1000)")
    previous = 0
    for registration in registrations:
        rid = registration.get("registrationId")
        need(is_int(rid, 1) and previous < rid <= last,
             f"registrationId {rid!r} after {previous}: not ascending, or above lastRegistrationId {last}")
        need(registration.get("district") in codes and LEAD_ID.match(str(registration.get("leadId"))),
             f"registration {rid} names no district's lead: {registration!r}")
        instant(registration.get("registeredAt"), f"registration {rid} registeredAt", beijing=True)
        previous = rid
    need(registrations or last == 0, f"an empty page after 0, yet lastRegistrationId {last}")
    for signing in flagged:
        need(signing.get("district") in codes and LEAD_ID.match(str(signing.get("leadId"))),
             f"an unregistered signing names no district's lead: {signing!r}")
        money_fen(signing.get("amountYuan"), f"unregistered signing {signing['leadId']} amountYuan")
    signed = [instant(signing.get("signedAt"), f"unregistered signing {signing['leadId']} signedAt") for signing in
              flagged]
    need(signed == sorted(signed), "unregisteredSignings are not oldest first by signedAt")
    info(f"{len(registrations)} registration(s), lastRegistrationId {last}; {len(flagged)} unregistered signing(s)")

    step(f"8b. city.registrations as {args.district}'s lead-supervisor, which is no district's intake (§21.9)")
    expect_error(service.ask("city.registrations", {"afterRegistrationId": 0}), "forbidden", None,
                 "a district's supervisor reading registrations")


def check_report(supervisor, codes, status_sequence):
    step("9. report.period {\"period\": \"2023\"} as the city supervisor (§10.1, §21.3)")
    report = expect_ok(supervisor.ask("report.period", {"period": "2023"}), "report.period")
    need(report.get("kind") == "year" and report.get("period") == "2023", f"not 2023: {report.get('period')!r}")
    need("frozenAt" not in report and report.get("corrections") == [], "lead-city's reports are live (§21.3)")
    need(is_int(report.get("basedOnSequence")) and report["basedOnSequence"] >= status_sequence,
         f"basedOnSequence {report.get('basedOnSequence')!r} is below service.status lastSequence {status_sequence}")
    breakdowns = report.get("breakdowns")
    need(isinstance(breakdowns, list), "breakdowns is not an array")
    dimensions = [b.get("dimension") for b in breakdowns]
    need(dimensions == BREAKDOWNS, f"breakdowns are {dimensions}, expected {BREAKDOWNS}")
    rows = breakdowns[-1].get("rows")
    need(isinstance(rows, list), "the district breakdown has no rows")
    values = [row.get("value") for row in rows]
    need(all(v in codes for v in values) and len(set(values)) == len(values),
         f"district rows {values} are not distinct districts of the city {codes}")
    amounts = [money_fen(row.get("amountYuan"), f"district row {row.get('value')} amountYuan") for row in rows]
    need(amounts == sorted(amounts, reverse=True), f"district rows are not in descending amount: {amounts}")
    signed = money_fen(report.get("signedAmountYuan"), "signedAmountYuan")
    need(sum(amounts) == signed, f"district rows add up to {sum(amounts)} fen, signedAmountYuan is {signed} fen")
    need(all(is_int(row.get("projects")) for row in rows)
         and sum(row["projects"] for row in rows) == report.get("signedProjects"),
         f"district rows' projects do not add up to signedProjects {report.get('signedProjects')!r}")
    for key in ("projects", "capitalIncreases"):
        need(isinstance(report.get(key), list), f"{key} is not an array")
        for line in report[key]:
            match = REPORT_LEAD_ID.match(str(line.get("leadId")))
            need(match and match[1] in codes, f"{key} leadId {line.get('leadId')!r} is not DISTRICT/L-NNNNNN (§21.3)")
    info(f"{report.get('signedProjects')} project(s), {report['signedAmountYuan']} yuan; by district: "
         + ", ".join(f"{row['value']} {row['amountYuan']}" for row in rows))


def send_garbage(supervisor):
    step("10. garbage frame b'not json' to lead-city (§3.3, §13 step 4)")
    reply = supervisor.send(b"not json", None, "garbage frame")
    need(reply["type"] == "error" and reply["body"].get("code") == "invalid-json",
         f"a garbage frame got {reply['type']} {reply['body'].get('code')!r}; expected error invalid-json")
    need("correlationId" not in reply, "an invalid-json reply must have no correlationId (§5)")
    info("error invalid-json, without a correlationId, as expected")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Check lead-city against wire protocol 1.11 (Protocols/ §21).")
    parser.add_argument("--city", default="tcp://127.0.0.1:7741", help="lead-city's ROUTER endpoint")
    parser.add_argument("--keys-dir", required=True, help="dir of KEY.key (a city supervisor), lead-city.pub")
    parser.add_argument("--key", required=True, help="the city supervisor's key name (role supervisor at lead-city)")
    parser.add_argument("--district", required=True, help="the district whose lead-supervisor key is given")
    parser.add_argument("--district-keys-dir", required=True, help="dir of DISTRICT_KEY.key, lead-city.pub")
    parser.add_argument("--district-key", default="lead-supervisor",
                        help="the district's lead-supervisor key name (role service, its supervisorIdentity)")
    parser.add_argument("--other-district", required=True, help="another district of the city")
    parser.add_argument("--expect-conflicts", type=int, required=True, help="how many conflicts lead-city has in all")
    parser.add_argument("--timeout", type=float, default=2.5, help="seconds per attempt")
    parser.add_argument("--retries", type=int, default=3, help="attempts per request (Lazy Pirate)")
    parser.add_argument("--wait", type=float, default=10.0, help="seconds to wait for the expected conflicts")
    args = parser.parse_args(argv)
    if args.district == args.other_district:
        parser.error("--other-district must differ from --district")
    return args


def main(argv=None):
    args = parse_arguments(argv)
    context = zmq.Context()
    try:
        supervisor = Caller(context, args, args.keys_dir, args.key)
        service = Caller(context, args, args.district_keys_dir, args.district_key)
        codes, sequence = check_status(supervisor, args)
        conflicts = check_conflicts(supervisor, args)
        check_notices(supervisor, service, args, conflicts)
        check_registrations(supervisor, service, args, codes)
        check_report(supervisor, codes, sequence)
        send_garbage(supervisor)
    except (CheckFailed, NoReply, OSError, KeyError, TypeError, AttributeError) as failure:
        # OSError, KeyError: a key file missing or wrong; TypeError, AttributeError: a reply not shaped as specified
        kind = "" if isinstance(failure, (CheckFailed, NoReply)) else f"{type(failure).__name__}: "
        print(f"FAIL: {kind}{failure}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("FAIL: interrupted", file=sys.stderr)
        return 1
    finally:
        context.destroy(linger=0)
    print(f"PASS: lead-city over {len(codes)} districts, {args.expect_conflicts} conflict(s) by 首报首谈, "
          f"{args.district}'s notices and refusals, registrations, the 2023 report by district, garbage refused",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
