#!/usr/bin/env python3
"""Validate the golden examples in Protocols/examples/ against Protocols/schemas/.

For every entry of examples/index.json ({"file", "body"}) this checks:
  * the whole message against envelope.schema.json;
  * its body against the schema for its type (requests, events, error) or, for `ok`
    replies, for its result type (result.*.schema.json);
  * that the body type in the index is the one the spec gives for the message type;
  * canonical forms, as the Swift encoder writes them (the tests decode and re-encode
    these files): timestamps with `.SSS` only when nonzero and `Z` for offset 0;
    money without leading zeros and without `.00`;
  * internal consistency: signedOn is the Beijing date of signedAt, a weekly report's
    dates, counts and sums, SubmitResult.leadId, replayed events equal to the published
    ones, replies answering a request of the right type, unique message ids.

Usage: python3 Protocols/validate.py    (needs `jsonschema`, 4.18 or newer preferred)
Prints one line per example and "N passed, M failed"; exits 1 if anything failed.
"""

import datetime as dt
import json
import pathlib
import re
import sys

import jsonschema

HERE = pathlib.Path(__file__).resolve().parent
SCHEMAS = HERE / "schemas"
EXAMPLES = HERE / "examples"

# Message type -> Swift body type (requests, events, error).
TYPE_BODY = {
    "lead.submit": "LeadSubmission",
    "lead.advance": "AdvanceLead",
    "lead.sign": "SignLead",
    "lead.get": "LeadReference",
    "lead.list": "ListLeads",
    "events.replay": "ReplayEvents",
    "recommendation.get": "LeadReference",
    "report.weekly": "WeeklyReportQuery",
    "service.status": "EmptyBody",
    "lead.created": "LeadEvent",
    "lead.updated": "LeadEvent",
    "lead.signed": "LeadEvent",
    "intake.heartbeat": "Heartbeat",
    "error": "ErrorBody",
}
# Request type -> Swift type of the body of its `ok` reply.
OK_RESULT = {
    "lead.submit": "SubmitResult",
    "lead.advance": "Lead",
    "lead.sign": "Lead",
    "lead.get": "Lead",
    "lead.list": "LeadPage",
    "events.replay": "EventPage",
    "recommendation.get": "Recommendation",
    "report.weekly": "WeeklyReport",
    "service.status": "ServiceStatus",
}
# Result type -> schema file.
RESULT_SCHEMA = {
    "SubmitResult": "result.submit.schema.json",
    "Lead": "result.lead.schema.json",
    "LeadPage": "result.lead-page.schema.json",
    "EventPage": "result.event-page.schema.json",
    "Recommendation": "result.recommendation.schema.json",
    "WeeklyReport": "result.weekly-report.schema.json",
    "ServiceStatus": "result.service-status.schema.json",
}

TIMESTAMP_KEYS = {"sentAt", "createdAt", "updatedAt", "startedAt", "signedAt"}
CANONICAL_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?(Z|[+-]\d{2}:\d{2})$")
CANONICAL_MONEY = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]{2})?$")
BEIJING = dt.timezone(dt.timedelta(hours=8))


def load_schemas():
    """All schemas by file name, and a validator factory that resolves their $refs."""
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.glob("*.schema.json")}
    cls = jsonschema.Draft202012Validator
    for name, schema in schemas.items():
        cls.check_schema(schema)
    try:
        from referencing import Registry, Resource

        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values())

        def validator(name):
            return cls(schemas[name], registry=registry, format_checker=cls.FORMAT_CHECKER)
    except ImportError:  # jsonschema < 4.18
        store = {s["$id"]: s for s in schemas.values()}

        def validator(name):
            resolver = jsonschema.RefResolver.from_schema(schemas[name], store=store)
            return cls(schemas[name], resolver=resolver, format_checker=cls.FORMAT_CHECKER)
    return schemas, validator


def parse_timestamp(text):
    m = CANONICAL_TIMESTAMP.match(text)
    if not m:
        return None
    offset = m.group(8)
    tz = dt.timezone.utc if offset == "Z" else dt.timezone(
        (1 if offset[0] == "+" else -1) * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    millis = int(m.group(7)[1:]) if m.group(7) else 0
    return dt.datetime(*(int(m.group(i)) for i in range(1, 7)), millis * 1000, tzinfo=tz)


def money_fen(text):
    negative = text.startswith("-")
    whole, _, cents = text.lstrip("-").partition(".")
    fen = int(whole) * 100 + (int(cents) if cents else 0)
    return -fen if negative else fen


def canonical_problems(value, path="", in_sign_lead=False):
    """Non-canonical timestamps and money anywhere in the message."""
    problems = []
    if isinstance(value, dict):
        for key, child in value.items():
            here = f"{path}.{key}" if path else key
            if isinstance(child, str) and key in TIMESTAMP_KEYS and not (in_sign_lead and here == "body.signedAt"):
                m = CANONICAL_TIMESTAMP.match(child)
                if not m:
                    problems.append(f"{here}: {child!r} is not RFC 3339 with seconds and an offset")
                elif m.group(7) == ".000":
                    problems.append(f"{here}: {child!r} writes zero milliseconds (canonical form omits them)")
                elif m.group(8) in ("+00:00", "-00:00"):
                    problems.append(f"{here}: {child!r} writes offset 0 as {m.group(8)} (canonical form is Z)")
            elif isinstance(child, str) and key.endswith("Yuan"):
                if not CANONICAL_MONEY.match(child) or child.endswith(".00") or child == "-0":
                    problems.append(f"{here}: {child!r} is not canonical money (no leading zeros, no .00)")
            else:
                problems += canonical_problems(child, here, in_sign_lead)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            problems += canonical_problems(child, f"{path}.{i}", in_sign_lead)
    return problems


def iso_week(date):
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def consistency_problems(message, body_type):
    problems = []
    body = message["body"]

    def signed_project_problems(p, where):
        at = parse_timestamp(p["signedAt"])
        if at and at.astimezone(BEIJING).date().isoformat() != p["signedOn"]:
            return [f"{where}: signedOn {p['signedOn']} is not the Beijing date of {p['signedAt']}"]
        return []

    if body_type == "SubmitResult" and body["leadId"] != body["lead"]["leadId"]:
        problems.append("body.leadId differs from body.lead.leadId")
    if body_type == "WeeklyReport":
        year, week = int(body["week"][:4]), int(body["week"][6:])
        monday = dt.date.fromisocalendar(year, week, 1)
        sunday = monday + dt.timedelta(days=6)
        if body["weekStart"] != monday.isoformat() or body["weekEnd"] != sunday.isoformat():
            problems.append(f"weekStart/weekEnd must be {monday}/{sunday} for {body['week']}")
        if body["year"] != sunday.year:
            problems.append(f"year must be the calendar year of weekEnd ({sunday.year})")
        if body["signedProjects"] != len(body["projects"]):
            problems.append("signedProjects differs from the number of projects")
        if money_fen(body["signedAmountYuan"]) != sum(money_fen(p["amountYuan"]) for p in body["projects"]):
            problems.append("signedAmountYuan differs from the sum of the projects' amounts")
        if body["ytdProjects"] < body["signedProjects"] or money_fen(body["ytdAmountYuan"]) < money_fen(
                body["signedAmountYuan"]):
            problems.append("the year to date is smaller than the week")
        for i, p in enumerate(body["projects"]):
            problems += signed_project_problems(p, f"body.projects.{i}")
            if not monday.isoformat() <= p["signedOn"] <= sunday.isoformat():
                problems.append(f"body.projects.{i} was signed on {p['signedOn']}, outside {body['week']}")
    if body_type == "EventPage":
        sequences = [e["body"]["sequence"] for e in body["events"]]
        if sequences != sorted(set(sequences)):
            problems.append("events are not in strictly ascending sequence order")
        if sequences and sequences[-1] > body["lastSequence"]:
            problems.append("an event's sequence is above lastSequence")
    if body_type == "LeadEvent" and message["type"] == "lead.signed" and "previousSigning" in body:
        if body["previousSigning"] == body["lead"].get("signing"):
            problems.append("a correction's previousSigning equals the new signing")
    return problems


def main():
    schemas, validator = load_schemas()
    envelope = validator("envelope.schema.json")
    index = json.loads((EXAMPLES / "index.json").read_text(encoding="utf-8"))
    listed = [entry["file"] for entry in index]
    passed, failed = 0, 0
    messages = {}

    on_disk = {p.name for p in EXAMPLES.glob("*.json")} - {"index.json"}
    for name in sorted(on_disk - set(listed)):
        print(f"FAIL {name}: not listed in examples/index.json")
        failed += 1
    if len(listed) != len(set(listed)):
        print("FAIL index.json: a file is listed twice")
        failed += 1

    for entry in index:
        name, body_type = entry["file"], entry["body"]
        path = EXAMPLES / name
        if not path.exists():
            print(f"FAIL {name}: listed in index.json but missing")
            failed += 1
            continue
        message = json.loads(path.read_text(encoding="utf-8"))
        messages[name] = (message, body_type)

    # Cross-file facts: requests by id, top-level events by id.
    requests = {m["id"]: m for m, _ in messages.values() if m.get("type") in OK_RESULT}
    events = {m["id"]: m for m, _ in messages.values() if m.get("type") in ("lead.created", "lead.updated", "lead.signed")}
    seen_ids = {}

    for name, (message, body_type) in messages.items():
        problems = [f"envelope: {e.message} at /{'/'.join(map(str, e.absolute_path))}"
                    for e in envelope.iter_errors(message)]
        mtype = message.get("type")
        if mtype == "ok":
            schema_name = RESULT_SCHEMA.get(body_type)
            if schema_name is None:
                problems.append(f"{body_type} is not the result type of any request")
        else:
            schema_name = f"{mtype}.schema.json"
            if TYPE_BODY.get(mtype) != body_type:
                problems.append(f"index says {body_type}, but the body of {mtype} is {TYPE_BODY.get(mtype)}")
        if schema_name in schemas and isinstance(message.get("body"), dict):
            problems += [f"body: {e.message} at /{'/'.join(map(str, e.absolute_path))}"
                         for e in validator(schema_name).iter_errors(message["body"])]
        if not problems:
            problems += canonical_problems(message, in_sign_lead=(mtype == "lead.sign"))
            problems += consistency_problems(message, body_type)
            if message["id"] in seen_ids:
                problems.append(f"id {message['id']} is also used by {seen_ids[message['id']]}")
            seen_ids[message["id"]] = name
            request = requests.get(message.get("correlationId"))
            if mtype == "ok" and request is not None and OK_RESULT[request["type"]] != body_type:
                problems.append(f"answers a {request['type']} request, whose result is {OK_RESULT[request['type']]}")
            if body_type == "EventPage":
                for i, e in enumerate(message["body"]["events"]):
                    if e["id"] in events and events[e["id"]] != e:
                        problems.append(f"body.events.{i} differs from the published event with the same id")
        if problems:
            failed += 1
            print(f"FAIL {name} ({mtype} / {body_type})")
            for problem in problems:
                print(f"     {problem}")
        else:
            passed += 1
            print(f"ok   {name} ({mtype} / {body_type})")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
