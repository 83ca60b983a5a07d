#!/usr/bin/env python3
"""Validate the golden examples in Protocols/examples/ against Protocols/schemas/.

For every entry of examples/index.json ({"file", "body"}) this checks:
  * the whole message against envelope.schema.json;
  * its body against the schema for its type (requests, events, error) or, for `ok`
    replies, for its result type (result.*.schema.json);
  * that the body type in the index is the one the spec gives for the message type;
  * canonical forms, as the Swift encoder writes them (the tests decode and re-encode
    these files): timestamps with `.SSS` only when nonzero and `Z` for offset 0;
    money without leading zeros and without `.00`; report ratios rounded to one decimal;
  * internal consistency: signedOn/increasedOn are the Beijing dates of signedAt/increasedAt,
    a period report's dates, counts, sums, year to date, pace, year over year, breakdowns,
    pipeline, corrections and series (the rules of RULES.md §2), SubmitResult.leadId,
    what previousSigning may be on each event, replayed events equal to the published ones,
    replies answering a request of the right type, unique message ids, (1.3) an audit page
    against its service, its order and, when its request is here, the request's filters and limit;
    (1.4) a recommendation's score, tier and priority against its factors, its evidence against its
    classification, and its duplicates' order; a prospect list's order and counts and, when its
    request is here, the request's filters and limit; (1.6) a lead history against the published
    events, a pipeline view's order, counts and filters, a duplicate check's order; (1.7) a heartbeat's
    or replay page's storeId: a non-empty string, in a message of protocol 1.7 or later, and the
    same store in every example (the examples follow one intake store); (1.8) a follow-up's dates (on
    not after the Beijing day it was sent nor before 2000, nextFollowUpOn not before on), kind and an
    outbound trip's destination; an assignment's reason, team, owner and that it names something; a
    plan's dates (2000–2100, in milestone order) and that it names one; on every lead, its follow-up
    summary (trips ≤ count, nextOn ≥ lastOn), responsibility and plan (in milestone order); on a
    follow-up's event, the contact against the lead's summary, updatedAt and updatedBy; and the 1.8
    types and fields only in messages of protocol 1.8 or later; (1.8) a supervision.board request's
    light, stage and lead id, and a SupervisionBoard: asOf against the day it was sent, its rules
    edition, counts and total against its rows and, when its request is here, the request's filters
    and page, the rows worst first, and each light and reason against the shipped rules file
    (Sources/Supervision/Resources/supervision-rules.json, RULES.md §5.5–§5.9): colors, days,
    limits, since, milestones, default dates and suggestDrop; (1.8) 督办 orders: a supervision.order's
    lead id, addressee (a unit of the examples' configuration, or an identity), request and deadline (not
    before the day it was sent), a supervision.acknowledge's or supervision.answer's order id and answer,
    a supervision.orders' filters and page; and every SupervisionOrder: orderId D-NNNNNN, the state and
    level vocabularies, what each state carries (an answered order its answer, answeredBy, answeredAt and
    an acknowledgement, acknowledgedAt <= answeredAt), who acknowledged and answered it (its addressee),
    its escalations (yellow, red, leader in order, each on the deadline plus the shipped rules' days, none
    after it was answered, every one due by an OrderPage's asOf present) and level; an OrderPage's asOf,
    order (newest first), total and, when its request is here, its filters and page; a reply against the
    request it answers and the supervision.order that issued it; (1.9) notifications: every
    LeadNotification's id against its kind, lead, order and date (N-<leadId>-yellow|red-<day>,
    N-<leadId>-due-<date>, N-<orderId>-issued, N-<orderId>-<level>), its recipients and createdAt,
    against the orders of the examples (addressees, issuer, leader, issuedAt, escalations) and the
    board of its day; an InboxPage's order (newest first), unread and total, read times, owner (one
    identity a recipient of every item) and, when its request is here, its page, filter and the ids
    marked read; the same notification alike in every page, a readAt kept; a supervision.read that
    names something; a ServiceStatus.backlog only from lead-supervisor in 1.9, with
    oldestWaitingSince exactly when something waits; (1.9) the 月督查: a supervision.monthly's month, and
    a MonthlyReview's month, first and last day, asOf (the last day, or the day it was answered while the
    month is open), frozenAt (after the month, not after the reply), rules edition, its leads (active,
    red or yellow, unique, each reason against the shipped rules file and asOf, red first, then the most
    days, then lead number), red and yellow against them, byUnit and byOfficer as the leads give them
    (未分包, 未指定) in their order, its orders (oldest first, each checked as a SupervisionOrder as of the
    freeze, which ones are listed, the examples' orders of the month all there and alike) and their
    counts, its follow-ups, trips, cities and followUpsBy (sums, order); (1.9) the weekly supervision
    line: a supervision.weekly's week (an ISO week, begun by the day it was sent), and a
    SupervisionLine's week, Monday and Sunday against its request, asOf and frozenAt as for a month,
    trips among its follow-ups and ordersIssued at least the examples' orders of the week; and the 1.9
    types only in messages of 1.9; (1.10) after the signing: a lead.milestone's milestone, on (a date or a
    date-time with offset, not after the day it was sent nor before 2000) and evidence; a lead.funds'
    amount (read as intake reads it, README §6.3; zero only in a correction), on, origin, and a
    correction's entry id and reason; a lead.edit that names a field, clears none of companyName,
    headquarters and projectName, and whose industry, channel, ownership and estimatedInvestment can be
    read; on every lead, its milestones (each with and not before the one it follows, none before the
    signing or after the lead's last change, the stage change's evidence only on started and operating)
    and its funds (entry ids F-<n>, unique, up to lastNumber, in date then number order, amounts above
    zero, none before the signing or after the lead's last change, in all at most 10 times the contract);
    and the 1.10 types and Lead fields only in messages of 1.10 or later;
  * (1.10) the reporter: a report.rounds' quarter and a report.assessment's year (2000 to the year it
    was sent); a RoundsReport's quarter, start and end, each list's projects and contractYuan, each
    line's rounds against its dates and its list; an AssessmentReport's asOf and frozenAt, its scheme
    against Sources/Reporting/Resources/assessment-scheme.json, every item's reference and points,
    every deduction's points, every score and the competition ranking; a PeriodReport's rounds
    (quarterly only) and indicators (milestones in order, funds sums, the cohort's rates); and these
    only in messages of 1.10 or later;
  * (1.11) lead-city: a city.conflicts' limit; a ConflictList from lead-city, newest first (conflictIds
    descending, unique), its total, the request's district and limit, one conflict per company key and
    pair of districts, each conflict between two districts, first the earlier reportedAt (on the same
    instant the lower district code), its companyKey the matcher's key of both companies and its kind
    same-project when the listed leads' project names are alike by the shipped duplicate threshold
    (Sources/Matching/Resources/matching-rules.json; another pair of the districts' leads may make it
    same-project too), its decision (only from lead-city 1.11: keeps the district of first or second, a
    reason trimmed and not empty, decidedAt after the conflict was found and not after the reply), the same
    conflict's companyKey and detectedAt in every example, and a decision never lost in a later one; a
    city.decide's reason (not empty after trimming, at most 4000 characters) and its reply, a ConflictRecord
    from lead-city with the decision the request made (the conflict, keeps, the reason trimmed, decidedAt not
    before the request); a ServiceStatus.streams from lead-city only, each lag head - lastSequence,
    districts unique, and the status' lastSequence and lag their sums; a PeriodReport's district
    breakdown from lead-city only, after the other seven, with lead-city's lead ids DISTRICT/LEAD-ID, no
    frozenAt and no corrections; a city.notices' limit (1–500) and afterNoticeId (not negative: invalid-field); a
    NoticePage from lead-city, oldest first (noticeIds ascending, unique, after the request's
    afterNoticeId, none above lastNoticeId, and lastNoticeId the last one when the page is not full), at
    most the limit (default 100), a district's successive notices of one conflict alternating yours and
    theirs until the city decides it (a district is told again only when priority changes) and only
    decisions after a decision, each priority yours or theirs and its other district not the district asked
    for, a decision's notice with its reason (decisionReason, trimmed, not empty), and, when a ConflictList
    or ConflictRecord of the examples holds its conflict, the other district, detectedAt not before the
    conflict was found and, for the district's latest notice of the conflict in the examples, priority yours
    exactly when the district's lead is first (before a decision) or the decision keeps the district (a
    notice of the decision, with its reason); a city-conflict notification: its id
    N-<leadId>-city-<noticeId>, no orderId, at most two recipients (the lead's owner and 包联领导), a text
    ending with a priority sentence, and, when the examples hold the notice it was made from, that notice's
    lead, other district, kind and priority sentence (首报首谈, or the city's decision with its reason) and a
    createdAt not before lead-city wrote it, one lead per notice number in every inbox page, only in messages
    of 1.11 or later; registrations of big projects: a city.register's lead
    id (read leniently) and note (at most 4000 characters), a ProjectRegistration from lead-city against
    its request (district, canonical lead id, and the note when this request made it), a
    city.registrations' limit (1–500) and afterRegistrationId (not negative: invalid-field), a RegistrationPage from
    lead-city (oldest first, after afterRegistrationId, none above lastRegistrationId, which is the last
    when the page is not full, at most the limit, default 100, one registration per lead, the request's
    district), (both pages) a storeId, when present, a non-empty string from lead-city 1.11, the same
    lead-city store in every example, its unregisteredSignings (none in the reply to a district's lead-intake, at most 1000,
    oldest first, each lead once, the request's district, amounts above zero, alike the examples'
    lead.signed events flagged unregistered), the same registration alike in every example; an
    unregistered-project error from lead-intake with field amount (lead.import never refuses); a lead.signed
    correction that changes only Signing.unregistered clears it; and the 1.11 types, the error code and
    Signing.unregistered only in messages of 1.11 or later;
  * that examples/README.md lists every example with its type and Swift body type.

Usage: python3 Protocols/validate.py    (needs `jsonschema`, 4.18 or newer preferred)
Prints one line per example and "N passed, M failed"; exits 1 if anything failed.
"""

import calendar
import datetime as dt
import json
import math
import pathlib
import re
import sys
import unicodedata

import jsonschema

HERE = pathlib.Path(__file__).resolve().parent
SCHEMAS = HERE / "schemas"
EXAMPLES = HERE / "examples"

# Message type -> Swift body type (requests, events, error).
TYPE_BODY = {
    "lead.submit": "LeadSubmission",
    "lead.advance": "AdvanceLead",
    "lead.sign": "SignLead",
    "lead.increase": "IncreaseCapital",
    "lead.void": "VoidSigning",
    "lead.import": "ImportLeads",
    "lead.get": "LeadReference",
    "lead.list": "ListLeads",
    "lead.history": "LeadReference",
    "pipeline.query": "PipelineQuery",
    "duplicates.check": "DuplicateCheck",
    "events.replay": "ReplayEvents",
    "recommendation.get": "LeadReference",
    "report.weekly": "WeeklyReportQuery",
    "report.period": "PeriodReportQuery",
    "report.rounds": "RoundsQuery",
    "report.assessment": "AssessmentQuery",
    "service.status": "EmptyBody",
    "audit.query": "AuditQuery",
    "prospects.query": "ProspectQuery",
    "lead.follow-up": "RecordFollowUp",
    "lead.assign": "AssignLead",
    "lead.plan": "PlanMilestones",
    "lead.edit": "EditLead",
    "lead.milestone": "RecordMilestone",
    "lead.funds": "RecordFunds",
    "supervision.board": "BoardQuery",
    "supervision.order": "IssueOrder",
    "supervision.acknowledge": "OrderAction",
    "supervision.answer": "OrderAction",
    "supervision.orders": "OrderQuery",
    "supervision.inbox": "InboxQuery",
    "supervision.read": "MarkRead",
    "supervision.monthly": "MonthlyReviewQuery",
    "supervision.weekly": "WeeklySupervisionQuery",
    "city.conflicts": "CityConflictsQuery",
    "city.notices": "CityNoticesQuery",
    "city.register": "RegisterProject",
    "city.registrations": "CityRegistrationsQuery",
    "city.decide": "DecideConflict",
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
    "lead.increase": "Lead",
    "lead.void": "Lead",
    "lead.import": "ImportResult",
    "lead.get": "Lead",
    "lead.list": "LeadPage",
    "events.replay": "EventPage",
    "recommendation.get": "Recommendation",
    "report.weekly": "PeriodReport",
    "report.period": "PeriodReport",
    "report.rounds": "RoundsReport",
    "report.assessment": "AssessmentReport",
    "service.status": "ServiceStatus",
    "audit.query": "AuditPage",
    "prospects.query": "ProspectList",
    "lead.history": "LeadHistory",
    "pipeline.query": "PipelineView",
    "duplicates.check": "DuplicateCheckResult",
    "lead.follow-up": "Lead",
    "lead.assign": "Lead",
    "lead.plan": "Lead",
    "lead.edit": "Lead",
    "lead.milestone": "Lead",
    "lead.funds": "Lead",
    "supervision.board": "SupervisionBoard",
    "supervision.order": "SupervisionOrder",
    "supervision.acknowledge": "SupervisionOrder",
    "supervision.answer": "SupervisionOrder",
    "supervision.orders": "OrderPage",
    "supervision.inbox": "InboxPage",
    "supervision.read": "InboxPage",
    "supervision.monthly": "MonthlyReview",
    "supervision.weekly": "SupervisionLine",
    "city.conflicts": "ConflictList",
    "city.notices": "NoticePage",
    "city.register": "ProjectRegistration",
    "city.registrations": "RegistrationPage",
    "city.decide": "ConflictRecord",
}
# Result type -> schema file.
RESULT_SCHEMA = {
    "SubmitResult": "result.submit.schema.json",
    "Lead": "result.lead.schema.json",
    "LeadPage": "result.lead-page.schema.json",
    "EventPage": "result.event-page.schema.json",
    "Recommendation": "result.recommendation.schema.json",
    "PeriodReport": "result.period-report.schema.json",
    "RoundsReport": "result.rounds-report.schema.json",
    "AssessmentReport": "result.assessment-report.schema.json",
    "ServiceStatus": "result.service-status.schema.json",
    "AuditPage": "result.audit-page.schema.json",
    "ProspectList": "result.prospect-list.schema.json",
    "ImportResult": "result.import.schema.json",
    "LeadHistory": "result.lead-history.schema.json",
    "PipelineView": "result.pipeline-view.schema.json",
    "DuplicateCheckResult": "result.duplicate-check.schema.json",
    "SupervisionBoard": "result.supervision-board.schema.json",
    "SupervisionOrder": "result.supervision-order.schema.json",
    "OrderPage": "result.order-page.schema.json",
    "InboxPage": "result.inbox-page.schema.json",
    "MonthlyReview": "result.monthly-review.schema.json",
    "SupervisionLine": "result.supervision-line.schema.json",
    "ConflictList": "result.conflict-list.schema.json",
    "NoticePage": "result.notice-page.schema.json",
    "ProjectRegistration": "result.project-registration.schema.json",
    "RegistrationPage": "result.registration-page.schema.json",
    "ConflictRecord": "result.conflict-record.schema.json",
}

TIMESTAMP_KEYS = {"sentAt", "createdAt", "updatedAt", "startedAt", "signedAt", "increasedAt", "recordedAt", "frozenAt",
                  "at", "issuedAt", "acknowledgedAt", "answeredAt", "readAt", "oldestWaitingSince",
                  "reportedAt", "detectedAt", "lastHeardAt", "registeredAt", "decidedAt"}
# Timestamps that carry what an officer typed (input text, read leniently): not canonical.
INPUT_TIMESTAMPS = {"lead.sign": "body.signedAt", "lead.increase": "body.increasedAt"}
# (1.8) FollowUpKind wire values and their labels (README §6.6).
FOLLOW_UP_KINDS = {"call": ("电话", "Call"), "visit": ("拜访", "Visit"), "inspection": ("来访考察", "Inspection visit"),
                   "negotiation": ("洽谈", "Negotiation"), "ceremony": ("签约仪式", "Signing ceremony"),
                   "outbound": ("外出招商", "Outbound trip"), "other": ("其他", "Other")}
# (1.8) The milestones of a MilestonePlan, in their order (RULES.md §5.4).
MILESTONES = ["contactBy", "signBy", "startBy", "operateBy"]
# (1.8) What only a 1.8 or later message may carry: request types, Lead fields, LeadEvent fields.
TYPES_18 = {"lead.follow-up", "lead.assign", "lead.plan", "supervision.board", "supervision.order",
            "supervision.acknowledge", "supervision.answer", "supervision.orders"}
LEAD_FIELDS_18 = {"responsibility", "plan", "followUps"}
# Numbers for people that the Swift reporter rounds to one decimal.
ONE_DECIMAL_KEYS = {"paceProjects", "projectsPercent", "amountPercent", "projectsVersusPace", "amountGrowthPercent"}
STAGES = ["lead", "contacted", "negotiating", "signed", "started", "operating", "dropped"]
# Stage wire values and their labels (README §6.6), for lenient stage filters.
STAGE_LABELS = {"lead": ("线索", "Lead"), "contacted": ("已接洽", "Contacted"), "negotiating": ("在谈", "Negotiating"),
                "signed": ("签约", "Signed"), "started": ("开工", "Started"), "operating": ("投产", "Operating"),
                "dropped": ("终止", "Dropped")}
# (1.8) LightColor wire values and their labels, best to worst (README §6.6).
LIGHT_COLORS = {"green": ("绿灯", "Green"), "yellow": ("黄灯", "Yellow"), "red": ("红灯", "Red")}
LIGHT_RANK = {color: rank for rank, color in enumerate(LIGHT_COLORS)}
# (1.8) Milestone -> its MilestonePlan date and the stages at which it is reached (RULES.md §5.7);
# contact is also reached by any follow-up, which a board row does not show.
MILESTONE_DATES = {"contact": "contactBy", "sign": "signBy", "start": "startBy", "operate": "operateBy"}
MILESTONE_REACHED = {"contact": {"contacted", "negotiating", "signed", "started", "operating", "dropped"},
                     "sign": {"signed", "started", "operating"}, "start": {"started", "operating"},
                     "operate": {"operating"}}
# (1.8) The shipped supervision rules, which light the board examples (RULES.md §5.8).
SUPERVISION_RULES = HERE.parent / "Sources" / "Supervision" / "Resources" / "supervision-rules.json"
# (1.8) 督办 orders: OrderLevel from the first to the last, OrderState, with their labels (README §6.6);
# the rules' key for the days past the deadline of each level above blue (RULES.md §5.10).
ORDER_LEVELS = {"blue": ("蓝色督办", "Blue"), "yellow": ("黄色督办", "Yellow"), "red": ("红色督办", "Red"),
                "leader": ("包联领导督办", "Leader in charge")}
ORDER_STATES = {"issued": ("已下达", "Issued"), "acknowledged": ("已签收", "Acknowledged"), "answered": ("已反馈", "Answered")}
ORDER_STEPS = [("yellow", "yellowAfterDaysOverdue"), ("red", "redAfterDaysOverdue"), ("leader", "leaderAfterDaysOverdue")]
ORDER_ID = re.compile(r"^D-[0-9]{6,}$")
# (1.8) The supervisor's `units` configuration the order examples assume (examples/README.md).
EXAMPLE_UNITS = {"区投资促进局一科": {"wangmin", "lina"}}
# (1.9) What only a 1.9 or later message may carry; a notification's id, made from its cause (README
# §11.8): the lead, yellow|red|due and a date, or the order and issued|<level>; the channels of the
# supervisor's backlog (README §12.1).
TYPES_19 = {"supervision.inbox", "supervision.read", "supervision.monthly", "supervision.weekly"}
NOTIFICATION_ID = re.compile(
    r"^N-(?:(L-[0-9]{6,})-(yellow|red|due)-([0-9]{4}-[0-9]{2}-[0-9]{2})|(D-[0-9]{6,})-(issued|yellow|red|leader))$")
# (1.11) A city-conflict notification's id: the district's lead and the number of the city's notice it was
# made from — each notice is a notification of its own, and a notice fetched twice is the same one (README
# §11.8, §21.7).
CITY_NOTIFICATION_ID = re.compile(r"^N-(L-[0-9]{6,})-city-([1-9][0-9]*)$")
BACKLOG_CHANNELS = {"email", "webhook"}
# (1.10) What only a 1.10 or later message may carry: request types, Lead fields. ProjectMilestone wire
# values and their labels, in their order, with the Lead member each is kept in and the milestone it
# needs first (README §8.17); FundsOrigin (§6.6); a funds entry's id (§8.18); the fields lead.edit may
# change (§8.19); the ratio of funds in place to the contract amount above which funds are a typo.
TYPES_110 = {"lead.edit", "lead.milestone", "lead.funds"}
# (1.10) The reporter's request types and result bodies of 1.10 (README §10.4, §10.5), and the
# PeriodReport members it added (§10.1).
REPORT_TYPES_110 = {"report.rounds", "report.assessment"}
REPORT_RESULTS_110 = {"RoundsReport", "AssessmentReport"}
PERIOD_REPORT_FIELDS_110 = {"indicators", "rounds"}
SCHEME_FILE = HERE.parent / "Sources" / "Reporting" / "Resources" / "assessment-scheme.json"
LEAD_FIELDS_110 = {"milestones", "funds"}
PROJECT_MILESTONES = {"started": ("开工", "Started"), "registered": ("入统", "Registered"),
                      "operating": ("投产", "Operating"), "full-production": ("达产", "Full production"),
                      "above-scale": ("上规", "Above scale")}
MILESTONE_MEMBERS = {"started": "started", "registered": "registered", "operating": "operating",
                     "full-production": "fullProduction", "above-scale": "aboveScale"}
MILESTONE_REQUIRES = {"registered": "started", "operating": "started", "fullProduction": "operating",
                      "aboveScale": "operating"}
FUNDS_ORIGINS = {"outside-province": ("省外", "Outside the province"), "outside-city": ("市外省内", "Outside the city"),
                 "overseas": ("境外", "Overseas")}
FUNDS_ENTRY_ID = re.compile(r"^F-([1-9][0-9]*)$")
EDIT_FIELDS = ["companyName", "headquarters", "projectName", "industry", "description", "estimatedInvestment",
               "channel", "parentCompany", "carrierPark", "ownership"]
FUNDS_TO_CONTRACT_LIMIT = 10
STAGE_CHANGE_EVIDENCE = "由阶段变更记录，日期为登记日 / recorded by a stage change on the day reported"
# (1.9) The 月督查's keys for a lead without a unit or an officer (README §11.11, RULES.md §5.12).
NO_UNIT, NO_OFFICER = "未分包", "未指定"
# (1.8) `unit` (责任单位, the lead's responsibility.unit) follows `park`: 1.8+ reporters send it (README §10.1).
DIMENSIONS = ["region", "enterprise-class", "industry", "channel", "officer", "park", "unit"]
CANONICAL_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?(Z|[+-]\d{2}:\d{2})$")
CANONICAL_MONEY = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]{2})?$")
BEIJING = dt.timezone(dt.timedelta(hours=8))
# (1.4) Tier -> the 1.0 priority it maps to.
TIER_PRIORITY = {"A": "high", "B": "medium", "C": "low"}
# (1.4) Wire values and their labels, for the lenient filters of prospects.query (README §6.6).
LABELS = {
    "industry": {"next-gen-it": ("新一代信息技术", "Next-generation IT"), "dual-carbon": ("双碳科技", "Dual-carbon technology"),
                 "smart-manufacturing": ("智能制造", "Smart manufacturing"), "culture-tourism": ("文化创意旅游", "Culture and tourism"),
                 "modern-commerce": ("现代商贸服务", "Modern commerce"), "food-manufacturing": ("食品制造", "Food manufacturing"),
                 "other": ("其他产业", "Other")},
    "region": {"jingjinji": ("京津冀", "Beijing–Tianjin–Hebei"), "yangtze-river-delta": ("长三角", "Yangtze River Delta"),
               "greater-bay-area": ("大湾区", "Greater Bay Area"), "other": ("其他地区", "Other"), "unknown": ("无法识别", "Unknown")},
    "enterpriseClass": {"central-soe": ("大型央企", "Central SOE"), "hong-kong-funded": ("港资企业", "Hong Kong-funded"),
                        "fortune-global-500": ("500强企业", "Fortune Global 500")},
    # (1.10) For lead.edit, which reads them as lead.submit does.
    "channel": {"targeted": ("定向招商", "Targeted"), "business-referral": ("以商招商", "Business referral"),
                "industry-chain": ("以链招商", "Industry chain")},
    "ownership": {"mainland": ("内资", "Mainland"), "hong-kong": ("港资", "Hong Kong"), "macao": ("澳资", "Macao"),
                  "taiwan": ("台资", "Taiwan"), "foreign": ("外资", "Foreign")},
}


# PeriodReport.listLimit (1.10): the most lines a report's list holds.
LIST_LIMIT = 1000
# (1.11) lead-city: its name, its request types, a district code, a lead id in its reports, the
# most conflicts a page lists, and the matcher's shipped rules, whose duplicate threshold decides
# whether two districts' leads are the same project (README §21, RULES.md §6); city.notices' limit
# and its default, and a notice's priorities (README §21.6).
CITY = "lead-city"
TYPES_111 = {"city.conflicts", "city.notices", "city.register", "city.registrations", "city.decide"}
# (1.11) The most characters of a decision's reason (README §21.11).
REASON_LIMIT = 4000
# (1.11) city.registrations' limit and its default, the most flagged signings a page lists, the most
# characters of a registration's note (README §21.8, §21.9); the error code of the district's rule and
# the field it names, in lead.sign and in a lead.import row (README §8.4, §8.7, §21.10).
REGISTRATION_LIMIT, REGISTRATION_DEFAULT_LIMIT, UNREGISTERED_LIMIT, NOTE_LIMIT = 500, 100, 1000, 4000
UNREGISTERED_PROJECT = "unregistered-project"
UNREGISTERED_FIELD = re.compile(r"^amount$")  # lead.sign only: lead.import flags, never refuses
NOTICE_LIMIT, NOTICE_DEFAULT_LIMIT = 500, 100
NOTICE_PRIORITIES = {"yours", "theirs"}
DISTRICT_CODE = re.compile(r"^[a-z0-9-]{1,40}$")
CITY_LEAD_ID = re.compile(r"^([a-z0-9-]{1,40})/(L-[0-9]{6,})$")
CONFLICT_LIMIT = 500
MATCHING_RULES = HERE.parent / "Sources" / "Matching" / "Resources" / "matching-rules.json"

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


def fen_text(fen):
    """Fen as canonical money text."""
    sign, fen = ("-" if fen < 0 else ""), abs(fen)
    return f"{sign}{fen // 100}" + (f".{fen % 100:02d}" if fen % 100 else "")


def describe(error):
    """A schema error in one short line (a failed `not` would otherwise print the whole instance)."""
    where = "/" + "/".join(map(str, error.absolute_path))
    if error.validator == "not":
        return f"must not match {json.dumps(error.validator_value, ensure_ascii=False)} at {where}"
    message = error.message if len(error.message) <= 300 else error.message[:300] + " …"
    return f"{message} at {where}"


def one_decimal(x):
    """Round to one decimal, half away from zero, as Swift's `(x * 10).rounded() / 10`."""
    scaled = x * 10
    return math.copysign(math.floor(abs(scaled) + 0.5), scaled) / 10


def canonical_problems(value, path="", input_timestamp=None):
    """Non-canonical timestamps, money and one-decimal numbers anywhere in the message."""
    problems = []
    if isinstance(value, dict):
        for key, child in value.items():
            here = f"{path}.{key}" if path else key
            if isinstance(child, (int, float)) and not isinstance(child, bool) and key in ONE_DECIMAL_KEYS:
                if one_decimal(child) != child:
                    problems.append(f"{here}: {child!r} is not rounded to one decimal")
            elif isinstance(child, str) and key in TIMESTAMP_KEYS and here != input_timestamp:
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
                problems += canonical_problems(child, here, input_timestamp)
    elif isinstance(value, list):
        for i, child in enumerate(value):
            problems += canonical_problems(child, f"{path}.{i}", input_timestamp)
    return problems


def beijing_date(text):
    at = parse_timestamp(text)
    return at.astimezone(BEIJING).date() if at else None


def period_bounds(kind, period):
    """The first and last day of a canonical period of `kind`, or None if `period` is not one."""
    try:
        if kind == "week":
            m = re.fullmatch(r"(\d{4})-W(\d{2})", period)
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if kind == "month":
            m = re.fullmatch(r"(\d{4})-(\d{2})", period)
            start = dt.date(int(m[1]), int(m[2]), 1)
            return start, (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        if kind == "quarter":
            m = re.fullmatch(r"(\d{4})-Q([1-4])", period)
            year, quarter = int(m[1]), int(m[2])
            start = dt.date(year, 3 * quarter - 2, 1)
            end = dt.date(year, 12, 31) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1) - dt.timedelta(days=1)
            return start, end
        if kind == "year":
            year = int(re.fullmatch(r"\d{4}", period)[0])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except (TypeError, ValueError):
        return None
    return None


def week_closes(week_end):
    """When a week closes: 00:00 in Beijing of the Monday after its Sunday (before any configured delay)."""
    return dt.datetime.combine(week_end + dt.timedelta(days=1), dt.time(), tzinfo=BEIJING)


def target_pace(target_projects, target_fen, through):
    """The straight-line pace of an annual target at the end of `through` (RULES.md §2.3)."""
    first = dt.date(through.year, 1, 1)
    elapsed = (through - first).days + 1
    days = (dt.date(through.year + 1, 1, 1) - first).days
    projects = float(target_projects) * float(elapsed) / float(days)
    quotient, remainder = divmod(target_fen * elapsed, days)
    return projects, quotient + 1 if remainder * 2 >= days else quotient


def percent(part, whole):
    return 0 if whole == 0 else one_decimal(float(part) * 100 / float(whole))


def period_report_problems(r, city=False, before_18=False):
    """A PeriodReport's figures against each other, by the reporting rules of RULES.md §2; `city`: a
    report of lead-city (1.11), with an eighth breakdown, by district (README §21.3); `before_18`: a
    report of a reporter before 1.8, without the `unit` breakdown."""
    problems = []
    add = problems.append
    bounds = period_bounds(r["kind"], r["period"])
    if bounds is None:
        return [f"period {r['period']!r} is not a {r['kind']}"]
    start, end = bounds
    if (r["start"], r["end"]) != (start.isoformat(), end.isoformat()):
        add(f"start/end must be {start}/{end} for {r['period']}")
    if r["kind"] == "week" and (r.get("week"), r.get("weekStart"), r.get("weekEnd")) != (
            r["period"], start.isoformat(), end.isoformat()):
        add(f"week/weekStart/weekEnd must be {r['period']}/{start}/{end}")
    if r["year"] != end.year:
        add(f"year must be the calendar year of the period's last day ({end.year})")

    # The period: projects first signed in it, and capital increases dated in it.
    projects, increases = r["projects"], r["capitalIncreases"]
    signed_fen = money_fen(r["signedAmountYuan"])
    increase_fen = money_fen(r["capitalIncreaseYuan"])
    if r["signedProjects"] != len(projects):
        add("signedProjects differs from the number of projects")
    if increase_fen != sum(money_fen(i["amountYuan"]) for i in increases):
        add("capitalIncreaseYuan differs from the sum of the capital increases' amounts")
    if signed_fen != sum(money_fen(p["amountYuan"]) for p in projects) + increase_fen:
        add("signedAmountYuan differs from the projects' amounts plus capitalIncreaseYuan")
    for what, lines, at_key, on_key in (("projects", projects, "signedAt", "signedOn"),
                                        ("capitalIncreases", increases, "increasedAt", "increasedOn")):
        for i, line in enumerate(lines):
            day = beijing_date(line[at_key])
            if day and day.isoformat() != line[on_key]:
                add(f"body.{what}.{i}: {on_key} {line[on_key]} is not the Beijing date of {line[at_key]}")
            if not start.isoformat() <= line[on_key] <= end.isoformat():
                add(f"body.{what}.{i} is dated {line[on_key]}, outside {r['period']}")
        instants = [parse_timestamp(line[at_key]) for line in lines]
        if all(instants) and instants != sorted(instants):
            add(f"{what} are not in {at_key} order")

    # The year to date: 1 January of `year` through the period's last day.
    ytd_projects, ytd_fen = r["ytdProjects"], money_fen(r["ytdAmountYuan"])
    if start.year == end.year and (ytd_projects < r["signedProjects"] or ytd_fen < signed_fen):
        add("the year to date is smaller than the period")  # (a week across New Year is only partly in it)
    if r["kind"] == "year" and (ytd_projects, ytd_fen) != (r["signedProjects"], signed_fen):
        add("a year's year to date must equal the year's figures")

    # The series: every Sunday of the year through the last day, and the last day.
    expected = [d for d in (dt.date(end.year, 1, 1) + dt.timedelta(days=n) for n in range(end.timetuple().tm_yday))
                if d.isoweekday() == 7 or d == end]
    series = r["series"]
    if [s["date"] for s in series] != [d.isoformat() for d in expected]:
        add(f"series dates must be the Sundays of {end.year} through {end}, and {end}")
    cumulative = [(s["cumulativeProjects"], money_fen(s["cumulativeAmountYuan"])) for s in series]
    if any(b[0] < a[0] or b[1] < a[1] for a, b in zip(cumulative, cumulative[1:])):
        add("the series is not cumulative (it decreases)")
    if cumulative and cumulative[-1] != (ytd_projects, ytd_fen):
        add("the series' last point differs from the year to date")

    # Target, pace and progress.
    if "progress" in r:
        target_projects, target_fen = r["targetProjects"], money_fen(r["targetAmountYuan"])
        pace_projects, pace_fen = target_pace(target_projects, target_fen, end)
        g = r["progress"]
        want = {
            "paceProjects": one_decimal(pace_projects),
            "paceAmountYuan": pace_fen,
            "projectsPercent": percent(ytd_projects, target_projects),
            "amountPercent": percent(ytd_fen, target_fen),
            "projectsVersusPace": one_decimal(ytd_projects - pace_projects),
            "amountVersusPaceYuan": ytd_fen - pace_fen,
            "status": "ahead" if ytd_fen > pace_fen else "behind" if ytd_fen < pace_fen else "on-pace",
        }
        for key, value in want.items():
            have = money_fen(g[key]) if key.endswith("Yuan") else g[key]
            if have != value:
                add(f"progress.{key} is {g[key]!r}; the rules give "
                    f"{fen_text(value) if key.endswith('Yuan') else repr(value)}")
        for i, s in enumerate(series):
            day = dt.date.fromisoformat(s["date"]) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s["date"]) else None
            if day is None or "paceProjects" not in s:
                add(f"body.series.{i} has no target pace")
                continue
            p, f = target_pace(target_projects, target_fen, day)
            if s["paceProjects"] != one_decimal(p) or money_fen(s["paceAmountYuan"]) != f:
                add(f"body.series.{i}: the target pace at {s['date']} is {one_decimal(p)} projects, {fen_text(f)} yuan")
    elif any("paceProjects" in s or "paceAmountYuan" in s for s in series):
        add("series points have a pace but the report has no target")

    # Year over year.
    yoy = r["yearOverYear"]
    if yoy["previousYear"] != r["year"] - 1:
        add("yearOverYear.previousYear must be year - 1")
    previous_fen = money_fen(yoy["previousYtdAmountYuan"])
    if previous_fen == 0 and "amountGrowthPercent" in yoy:
        add("yearOverYear.amountGrowthPercent must be absent when the previous year to date is 0")
    if previous_fen != 0:
        growth = one_decimal(float(ytd_fen - previous_fen) * 100 / float(previous_fen))
        if yoy.get("amountGrowthPercent") != growth:
            add(f"yearOverYear.amountGrowthPercent must be {growth}")

    # Breakdowns: the seven dimensions in order ((1.8) unit last; six before 1.8; (1.11) and then
    # district, from lead-city only); each single-valued one (unit too) adds up to the period.
    dimensions = [d for d in DIMENSIONS if d != "unit" or not before_18] + (["district"] if city else [])
    if [b["dimension"] for b in r["breakdowns"]] != dimensions:
        add(f"breakdowns must be, in order: {', '.join(dimensions)}"
            + ("" if city else " (district only in lead-city's reports)"))
    for b in r["breakdowns"]:
        rows = b["rows"]
        amounts = [money_fen(row["amountYuan"]) for row in rows]
        if amounts != sorted(amounts, reverse=True):
            add(f"breakdown {b['dimension']}: rows are not in descending amount order")
        if len({row["value"] for row in rows}) != len(rows):
            add(f"breakdown {b['dimension']}: a value appears twice")
        if any(row["projects"] == 0 and money_fen(row["amountYuan"]) == 0 for row in rows):
            add(f"breakdown {b['dimension']}: a row with nothing in it")
        if b["dimension"] == "enterprise-class":  # a project in several classes counts in each
            if any(row["projects"] > r["signedProjects"] or money_fen(row["amountYuan"]) > signed_fen for row in rows):
                add("breakdown enterprise-class: a row exceeds the period")
        elif (sum(row["projects"] for row in rows), sum(amounts)) != (r["signedProjects"], signed_fen):
            add(f"breakdown {b['dimension']}: rows do not add up to the period's projects and amount")

    # Pipeline: stages in order; every counted project is a lead with a signing.
    stages = [row["stage"] for row in r["pipeline"]]
    if stages != sorted(set(stages), key=STAGES.index):
        add("pipeline stages are not in stage order (or repeat)")
    signed_rows = [row for row in r["pipeline"] if row["stage"] in ("signed", "started", "operating")]
    for row in r["pipeline"]:
        if row not in signed_rows and money_fen(row["signedAmountYuan"]) != 0:
            add(f"pipeline: leads in stage {row['stage']} have no signing, so no signed amount")
    if sum(row["leads"] for row in signed_rows) < max(ytd_projects, r["signedProjects"]):
        add("pipeline: fewer signed leads than projects counted")

    # Corrections (weekly reports): changes to earlier, published weeks.
    for i, c in enumerate(r["corrections"]):
        where = f"body.corrections.{i}"
        if not c["affectedWeek"] < r["period"]:
            add(f"{where}: affectedWeek {c['affectedWeek']} is not before {r['period']}")
        delta_p, delta_f = c["projectsDelta"], money_fen(c["amountDeltaYuan"])
        if (delta_p, delta_f) == (0, 0):
            add(f"{where}: a correction that changes nothing")
        sign_rule = {"late": delta_p >= 0 and delta_f >= 0, "voided": delta_p <= 0 and delta_f <= 0,
                     "late-increase": delta_p == 0 and delta_f > 0, "corrected": delta_p == 0}
        if not sign_rule.get(c["kind"], True):
            add(f"{where}: deltas {delta_p}/{c['amountDeltaYuan']} are impossible for kind {c['kind']}")
        affected = period_bounds("week", c["affectedWeek"])
        recorded = parse_timestamp(c["recordedAt"])
        if affected and recorded and recorded < week_closes(affected[1]):
            add(f"{where}: recorded before {c['affectedWeek']} closed, so it was not yet published")
    if "frozenAt" in r:
        frozen = parse_timestamp(r["frozenAt"])
        if frozen and frozen < week_closes(end):
            add(f"frozenAt {r['frozenAt']} is before the week closed ({week_closes(end).isoformat()})")
    return problems


def quarter_text(text):
    """(1.10) The canonical quarter `text` names (read as report.period reads one), or None."""
    m = re.fullmatch(r"\s*(\d{4})-?[Qq]([1-4])\s*", text) if isinstance(text, str) else None
    return f"{m[1]}-Q{m[2]}" if m else None


def round_of(date_text):
    """(1.10) The quarter a business date falls in: a round of 三个一批."""
    d = dt.date.fromisoformat(date_text)
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def rounds_report_problems(r, request=None, where="body"):
    """(1.10) A RoundsReport (README §10.4): the quarter's bounds, each list's count and sum, each
    line's rounds against its dates, milestone order, and which list a line is in."""
    problems = []
    add = problems.append
    bounds = period_bounds("quarter", r["quarter"])
    if bounds is None:
        return [f"{where}.quarter {r['quarter']!r} is not a quarter"]
    start, end = bounds
    if (r["start"], r["end"]) != (start.isoformat(), end.isoformat()):
        add(f"{where}.start/end must be {start}/{end} for {r['quarter']}")
    if request is not None and "quarter" in request["body"] and quarter_text(request["body"]["quarter"]) != r["quarter"]:
        add(f"{where}.quarter {r['quarter']} does not answer the request's {request['body']['quarter']!r}")
    members = {"signed": "signedOn", "started": "startedOn", "operating": "operatingOn"}
    for name, on_key in members.items():
        lst = r[name]
        here = f"{where}.{name}"
        omitted = lst.get("omitted")
        if omitted is None:
            if lst["projects"] != len(lst["lines"]):
                add(f"{here}.projects is not the number of lines")
            if money_fen(lst["contractYuan"]) != sum(money_fen(l["contractYuan"]) for l in lst["lines"]):
                add(f"{here}.contractYuan is not the sum of its lines")
        elif len(lst["lines"]) != LIST_LIMIT or lst["projects"] != len(lst["lines"]) + omitted or omitted < 1:
            add(f"{here}: omitted only past {LIST_LIMIT} lines, and projects = lines + omitted")
        ids = [l["leadId"] for l in lst["lines"]]
        if [(l[on_key], l["leadId"]) for l in lst["lines"]] != sorted((l[on_key], l["leadId"]) for l in lst["lines"]):
            add(f"{here}.lines are not in {on_key}, then leadId, order")
        if len(ids) != len(set(ids)):
            add(f"{here}: a project is listed twice")
        for i, line in enumerate(lst["lines"]):
            at = f"{here}.lines.{i}"
            for key in ("signed", "started", "operating"):
                on = line.get(f"{key}On")
                if on is not None and line.get(f"{key}Round") != round_of(on):
                    add(f"{at}.{key}Round must be {round_of(on)} for {key}On {on}")
            dates = [line.get(k) for k in ("signedOn", "startedOn", "operatingOn") if line.get(k)]
            if dates != sorted(dates):
                add(f"{at}: milestones out of order (signed, started, operating)")
            if line.get(on_key) is None or line.get(f"{name}Round") != r["quarter"]:
                add(f"{at}: listed in {name}, but {on_key} is not in {r['quarter']}")
            if money_fen(line["fundsInPlaceYuan"]) < 0 or money_fen(line["contractYuan"]) < 0:
                add(f"{at}: a negative amount")
        for other, key in members.items():
            if other == name:
                continue
            for line in r[other]["lines"]:
                if line.get(on_key) and start.isoformat() <= line[on_key] <= end.isoformat() and line["leadId"] not in ids:
                    add(f"{where}.{other}: {line['leadId']} reached {name} in {r['quarter']} but is not in {here}")
    return problems


def two_decimals(x):
    """Rounded half away from zero to two decimals, as the Swift scorer rounds."""
    return math.copysign(math.floor(abs(x) * 100 + 0.5), x) / 100


def assessment_problems(message, request):
    """(1.10) An AssessmentReport (README §10.5): year, asOf and frozenAt; the scheme against the
    shipped scheme file when its version is the file's; every score's items (each scheme item once, in
    order: weight × min(actual ÷ reference, 1), best = the highest actual among those scored), its
    deductions (min(count × pointsEach, max)), its total and the competition ranking."""
    r = message["body"]
    problems = []
    add = problems.append
    sent = beijing_date(message["sentAt"])
    if request is not None and "year" in request["body"] and request["body"]["year"] != r["year"]:
        add(f"body.year {r['year']} does not answer the request's {request['body']['year']}")
    if sent and not 2000 <= r["year"] <= sent.year:
        add(f"body.year {r['year']} is not between 2000 and {sent.year}: invalid-field")
    as_of = civil_date(r["asOf"])
    closed = sent is not None and r["year"] < sent.year
    if as_of and sent:
        expected = dt.date(r["year"], 12, 31) if closed else sent
        if as_of != expected:
            add(f"body.asOf must be {expected}")
    if "frozenAt" in r:
        frozen = parse_timestamp(r["frozenAt"])
        if not closed:
            add("body.frozenAt on a year that has not closed")
        elif frozen and (frozen.astimezone(BEIJING).date().year <= r["year"] or frozen > parse_timestamp(message["sentAt"])):
            add("body.frozenAt must be after the year and not after the reply")
    scheme = json.loads(SCHEME_FILE.read_text(encoding="utf-8")) if SCHEME_FILE.exists() else None
    if scheme and r["scheme"]["version"] == scheme["version"]:
        for key in ("name", "effective", "sources"):
            if r["scheme"][key] != scheme[key]:
                add(f"body.scheme.{key} differs from the scheme file of version {scheme['version']}")
    for group in ("units", "officers"):
        scores = r[group]
        names = [s["name"] for s in scores]
        if len(names) != len(set(names)):
            add(f"body.{group}: a name is scored twice")
        items_of = {}
        for i, s in enumerate(scores):
            for it in s["items"]:
                items_of.setdefault(it["item"], []).append(it)
        best = {}
        for key, its in items_of.items():
            amounts = [money_fen(it["actual"]) if it["unit"] == "yuan" else int(it["actual"]) for it in its]
            best[key] = max(amounts)
        for i, s in enumerate(scores):
            where = f"body.{group}.{i}"
            if scheme and r["scheme"]["version"] == scheme["version"]:
                if [it["item"] for it in s["items"]] != [x["id"] for x in scheme["items"]]:
                    add(f"{where}.items are not the scheme's items in order")
                if [d["item"] for d in s["deductions"]] != [x["id"] for x in scheme["deductions"]]:
                    add(f"{where}.deductions are not the scheme's deductions in order")
                weights = {x["id"]: x["weight"] for x in scheme["items"]}
                caps = {x["id"]: (x["pointsEach"], x["max"]) for x in scheme["deductions"]}
            else:
                weights, caps = {}, {}
            for j, it in enumerate(s["items"]):
                at = f"{where}.items.{j}"
                read = money_fen if it["unit"] == "yuan" else (lambda x: int(x) if re.fullmatch(r"0|[1-9][0-9]*", x) else None)
                actual, reference = read(it["actual"]), read(it["reference"])
                if actual is None or reference is None:
                    add(f"{at}: actual and reference must be {it['unit']} figures")
                    continue
                if it["item"] in weights and it["weight"] != weights[it["item"]]:
                    add(f"{at}.weight is not the scheme's {weights[it['item']]}")
                if it["basis"] == "best" and reference != best[it["item"]]:
                    add(f"{at}.reference must be the best actual among the {group}")
                ratio = min(actual / reference, 1) if reference > 0 else 0
                if it["points"] != two_decimals(it["weight"] * ratio):
                    add(f"{at}.points must be {two_decimals(it['weight'] * ratio)}")
            for j, d in enumerate(s["deductions"]):
                at = f"{where}.deductions.{j}"
                each, cap = caps.get(d["item"], (d["pointsEach"], float("inf")))
                if d["pointsEach"] != each:
                    add(f"{at}.pointsEach is not the scheme's {each}")
                if d["points"] != two_decimals(min(d["count"] * d["pointsEach"], cap)):
                    add(f"{at}.points must be min(count × pointsEach, {cap})")
            total = sum(it["points"] for it in s["items"]) - sum(d["points"] for d in s["deductions"])
            if s["score"] != max(two_decimals(total), 0):
                add(f"{where}.score must be {max(two_decimals(total), 0)}")
        order = sorted(scores, key=lambda s: (-s["score"], s["name"]))
        if [s["name"] for s in order] != names:
            add(f"body.{group} are not ranked highest score first, then by name")
        for k, s in enumerate(scores):
            rank = scores[k - 1]["rank"] if k and scores[k - 1]["score"] == s["score"] else k + 1
            if s["rank"] != rank:
                add(f"body.{group}.{k}.rank must be {rank} (competition ranking)")
    return problems


def report_110_problems(message, body_type, request):
    """(1.10) The reporter's 1.10 requests and bodies, and the PeriodReport members 1.10 added."""
    problems = []
    mtype, body = message["type"], message["body"]
    if mtype == "report.rounds" and "quarter" in body and quarter_text(body["quarter"]) is None:
        problems.append(f"body.quarter {body['quarter']!r} is not a quarter: invalid-field")
    if mtype == "report.assessment" and "year" in body:
        sent = beijing_date(message["sentAt"])
        if sent and not 2000 <= body["year"] <= sent.year:
            problems.append(f"body.year {body['year']} is not between 2000 and {sent.year}: invalid-field")
    if body_type == "RoundsReport":
        problems += rounds_report_problems(body, request)
    if body_type == "AssessmentReport":
        problems += assessment_problems(message, request)
    if body_type == "PeriodReport":
        if "rounds" in body:
            if body["kind"] != "quarter":
                problems.append("body.rounds on a report that is not quarterly")
            elif body["rounds"]["quarter"] != body["period"]:
                problems.append("body.rounds.quarter is not the report's period")
            problems += rounds_report_problems(body["rounds"], None, "body.rounds")
        ind = body.get("indicators")
        if ind is not None:
            if [m["milestone"] for m in ind["milestones"]] != list(PROJECT_MILESTONES):
                problems.append("body.indicators.milestones: the five milestones, in order")
            if sum(money_fen(l["periodFundsYuan"]) for l in ind["projects"]) != money_fen(ind["fundsInPlaceYuan"]):
                problems.append("body.indicators.projects do not add up to fundsInPlaceYuan")
            if money_fen(ind["ytdFundsInPlaceYuan"]) < money_fen(ind["fundsInPlaceYuan"]) and body["start"][:4] == body["end"][:4]:
                problems.append("body.indicators: the year to date is smaller than the period")
            c = ind["cohort"]
            if c["year"] != body["year"]:
                problems.append("body.indicators.cohort.year is not the report's year")
            for key, part, whole in (("startRate", c["startedProjects"], c["signedProjects"]),
                                     ("operatingRate", c["operatingProjects"], c["signedProjects"]),
                                     ("fundsRate", money_fen(c["fundsInPlaceYuan"]), money_fen(c["contractYuan"])),
                                     ("fulfilmentRate", c["signedProjects"], c["signedProjects"] + c["voidedProjects"])):
                expected = None if whole == 0 else percent(part, whole)  # absent when the divisor is zero
                if c.get(key) != expected:
                    problems.append(f"body.indicators.cohort.{key} must be {expected}")
        if any(k in body for k in PERIOD_REPORT_FIELDS_110) or any(
                k in p for p in body["series"] for k in ("cumulativeFundsInPlaceYuan", "paceFundsInPlaceYuan")):
            if protocol_before(message["protocol"], (1, 10)):
                problems.append(f"a PeriodReport's 1.10 members, but the message says protocol {message['protocol']}")
    if (mtype in REPORT_TYPES_110 or body_type in REPORT_RESULTS_110) and protocol_before(message["protocol"], (1, 10)):
        problems.append(f"{mtype} / {body_type} is protocol 1.10, but the message says protocol {message['protocol']}")
    return problems


def lead_event_problems(mtype, body, where="body"):
    problems = []
    lead = body["lead"]
    # (1.11) A correction that changes only the registration flag clears it: a signing equal to the current
    # one is decided anew only when the current one is flagged (README §8.4).
    before, after = body.get("previousSigning"), lead.get("signing")
    if mtype == "lead.signed" and before and after and before != after and \
            {k: v for k, v in before.items() if k != "unregistered"} == {k: v for k, v in after.items() if k != "unregistered"} \
            and not (before.get("unregistered") and not after.get("unregistered")):
        problems.append(f"{where}: a correction that changes only the flag clears it (previousSigning flagged, the signing not)")
    if mtype == "lead.signed" and "previousSigning" in body and body["previousSigning"] == lead.get("signing"):
        if not lead.get("capitalIncreases"):
            problems.append(f"{where}: previousSigning equals the signing, which only a capital increase does, "
                            "but the lead has no capitalIncreases")
    if "followUp" in body:
        problems += follow_up_event_problems(mtype, body, where)
    return problems


def civil_date(text):
    """A Date `YYYY-MM-DD` (README §6.2, 1.8), surrounding whitespace ignored, or None."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", text) if isinstance(text, str) else None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None


def blank(text):
    return not isinstance(text, str) or not text.strip()


def follow_up_event_problems(mtype, body, where):
    """(1.8) The lead.updated of a lead.follow-up: the contact against the lead after it (README §8.14)."""
    problems = []
    add = problems.append
    contact, lead = body["followUp"], body["lead"]
    if mtype != "lead.updated":
        add(f"{where}: followUp on a {mtype} (only the lead.updated of a lead.follow-up carries one)")
    if "previousSigning" in body:
        add(f"{where}: a follow-up's event has no previousSigning")
    summary = lead.get("followUps")
    if summary is None:
        return problems + [f"{where}: the lead has no followUps, so it does not count the follow-up"]
    on, last = civil_date(contact["on"]), civil_date(summary["lastOn"])
    if on and last and on > last:
        add(f"{where}: followUp.on {contact['on']} is after lead.followUps.lastOn {summary['lastOn']}")
    if on and last and on == last and summary.get("nextOn") != contact.get("nextOn"):
        add(f"{where}: the follow-up is the latest, so lead.followUps.nextOn must be its nextOn "
            f"({contact.get('nextOn', 'absent')})")
    if contact["kind"] == "outbound" and summary["trips"] < 1:
        add(f"{where}: an outbound trip, but lead.followUps.trips is 0")
    updated = beijing_date(lead["updatedAt"])
    if on and updated and on > updated:
        add(f"{where}: followUp.on {contact['on']} is after the day of the change ({updated})")
    if contact["recordedBy"] != lead.get("updatedBy"):
        add(f"{where}: followUp.recordedBy {contact['recordedBy']} is not lead.updatedBy {lead.get('updatedBy')}")
    return problems


def milestone_order_problems(dates, where):
    """(1.8) Dates by milestone (text), in order among those present (RULES.md §5.4)."""
    planned = [(m, civil_date(dates[m])) for m in MILESTONES if not blank(dates.get(m))]
    return [f"{where}.{later}: {later_date} is before {earlier} {earlier_date} (RULES.md §5.4)"
            for (earlier, earlier_date), (later, later_date) in zip(planned, planned[1:])
            if earlier_date and later_date and later_date < earlier_date]


def supervision_request_problems(message):
    """(1.8) lead.follow-up, lead.assign, lead.plan: the field rules a schema cannot express (README §8.14–§8.16)."""
    problems = []
    add = problems.append
    mtype, body = message["type"], message["body"]
    if mtype == "lead.follow-up":
        sent = beijing_date(message["sentAt"])
        instant = audit_since(body["on"].strip())  # RFC 3339 read leniently, or a bare date
        on = civil_date(body["on"]) or (instant.astimezone(BEIJING).date() if instant else None)
        if blank(body["on"]) or on is None:
            add(f"body.on: {body['on']!r} is neither a date nor a date-time with offset")
        elif on.year < 2000 or (sent and on > sent):
            add(f"body.on: {on} is before 2000 or after the day the request was sent ({sent})")
        kind = lenient_in(FOLLOW_UP_KINDS, body["kind"])
        if kind is None:
            add(f"body.kind: {body['kind']!r} is not a follow-up kind")
        if kind == "outbound" and blank(body.get("destination")):
            add("body.destination: an outbound trip needs its destination")
        if blank(body["summary"]):
            add("body.summary is blank")
        if not blank(body.get("nextFollowUpOn")):
            following = civil_date(body["nextFollowUpOn"])
            if following is None:
                add(f"body.nextFollowUpOn: {body['nextFollowUpOn']!r} is not a date")
            elif on and following < on:
                add(f"body.nextFollowUpOn: {following} is before the contact ({on})")
    if mtype == "lead.assign":
        if blank(body["reason"]):
            add("body.reason is blank")
        if not any(field in body for field in ("leader", "unit", "team", "owner", "officer")):
            add("names none of leader, unit, team, owner, officer")
        if len([name for name in body.get("team", []) if not blank(name)]) > 30:
            add("body.team: more than 30 names")
        if "owner" in body:
            owner = body["owner"].strip()
            if not owner or len(owner) > 64 or re.search(r"\s", owner):
                add(f"body.owner: {body['owner']!r} is not an identity of 1–64 characters without whitespace")
    if mtype == "supervision.board":
        problems += board_query_problems(body)
    if mtype.startswith("supervision.") and mtype != "supervision.board":
        problems += order_request_problems(message)
    if mtype == "lead.plan":
        if not any(m in body for m in MILESTONES):
            add("names none of " + ", ".join(MILESTONES))
        for m in MILESTONES:
            if not blank(body.get(m)):
                date = civil_date(body[m])
                if date is None or not 2000 <= date.year <= 2100:
                    add(f"body.{m}: {body[m]!r} is not a date in 2000–2100")
        problems += milestone_order_problems(body, "body")
    return problems


def canonical_lead_id(text):
    """The canonical form of a lead id as typed (README §6.4), or None."""
    m = re.fullmatch(r"\s*[Ll]?-?([0-9]{1,18})\s*", text) if isinstance(text, str) else None
    return f"L-{int(m[1]):06d}" if m and int(m[1]) > 0 else None


def board_query_problems(query):
    """(1.8) A BoardQuery's fields as lead-supervisor checks them, in its order (README §11.2)."""
    problems = []
    if "light" in query and lenient_in(LIGHT_COLORS, query["light"]) is None:
        problems.append(f"body.light: {query['light']!r} is not a light (green, yellow, red): invalid-field")
    if "stage" in query and lenient_in(STAGE_LABELS, query["stage"]) is None:
        problems.append(f"body.stage: {query['stage']!r} is not a stage: invalid-field")
    if "leadId" in query and canonical_lead_id(query["leadId"]) is None:
        problems.append(f"body.leadId: {query['leadId']!r} is not a lead id: invalid-field")
    return problems


def load_supervision_rules():
    """The shipped supervision rules (RULES.md §5.8), or None when the file cannot be read."""
    try:
        return json.loads(SUPERVISION_RULES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def expected_color(days, yellow, red):
    """The color a rule gives at `days`, and the limit reached; (None, None) below the yellow limit."""
    if days >= red:
        return "red", red
    if days >= yellow:
        return "yellow", yellow
    return None, None


def lead_light_problems(row, as_of, rules, where):
    """(1.8) One BoardRow's light against the shipped rules (RULES.md §5.5–§5.7)."""
    problems = []
    add = problems.append
    light, stage, plan = row["light"], row["stage"], row.get("plan", {})
    reasons = light["reasons"]
    if stage not in rules["activeStages"]:
        add(f"{where}: stage {stage} is not active (activeStages), so the lead has no light")
    problems += milestone_order_problems(plan, f"{where}.plan")
    last = civil_date(row["lastActivityOn"])
    if last and as_of and last > as_of:
        add(f"{where}.lastActivityOn {last} is after asOf {as_of}")
    worst = max((r["color"] for r in reasons), key=LIGHT_RANK.get, default="green")
    if light["color"] != worst:
        add(f"{where}.light.color is {light['color']}, but the worst of its reasons is {worst}")
    keys = [(LIGHT_RANK.get(r["color"], 0), r["days"]) for r in reasons]
    if keys != sorted(keys, reverse=True):
        add(f"{where}.light.reasons are not worst first (red before yellow, then the most days)")
    stale, milestones = rules["stale"], rules["milestones"]
    seen = set()
    for i, r in enumerate(reasons):
        here = f"{where}.light.reasons.{i}"
        since = civil_date(r["since"])
        if since and as_of and r["days"] != (as_of - since).days:
            add(f"{here}: days {r['days']} is not the days from since {since} to asOf {as_of} ({(as_of - since).days})")
        if r["days"] < r["limitDays"]:
            add(f"{here}: days {r['days']} is below limitDays {r['limitDays']}")
        if r["rule"] == "stale":
            color, limit = expected_color(r["days"], stale["yellowAfterDays"], stale["redAfterDays"])
            if r["since"] != row["lastActivityOn"]:
                add(f"{here}: a stale reason's since must be the row's lastActivityOn {row['lastActivityOn']}")
            key = "stale"
        else:
            color, limit = expected_color(r["days"], milestones["yellowAfterDaysLate"], milestones["redAfterDaysLate"])
            milestone = r.get("milestone")
            key = milestone
            if milestone in MILESTONE_REACHED and stage in MILESTONE_REACHED[milestone]:
                add(f"{here}: milestone {milestone} is reached at stage {stage}, so it cannot be overdue")
            own = plan.get(MILESTONE_DATES.get(milestone, ""))
            if r.get("defaultDate"):
                if own is not None:
                    add(f"{here}: defaultDate, but the lead plans {MILESTONE_DATES[milestone]} {own} itself")
                if not any(d["milestone"] == milestone for d in rules.get("defaultPlan", [])):
                    add(f"{here}: defaultDate, but the rules give no default date for {milestone}")
            elif own != r["since"]:
                add(f"{here}: since {r['since']} is not the lead's planned {MILESTONE_DATES.get(milestone)} ({own})"
                    " and defaultDate is absent")
        if (r["color"], r["limitDays"]) != (color, limit):
            add(f"{here}: {r['days']} days under rule {r['rule']} give {color or 'no reason'} (limit {limit}) by the"
                f" shipped rules, not {r['color']} (limit {r['limitDays']})")
        if key in seen:
            add(f"{here}: a second reason for {key}")
        seen.add(key)
    # Completeness: a rule that applies must be among the reasons.
    idle = (as_of - last).days if as_of and last else None
    if idle is not None and idle >= stale["yellowAfterDays"] and "stale" not in seen:
        add(f"{where}: left alone {idle} days since {last}, but no stale reason")
    stale_days = next((r["days"] for r in reasons if r["rule"] == "stale"), -1)
    if light.get("suggestDrop", False) != (stale_days >= stale["suggestDropAfterDays"]):
        add(f"{where}.light.suggestDrop must be present (true) exactly when the lead has been left alone"
            f" {stale['suggestDropAfterDays']} days or more")
    for milestone, field in MILESTONE_DATES.items():
        date = civil_date(plan.get(field, ""))
        if milestone == "contact" or date is None or not as_of or stage in MILESTONE_REACHED[milestone]:
            continue  # contact is also reached by a follow-up, which a row does not show
        if (as_of - date).days >= milestones["yellowAfterDaysLate"] and milestone not in seen:
            add(f"{where}: {field} {date} has passed and {milestone} is not reached at stage {stage},"
                " but there is no milestone-overdue reason for it")
    return problems


def board_problems(message, request):
    """(1.8) A SupervisionBoard (README §11.2, RULES.md §5.5–§5.9): asOf, rules, counts and total
    against the rows and, when its request is here, the request's filters and page; the rows worst
    first; each light by the shipped rules."""
    problems = []
    add = problems.append
    board = message["body"]
    rules = load_supervision_rules()
    if rules is None:
        return [f"cannot read the shipped supervision rules {SUPERVISION_RULES}"]
    if board["rules"] != rules["edition"]:
        return [f"rules {board['rules']!r} is not the shipped rules' edition {rules['edition']!r}, whose limits"
                " this file is checked against"]
    as_of, sent = civil_date(board["asOf"]), beijing_date(message["sentAt"])
    if as_of and sent and not sent - dt.timedelta(days=1) <= as_of <= sent:
        add(f"asOf {as_of} is not the Beijing day the board was answered ({sent})")
    counts, rows, total = board["counts"], board["rows"], board["total"]
    if set(counts) != set(LIGHT_COLORS):
        add("counts must have exactly the members green, yellow and red")
    query = request["body"] if request is not None else {}
    by_color = {color: sum(1 for r in rows if r["light"]["color"] == color) for color in LIGHT_COLORS}
    for color, n in by_color.items():
        if n > counts.get(color, 0):
            add(f"{n} {color} rows, but counts.{color} is {counts.get(color, 0)}")
    if request is None:
        # Without the request, its light filter shows in total; its page is unknown.
        if total not in [sum(counts.values())] + list(counts.values()):
            add("total is neither the sum of counts nor one color's count")
        if len(rows) > total:
            add("more rows than total")
        if rows and len(rows) == total:  # not paged: the rows are every lead that matches
            if total == sum(counts.values()) and by_color != counts:
                add(f"the rows by color {by_color} do not match counts {counts} (the page holds every matching lead)")
            if total != sum(counts.values()) and not any(by_color[c] == total == counts.get(c) for c in LIGHT_COLORS):
                add(f"the rows are not all the leads of one color although total {total} is one color's count")
        return problems + board_rows_problems(rows, as_of, rules, query)
    light = lenient_in(LIGHT_COLORS, query["light"]) if "light" in query else None
    offset, limit = query.get("offset", 0), query.get("limit", 50)
    if total != (counts.get(light, 0) if light else sum(counts.values())):
        add(f"total {total} must be {'counts.' + light if light else 'the sum of counts'}")
    if len(rows) > limit:
        add(f"more rows than the limit {limit}")
    if len(rows) != max(0, min(limit, total - offset)):
        add(f"{len(rows)} rows, but total {total}, offset {offset} and limit {limit} give"
            f" {max(0, min(limit, total - offset))}")
    if offset == 0 and len(rows) == total:  # not paged: the rows are every lead that matches
        wanted = {color: (counts.get(color, 0) if light in (None, color) else 0) for color in LIGHT_COLORS}
        if by_color != wanted:
            add(f"the rows by color {by_color} do not match counts {counts} (the page holds every matching lead)")
    return problems + board_rows_problems(rows, as_of, rules, query)


def board_rows_problems(rows, as_of, rules, query):
    """(1.8) A board's rows: unique, worst first, each light by the rules, within the request's filters."""
    problems = []
    add = problems.append
    light = lenient_in(LIGHT_COLORS, query["light"]) if "light" in query else None
    if len({r["leadId"] for r in rows}) != len(rows):
        add("a lead appears twice")
    keys = [(-LIGHT_RANK.get(r["light"]["color"], 0), -(r["light"]["reasons"][0]["days"] if r["light"]["reasons"] else 0),
             r["leadId"]) for r in rows]
    if keys != sorted(keys):
        add("rows are not worst first (red, yellow, green; then the most days of the first reason; then lead id)")
    for i, row in enumerate(rows):
        where = f"body.rows.{i}"
        problems += lead_light_problems(row, as_of, rules, where)
        responsibility = row.get("responsibility", {})
        if light and row["light"]["color"] != light:
            add(f"{where}: not of the request's light {light}")
        for field, value in (("unit", responsibility.get("unit")), ("leader", responsibility.get("leader")),
                             ("officer", row.get("officer"))):
            if not blank(query.get(field)) and value != query[field].strip():
                add(f"{where}: {field} {value!r} is not the request's {query[field].strip()!r}")
        if "stage" in query and row["stage"] != lenient_in(STAGE_LABELS, query["stage"]):
            add(f"{where}: not in the request's stage")
        if "leadId" in query and row["leadId"] != canonical_lead_id(query["leadId"]):
            add(f"{where}: not the request's lead")
    return problems


def order_number(order_id):
    """The number of a canonical order id `D-000042` (README §11.3), or None."""
    return int(order_id[2:]) if isinstance(order_id, str) and ORDER_ID.match(order_id) else None


def order_request_problems(message):
    """(1.8) supervision.order, supervision.acknowledge, supervision.answer, supervision.orders: the field
    rules a schema cannot express (README §11.4–§11.7)."""
    problems = []
    add = problems.append
    mtype, body = message["type"], message["body"]
    if mtype == "supervision.order":
        if canonical_lead_id(body["leadId"]) is None:
            add(f"body.leadId: {body['leadId']!r} is not a lead id: invalid-field")
        unit, person = body.get("unit"), body.get("person")
        if blank(unit) and blank(person):
            add("body: addressed to no unit and no person: missing-field unit")
        if not blank(unit) and unit.strip() not in EXAMPLE_UNITS:
            add(f"body.unit: {unit.strip()!r} is not a unit of the examples' configuration {sorted(EXAMPLE_UNITS)}")
        if not blank(person) and (len(person.strip()) > 64 or re.search(r"\s", person.strip())):
            add(f"body.person: {person!r} is not an identity of 1–64 characters without whitespace")
        if blank(body["request"]) or len(body["request"].strip()) > 4000:
            add("body.request must be 1–4000 characters after trimming")
        deadline, sent = civil_date(body["deadline"]), beijing_date(message["sentAt"])
        if deadline is None:
            add(f"body.deadline: {body['deadline']!r} is not a date")
        elif sent and deadline < sent:
            add(f"body.deadline: {deadline} is before the day the order was sent ({sent}): invalid-field")
    if mtype in ("supervision.acknowledge", "supervision.answer"):
        if not ORDER_ID.match(body["orderId"].strip().upper()):
            add(f"body.orderId: {body['orderId']!r} is not an order id like D-000001")
        if mtype == "supervision.answer" and (blank(body.get("answer")) or len(body["answer"].strip()) > 4000):
            add("body.answer must be 1–4000 characters after trimming")
    if mtype == "supervision.orders":
        if "state" in body and lenient_in(ORDER_STATES, body["state"]) is None:
            add(f"body.state: {body['state']!r} is not an order state (issued, acknowledged, answered): invalid-field")
        if "leadId" in body and canonical_lead_id(body["leadId"]) is None:
            add(f"body.leadId: {body['leadId']!r} is not a lead id: invalid-field")
    return problems


def is_addressee(identity, order):
    """(1.8) The person an order is addressed to, or a member of its unit (by the examples' configuration)."""
    return identity == order.get("person") or identity in EXAMPLE_UNITS.get(order.get("unit"), set())


def supervision_order_problems(order, rules, where, sent=None, as_of=None):
    """(1.8) One SupervisionOrder (README §11.3, RULES.md §5.10): its id, vocabularies, what its state
    carries and in which order it happened, who acted, and its escalations against the shipped rules.
    `sent` is the instant of the message that carries it; `as_of` the day of an OrderPage."""
    problems = []
    add = problems.append
    if order_number(order["orderId"]) is None or order_number(order["orderId"]) < 1:
        add(f"{where}.orderId {order['orderId']!r} is not D- and a positive number of at least six digits")
    if order["state"] not in ORDER_STATES:
        add(f"{where}.state {order['state']!r} is not one of {', '.join(ORDER_STATES)}")
    if order["level"] not in ORDER_LEVELS:
        add(f"{where}.level {order['level']!r} is not one of {', '.join(ORDER_LEVELS)}")
    if blank(order.get("unit")) and blank(order.get("person")):
        add(f"{where}: addressed to no unit and no person")
    if "unit" in order and order["unit"] not in EXAMPLE_UNITS:
        add(f"{where}.unit {order['unit']!r} is not a unit of the examples' configuration {sorted(EXAMPLE_UNITS)}")
    state = order["state"]
    acknowledgement = ("acknowledgedBy", "acknowledgedAt")
    answer = ("answer", "answeredBy", "answeredAt")
    required = {"issued": (), "acknowledged": acknowledgement, "answered": acknowledgement + answer}.get(state, ())
    for field in acknowledgement + answer:
        if (field in order) != (field in required):
            add(f"{where}.{field} must be {'present' if field in required else 'absent'} on an order {state}")
    issued, deadline = parse_timestamp(order["issuedAt"]), civil_date(order["deadline"])
    acknowledged = parse_timestamp(order["acknowledgedAt"]) if "acknowledgedAt" in order else None
    answered = parse_timestamp(order["answeredAt"]) if "answeredAt" in order else None
    if issued and deadline and deadline < issued.astimezone(BEIJING).date():
        add(f"{where}.deadline {deadline} is before the day the order was issued")
    if issued and acknowledged and acknowledged < issued:
        add(f"{where}.acknowledgedAt is before issuedAt")
    if acknowledged and answered and answered < acknowledged:
        add(f"{where}.acknowledgedAt is after answeredAt (answering acknowledges, never later)")
    for field in ("issuedAt", "acknowledgedAt", "answeredAt"):
        at = parse_timestamp(order[field]) if field in order else None
        if at and sent and at > sent:
            add(f"{where}.{field} is after the message carrying the order was sent")
    for field in ("acknowledgedBy", "answeredBy"):
        if field in order and not is_addressee(order[field], order):
            add(f"{where}.{field} {order[field]} is not the order's addressee (its person, or a member of its unit)")
    if "answer" in order and order["answer"] != order["answer"].strip():
        add(f"{where}.answer is not trimmed")
    # Escalations: yellow, red, leader in order, each on the deadline plus the rules' days.
    days = rules["orders"]
    steps = order.get("escalations", [])
    expected = [(level, deadline + dt.timedelta(days=days[key])) for level, key in ORDER_STEPS] if deadline else []
    have = [(s["level"], civil_date(s["on"])) for s in steps]
    if deadline and have != expected[:len(have)]:
        add(f"{where}.escalations are {', '.join(f'{l} on {d}' for l, d in have)}; the steps are yellow, red, leader in"
            f" that order, on the deadline {deadline} plus the shipped rules' {', '.join(str(days[k]) for _, k in ORDER_STEPS)}"
            f" days: {', '.join(f'{l} on {d}' for l, d in expected)}")
    if order["level"] != (steps[-1]["level"] if steps else "blue"):
        add(f"{where}.level {order['level']} is not the level of the last escalation ({steps[-1]['level'] if steps else 'blue'})")
    if answered:
        late = [str(on) for _, on in have if on and on > answered.astimezone(BEIJING).date()]
        if late:
            add(f"{where}: escalated on {', '.join(late)}, after it was answered (an answered order never escalates)")
    if as_of:
        if any(on and on > as_of for _, on in have):
            add(f"{where}: an escalation is dated after asOf {as_of}")
        if state != "answered" and deadline:
            due = [level for level, on in expected if on <= as_of]
            if [level for level, _ in have] != due:
                add(f"{where}: not answered, so on {as_of} it has gone up to {due[-1] if due else 'nothing'}"
                    f" ({', '.join(due) or 'no escalation'}), not {[level for level, _ in have]}")
    return problems


def order_reply_problems(message, request, issued):
    """(1.8) The ok reply to supervision.order, supervision.acknowledge or supervision.answer: the order
    against the request it answers, and against the supervision.order example that issued it."""
    problems = []
    add = problems.append
    rules = load_supervision_rules()
    if rules is None or "orders" not in rules:
        return [f"cannot read the orders block of the shipped supervision rules {SUPERVISION_RULES}"]
    order = message["body"]
    sent = parse_timestamp(message["sentAt"])
    problems += supervision_order_problems(order, rules, "body", sent=sent)
    if protocol_before(message["protocol"], (1, 8)):
        add(f"a SupervisionOrder is protocol 1.8, but the message says protocol {message['protocol']}")
    if request is not None:
        query, rtype = request["body"], request["type"]
        if rtype in ("supervision.acknowledge", "supervision.answer") and \
                query["orderId"].strip().upper() != order["orderId"]:
            add(f"body.orderId {order['orderId']} is not the request's {query['orderId']!r}")
        if rtype == "supervision.acknowledge" and order["state"] == "issued":
            add("an acknowledged order cannot be issued")
        if rtype == "supervision.answer":
            if order["state"] != "answered":
                add("the reply to supervision.answer must be an answered order")
            elif order["answer"] != query["answer"].strip():
                add("body.answer is not the request's answer, trimmed")
        if rtype == "supervision.order":
            issued = [request] + [m for m in issued if m is not request]
    for m in issued:  # the supervision.order that issued it, when it is here
        q = m["body"]
        if canonical_lead_id(q["leadId"]) != order["leadId"] or q["request"].strip() != order["request"]:
            continue
        for field in ("unit", "person"):
            if (None if blank(q.get(field)) else q[field].strip()) != order.get(field):
                add(f"body.{field} {order.get(field)!r} is not the one {m['id']} issued it to")
        if civil_date(q["deadline"]) != civil_date(order["deadline"]):
            add(f"body.deadline {order['deadline']} is not the one {m['id']} gave")
        at, issued_at = parse_timestamp(m["sentAt"]), parse_timestamp(order["issuedAt"])
        if at and issued_at and issued_at.astimezone(BEIJING).date() != at.astimezone(BEIJING).date():
            add(f"body.issuedAt {order['issuedAt']} is not on the day {m['id']} was sent")
    return problems


def order_page_problems(message, request):
    """(1.8) An OrderPage (README §11.7): asOf, newest first, total and, when its request is here, its
    filters and page; each order against the shipped rules as of asOf."""
    problems = []
    add = problems.append
    rules = load_supervision_rules()
    if rules is None or "orders" not in rules:
        return [f"cannot read the orders block of the shipped supervision rules {SUPERVISION_RULES}"]
    page = message["body"]
    as_of, sent = civil_date(page["asOf"]), beijing_date(message["sentAt"])
    if protocol_before(message["protocol"], (1, 8)):
        add(f"an OrderPage is protocol 1.8, but the message says protocol {message['protocol']}")
    if as_of and sent and not sent - dt.timedelta(days=1) <= as_of <= sent:
        add(f"asOf {as_of} is not the Beijing day the page was answered ({sent})")
    orders = page["orders"]
    numbers = [order_number(o["orderId"]) for o in orders]
    if None not in numbers and numbers != sorted(set(numbers), reverse=True):
        add("orders are not newest first (orderId descending, no repeats)")
    if len(orders) > page["total"]:
        add("more orders than total")
    for i, order in enumerate(orders):
        problems += supervision_order_problems(order, rules, f"body.orders.{i}", parse_timestamp(message["sentAt"]), as_of)
    if request is not None:
        query = request["body"]
        offset, limit = query.get("offset", 0), query.get("limit", 50)
        if len(orders) != max(0, min(limit, page["total"] - offset)):
            add(f"{len(orders)} orders, but total {page['total']}, offset {offset} and limit {limit} give"
                f" {max(0, min(limit, page['total'] - offset))}")
        state = lenient_in(ORDER_STATES, query["state"]) if "state" in query else None
        for i, order in enumerate(orders):
            here = f"body.orders.{i}"
            if state and order["state"] != state:
                add(f"{here}: not in the request's state {state}")
            if "leadId" in query and order["leadId"] != canonical_lead_id(query["leadId"]):
                add(f"{here}: not the request's lead")
            if query.get("overdue") and (order["state"] == "answered" or not as_of
                                         or civil_date(order["deadline"]) >= as_of):
                add(f"{here}: not overdue on {as_of} (answered, or its deadline is not before asOf)")
    return problems


def unique(identities):
    """(1.9) In order, each once, without empties (how the supervisor lists recipients)."""
    seen, out = set(), []
    for identity in identities:
        if identity and identity not in seen:
            seen.add(identity)
            out.append(identity)
    return out


def order_addressees(order):
    """(1.9) An order's person, then the members of its unit (by the examples' configuration) in order."""
    return unique([order.get("person")] + sorted(EXAMPLE_UNITS.get(order.get("unit"), ())))


def notification_problems(note, where, sent, context):
    """(1.9) One LeadNotification (README §11.8, RULES.md §5.11): its id against its kind, lead, order and
    date; its recipients; and, when the examples hold them, against the order it is about (its
    addressees, issuer, leader, issuedAt and escalations) and the board that shows its lead's light."""
    problems = []
    add = problems.append
    kind, nid, created = note["kind"], note["notificationId"], parse_timestamp(note["createdAt"])
    day = created.astimezone(BEIJING).date() if created else None
    if kind == "city-conflict":
        return city_notification_problems(note, where, sent, context)
    m = NOTIFICATION_ID.match(nid)
    if not m:
        return [f"{where}.notificationId {nid!r} is not an id made from a cause (README §11.8)"]
    lead, part, date, order_id, step = m.groups()
    expected_part = {"light-yellow": "yellow", "light-red": "red", "follow-up-due": "due"}.get(kind)
    if kind in ("light-yellow", "light-red", "follow-up-due"):
        if lead != note["leadId"] or part != expected_part:
            add(f"{where}.notificationId {nid!r}: a {kind} is N-{note['leadId']}-{expected_part}-<date>")
        on = civil_date(date)
        if on is None:
            add(f"{where}.notificationId {nid!r}: {date} is not a date")
        elif day and kind != "follow-up-due" and not day - dt.timedelta(days=1) <= on <= day:
            add(f"{where}.notificationId {nid!r}: the light is noted on the supervisor's today, not {on}"
                f" (createdAt is on {day})")
        elif day and kind == "follow-up-due" and not day <= on <= day + dt.timedelta(days=1):
            add(f"{where}.notificationId {nid!r}: a reminder is for the day after the supervisor's today, not {on}"
                f" (createdAt is on {day})")
        if "orderId" in note:
            add(f"{where}.orderId: a {kind} is about no order")
        if kind != "light-red" and len(note["recipients"]) != 1:
            add(f"{where}.recipients: a {kind} goes to the lead's owner only")
        if kind == "light-red" and len(note["recipients"]) > 2:
            add(f"{where}.recipients: a light-red goes to the lead's owner and its 包联领导 only")
        row = context["boards"].get((on, note["leadId"])) if on else None
        if row is not None and kind != "follow-up-due":
            if row["light"]["color"] != expected_part:
                add(f"{where}: the board of {on} shows {note['leadId']} {row['light']['color']}, not {expected_part}")
            leader = row.get("responsibility", {}).get("leader") if kind == "light-red" else None
            if note["recipients"] != unique([row.get("owner"), leader]):
                add(f"{where}.recipients {note['recipients']}: the board of {on} gives {unique([row.get('owner'), leader])}"
                    " (the owner, and for red the 包联领导)")
    else:
        if note.get("orderId") != order_id or (kind == "order-issued") != (step == "issued"):
            add(f"{where}.notificationId {nid!r}: an {kind} is N-{note.get('orderId')}-"
                f"{'issued' if kind == 'order-issued' else '<level>'}")
        order = context["orders"].get(note.get("orderId"))
        if order is not None:
            if order["leadId"] != note["leadId"]:
                add(f"{where}.leadId {note['leadId']} is not the lead of {order['orderId']} ({order['leadId']})")
            addressees = order_addressees(order)
            if kind == "order-issued":
                if note["recipients"] != addressees:
                    add(f"{where}.recipients {note['recipients']}: {order['orderId']} is addressed to {addressees}")
                if created != parse_timestamp(order["issuedAt"]):
                    add(f"{where}.createdAt is not the order's issuedAt {order['issuedAt']}")
            else:
                want = unique(addressees + [order["issuedBy"], order.get("leader") if step == "leader" else None])
                if note["recipients"] != want:
                    add(f"{where}.recipients {note['recipients']}: at {step}, {order['orderId']} goes to {want}"
                        " (its addressees, its issuer and, at leader, its leader)")
                steps = {s["level"]: civil_date(s["on"]) for s in order.get("escalations", [])}
                if step not in steps:
                    add(f"{where}: {order['orderId']} never went up to {step}")
                elif day and day < steps[step]:
                    add(f"{where}.createdAt is before {order['orderId']} went up to {step} on {steps[step]}")
    if created and sent and created > sent:
        add(f"{where}.createdAt is after the message carrying it was sent")
    return problems


def city_priority_sentence(priority, other, reason=None):
    """(1.11) The sentence a city-conflict notification ends with (README §21.7): who keeps priority, by
    首报首谈 or, with the reason, by the city's decision."""
    if reason is None:
        return ("本区首报，按首报首谈保有优先权；请加快推进。" if priority == "yours"
                else f"{other}首报，按首报首谈优先权归{other}；请暂停竞争性洽谈，如有异议请报市局裁决。")
    return (f"市局裁决由本区继续洽谈（{reason}）。" if priority == "yours"
            else f"市局裁决由{other}继续洽谈（{reason}）；请停止竞争性洽谈。")


# (1.11) The endings of a city-conflict notification's text, whatever the notice (README §21.7).
CITY_PRIORITY_ENDINGS = re.compile(
    r"(本区首报，按首报首谈保有优先权；请加快推进。"
    r"|(.+)首报，按首报首谈优先权归\2；请暂停竞争性洽谈，如有异议请报市局裁决。"
    r"|市局裁决由本区继续洽谈（.+）。"
    r"|市局裁决由.+继续洽谈（.+）；请停止竞争性洽谈。)$")


def city_notification_problems(note, where, sent, context):
    """(1.11) A city-conflict LeadNotification (README §11.8, §21.7, RULES.md §5.11): its id
    N-<leadId>-city-<noticeId>, no order, the lead's owner and 包联领导 at most, a text that ends with one of
    the priority sentences; and, when the examples hold the notice it was made from (by its number), that
    notice's lead, the text's other district, kind and priority sentence (首报首谈, or the city's decision with
    its reason), and a createdAt not before lead-city wrote the notice; and one lead per notice number in
    every inbox page of the examples (a notice fetched twice is the same notification)."""
    problems = []
    add = problems.append
    nid, created = note["notificationId"], parse_timestamp(note["createdAt"])
    m = CITY_NOTIFICATION_ID.match(nid)
    if not m or m.group(1) != note["leadId"]:
        return [f"{where}.notificationId {nid!r}: a city-conflict is N-{note['leadId']}-city-<noticeId>"]
    notice_id = int(m.group(2))
    if "orderId" in note:
        add(f"{where}.orderId: a city-conflict is about no order")
    if len(note["recipients"]) > 2:
        add(f"{where}.recipients: a city-conflict goes to the lead's owner and its 包联领导 only")
    if not CITY_PRIORITY_ENDINGS.search(note["text"]):
        add(f"{where}.text: a city-conflict ends with who keeps priority, by 首报首谈 (本区首报… / <other>首报…) or by "
            "the city's decision (市局裁决由…继续洽谈（<reason>）…)")
    made_from = [n for n, _ in context.get("notices", []) if n["noticeId"] == notice_id]
    for notice in made_from[:1]:
        if notice["leadId"] != note["leadId"]:
            add(f"{where}.notificationId {nid!r}: lead-city's notice {notice_id} is on {notice['leadId']}, "
                f"not {note['leadId']}")
        other = notice["otherDistrictName"]
        what = "同一项目" if notice["kind"] == "same-project" else "该企业"
        if not note["text"].startswith(f"{other}也在洽谈{what}（"):
            add(f"{where}.text: notice {notice_id} says {other} pursues {what}: the text begins {other}也在洽谈{what}（…")
        sentence = city_priority_sentence(notice["priority"], other, notice.get("decisionReason"))
        if not note["text"].endswith(sentence):
            add(f"{where}.text: notice {notice_id} ({notice['priority']}"
                f"{', a decision' if 'decisionReason' in notice else ''}) ends the text with {sentence!r}")
        detected = parse_timestamp(notice["detectedAt"])
        if created and detected and created < detected:
            add(f"{where}.createdAt is before lead-city wrote notice {notice_id}")
    for page_name, page in context.get("pages", []):
        for item in page["body"].get("items", []):
            other = item["notification"]
            om = CITY_NOTIFICATION_ID.match(other["notificationId"]) if other.get("kind") == "city-conflict" else None
            if om and int(om.group(2)) == notice_id and om.group(1) != note["leadId"]:
                add(f"{where}.notificationId {nid!r}: notice {notice_id} is on {om.group(1)} in {page_name}: a notice "
                    "is of one lead")
    if created and sent and created > sent:
        add(f"{where}.createdAt is after the message carrying it was sent")
    return problems


def inbox_page_problems(message, request, context):
    """(1.9) An InboxPage (README §11.9, §11.10): newest first, its counts, read times, one owner; each
    notification; against its request; and the same notifications alike in the other pages."""
    problems = []
    add = problems.append
    page, sent = message["body"], parse_timestamp(message["sentAt"])
    if protocol_before(message["protocol"], (1, 9)):
        add(f"an InboxPage is protocol 1.9, but the message says protocol {message['protocol']}")
    items = page["items"]
    if protocol_before(message["protocol"], (1, 11)) and any(i["notification"]["kind"] == "city-conflict" for i in items):
        add(f"a city-conflict notification is protocol 1.11, but the message says protocol {message['protocol']}")
    ids = [i["notification"]["notificationId"] for i in items]
    if len(ids) != len(set(ids)):
        add("items: a notification is listed twice")
    created = [parse_timestamp(i["notification"]["createdAt"]) for i in items]
    if None not in created and any(a < b for a, b in zip(created, created[1:])):
        add("items are not newest first (createdAt increases down the page)")
    unread_items = sum("readAt" not in i for i in items)
    if unread_items > page["unread"]:
        add(f"{unread_items} unread items, but unread is {page['unread']}")
    if len(items) > page["total"]:
        add("more items than total")
    owners = set.intersection(*(set(i["notification"]["recipients"]) for i in items)) if items else {None}
    if not owners:
        add("no identity is a recipient of every item: an inbox is one identity's (README §11.8)")
    for n, item in enumerate(items):
        where = f"body.items.{n}"
        problems += notification_problems(item["notification"], f"{where}.notification", sent, context)
        if "readAt" in item:
            at = parse_timestamp(item["readAt"])
            if at and created[n] and at < created[n]:
                add(f"{where}.readAt is before the notification was made")
            if at and sent and at > sent:
                add(f"{where}.readAt is after the page was sent")
    if request is not None:
        query = request["body"]
        if request["type"] == "supervision.inbox":
            offset, limit = query.get("offset", 0), query.get("limit", 50)
            if query.get("unread"):
                if page["total"] != page["unread"]:
                    add("with unread, total is the unread count")
                if unread_items != len(items):
                    add("with unread, every item is unread")
            elif page["unread"] > page["total"]:
                add("more unread than total")
        else:  # supervision.read: the first page after the change
            offset, limit = 0, 50
            if page["unread"] > page["total"]:
                add("more unread than total")
            for nid in query.get("notificationIds", []):
                item = next((i for i in items if i["notification"]["notificationId"] == nid), None)
                if item is None and page["total"] <= 50:
                    add(f"{nid} was marked read, so it is in the caller's inbox, but not on the page")
                elif item is not None and "readAt" not in item:
                    add(f"{nid} was marked read, but has no readAt")
            if query.get("all") and (page["unread"] or unread_items):
                add("after all, nothing is unread")
        if len(items) != max(0, min(limit, page["total"] - offset)):
            add(f"{len(items)} items, but total {page['total']}, offset {offset} and limit {limit} give"
                f" {max(0, min(limit, page['total'] - offset))}")
    for other_name, other in context["pages"]:
        if other is message:
            continue
        other_sent = parse_timestamp(other["sentAt"])
        theirs = {i["notification"]["notificationId"]: i for i in other["body"]["items"]}
        for n, item in enumerate(items):
            mine = theirs.get(item["notification"]["notificationId"])
            if mine is None:
                continue
            if mine["notification"] != item["notification"]:
                add(f"body.items.{n}.notification differs from the same notification in {other_name}")
            if other_sent and sent and other_sent < sent and "readAt" in mine and mine.get("readAt") != item.get("readAt"):
                add(f"body.items.{n}: read at {mine['readAt']} in {other_name}, so it keeps that readAt")
    return problems


def mark_read_problems(message):
    """(1.9) supervision.read must name a notification or all (README §11.10)."""
    body = message["body"]
    if not body.get("notificationIds") and body.get("all") is not True:
        return ["body: names no notification and not all: missing-field notificationIds"]
    return []


def backlog_problems(message):
    """(1.9) ServiceStatus.backlog (README §12.1): from the supervisor only, each channel's counts."""
    body = message["body"]
    if "backlog" not in body:
        return []
    problems = []
    add = problems.append
    if body["service"] != "lead-supervisor":
        add(f"body.backlog: only lead-supervisor has notification channels, not {body['service']}")
    if protocol_before(message["protocol"], (1, 9)) or protocol_before(body["protocol"], (1, 9)):
        add("body.backlog is protocol 1.9, but the message or the status says an older one")
    sent = parse_timestamp(message["sentAt"])
    for channel, backlog in body["backlog"].items():
        where = f"body.backlog.{channel}"
        if channel not in BACKLOG_CHANNELS:
            add(f"{where}: the 1.9 supervisor's channels are {', '.join(sorted(BACKLOG_CHANNELS))}")
        if ("oldestWaitingSince" in backlog) != (backlog["waiting"] > 0):
            add(f"{where}.oldestWaitingSince is present exactly when something waits")
        if "lastError" in backlog and backlog["waiting"] == 0:
            add(f"{where}.lastError is given only while something waits")
        oldest = parse_timestamp(backlog["oldestWaitingSince"]) if "oldestWaitingSince" in backlog else None
        if oldest and sent and oldest > sent:
            add(f"{where}.oldestWaitingSince is after the status was sent")
    return problems


def review_month(text):
    """(1.9) A month as supervision.monthly reads it (README §11.11): `2024-01` or `2024-1`, surrounding
    whitespace ignored; its first and last day, or None."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text) if isinstance(text, str) else None
    if not m or not 1 <= int(m[1]) <= 9999 or not 1 <= int(m[2]) <= 12:
        return None
    year, month = int(m[1]), int(m[2])
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def review_counts(leads, key):
    """(1.9) Red and yellow by key, as the supervisor counts them: the most red, the most yellow, then by key."""
    counts = {}
    for lead in leads:
        entry = counts.setdefault(key(lead), {"key": key(lead), "red": 0, "yellow": 0})
        if lead["color"] in ("red", "yellow"):
            entry[lead["color"]] += 1
    return sorted(counts.values(), key=lambda c: (-c["red"], -c["yellow"], c["key"]))


def monthly_review_problems(message, request, context):
    """(1.9) A MonthlyReview (README §11.11, RULES.md §5.12): the month and its days, asOf and frozenAt,
    the leads and their lights by the shipped rules, the counts by unit and officer, the orders listed
    and their counts (against the orders of the examples), the follow-ups and trips."""
    problems = []
    add = problems.append
    rules = load_supervision_rules()
    if rules is None or "orders" not in rules:
        return [f"cannot read the shipped supervision rules {SUPERVISION_RULES}"]
    review, sent_at = message["body"], parse_timestamp(message["sentAt"])
    sent = beijing_date(message["sentAt"])
    if protocol_before(message["protocol"], (1, 9)):
        add(f"a MonthlyReview is protocol 1.9, but the message says protocol {message['protocol']}")
    days = review_month(review["month"])
    if days is None:
        return problems + [f"body.month {review['month']!r} is not a month"]
    start, end = days
    if (civil_date(review["start"]), civil_date(review["end"])) != (start, end):
        add(f"body.start and body.end must be {review['month']}'s first and last days, {start} and {end}")
    if request is not None and review_month(request["body"]["month"]) != days:
        add(f"body.month {review['month']} is not the request's month {request['body']['month']!r}")
    as_of = civil_date(review["asOf"])
    frozen = parse_timestamp(review["frozenAt"]) if "frozenAt" in review else None
    if sent and start > sent:
        add(f"{review['month']} has not begun on {sent}: the request would be invalid-field month")
    if frozen:
        if as_of != end:
            add(f"body.asOf {as_of}: a frozen review is as of its month's last day {end}")
        if frozen.astimezone(BEIJING).date() <= end:
            add(f"body.frozenAt {review['frozenAt']} is not after the month (it is frozen once a later month has begun)")
        if sent_at and frozen > sent_at:
            add("body.frozenAt is after the reply was sent")
    elif as_of and sent:
        # The earlier of the month's last day and the supervisor's today (which may lag the sender by a day).
        if not (as_of == end if end < sent - dt.timedelta(days=1) else
                min(end, sent - dt.timedelta(days=1)) <= as_of <= min(end, sent)):
            add(f"body.asOf {as_of} is not the earlier of the month's last day {end} and the day it was answered"
                f" ({sent})")
    if review["rules"] != rules["edition"]:
        return problems + [f"rules {review['rules']!r} is not the shipped rules' edition {rules['edition']!r}, whose"
                           " limits this file is checked against"]
    # The leads: active, red or yellow on asOf, each by its first reason, in order.
    leads = review["leads"]
    ids = [lead["leadId"] for lead in leads]
    if len(ids) != len(set(ids)):
        add("body.leads: a lead is listed twice")
    keys = [(-LIGHT_RANK.get(lead["color"], 0), -lead["reason"]["days"], canonical_lead_number(lead["leadId"]))
            for lead in leads]
    if keys != sorted(keys):
        add("body.leads are not red first, then the most days of their reason, then by lead number")
    stale, milestones = rules["stale"], rules["milestones"]
    for i, lead in enumerate(leads):
        where, reason = f"body.leads.{i}", lead["reason"]
        if lead["stage"] not in rules["activeStages"]:
            add(f"{where}: stage {lead['stage']} is not active, so the lead has no light")
        if lead["color"] not in ("yellow", "red"):
            add(f"{where}.color: a review lists red and yellow leads only")
        if reason["color"] != lead["color"]:
            add(f"{where}.reason.color {reason['color']} is not the lead's color {lead['color']} (the first reason"
                " sets the color)")
        since = civil_date(reason["since"])
        if since and as_of and reason["days"] != (as_of - since).days:
            add(f"{where}.reason: days {reason['days']} is not the days from since {since} to asOf {as_of}"
                f" ({(as_of - since).days})")
        if reason["rule"] == "stale":
            color, limit = expected_color(reason["days"], stale["yellowAfterDays"], stale["redAfterDays"])
        else:
            color, limit = expected_color(reason["days"], milestones["yellowAfterDaysLate"],
                                          milestones["redAfterDaysLate"])
            milestone = reason.get("milestone")
            if milestone in MILESTONE_REACHED and lead["stage"] in MILESTONE_REACHED[milestone]:
                add(f"{where}.reason: milestone {milestone} is reached at stage {lead['stage']}, so it is not overdue")
            if reason.get("defaultDate") and not any(d["milestone"] == milestone for d in rules.get("defaultPlan", [])):
                add(f"{where}.reason: defaultDate, but the rules give no default date for {milestone}")
        if (reason["color"], reason["limitDays"]) != (color, limit):
            add(f"{where}.reason: {reason['days']} days under rule {reason['rule']} give {color or 'no reason'}"
                f" (limit {limit}) by the shipped rules, not {reason['color']} (limit {reason['limitDays']})")
        for field in ("unit", "officer", "leader"):
            if field in lead and blank(lead[field]):
                add(f"{where}.{field} is empty: a lead without one omits it")
    for color in ("red", "yellow"):
        n = sum(1 for lead in leads if lead["color"] == color)
        if review[color] != n:
            add(f"body.{color} is {review[color]}, but {n} of the leads are {color}")
    for field, key in (("byUnit", lambda lead: lead.get("unit") or NO_UNIT),
                       ("byOfficer", lambda lead: lead.get("officer") or NO_OFFICER)):
        expected = review_counts(leads, key)
        if review[field] != expected:
            add(f"body.{field} is not the leads counted by {field[2:].lower()} in order (the most red, the most"
                f" yellow, then by key): {', '.join('%s %d/%d' % (c['key'], c['red'], c['yellow']) for c in expected)}")
    # The orders: issued through asOf, in the month or still open at its start; oldest first; as of the freeze.
    orders = review["orders"]
    numbers = [order_number(o["orderId"]) for o in orders]
    if None not in numbers and numbers != sorted(set(numbers)):
        add("body.orders are not oldest first (orderId ascending, no repeats)")
    state_day = frozen.astimezone(BEIJING).date() if frozen else (as_of if as_of and as_of < end else None)
    issued_in_month, answered, overdue = 0, 0, 0
    for i, order in enumerate(orders):
        where = f"body.orders.{i}"
        problems += supervision_order_problems(order, rules, where, sent_at, state_day)
        issued_at, answered_at = parse_timestamp(order["issuedAt"]), parse_timestamp(order.get("answeredAt", ""))
        issued_on = issued_at.astimezone(BEIJING).date() if issued_at else None
        if issued_on and as_of and issued_on > as_of:
            add(f"{where}: issued on {issued_on}, after asOf {as_of}")
        if issued_on and issued_on < start and answered_at and answered_at.astimezone(BEIJING).date() < start:
            add(f"{where}: issued and answered before {start}, so not the month's")
        issued_in_month += bool(issued_on and issued_on >= start)
        answered += order["state"] == "answered"
        deadline = civil_date(order["deadline"])
        overdue += bool(order["state"] != "answered" and deadline and as_of and deadline < as_of)
        known = context["orders"].get(order["orderId"])
        if known is not None:
            fixed = ("leadId", "companyName", "projectName", "unit", "person", "leader", "request", "deadline",
                     "issuedBy", "issuedAt")
            if any(known.get(f) != order.get(f) for f in fixed):
                add(f"{where}: {order['orderId']} is not the order the other examples show (lead, addressee, request,"
                    " deadline, issue)")
            if known["state"] == "answered" == order["state"] and known != order:
                add(f"{where}: {order['orderId']} was answered, and an answered order never changes; it differs from"
                    " the other examples'")
    listed = {o["orderId"] for o in orders}
    for order_id, known in sorted(context["orders"].items()):
        at = parse_timestamp(known["issuedAt"])
        on = at.astimezone(BEIJING).date() if at else None
        if on and as_of and start <= on <= as_of and order_id not in listed:
            add(f"body.orders: {order_id}, issued on {on}, is the month's but is not listed")
    for field, n in (("ordersIssued", issued_in_month), ("ordersAnswered", answered), ("ordersOverdue", overdue)):
        if review[field] != n:
            add(f"body.{field} is {review[field]}, but the orders give {n}")
    # The follow-ups.
    by = review["followUpsBy"]
    if review["trips"] > review["followUps"]:
        add("body.trips is more than body.followUps")
    if sum(p["count"] for p in by) != review["followUps"] or sum(p["trips"] for p in by) != review["trips"]:
        add("body.followUpsBy does not add up to followUps and trips")
    if len({p["recordedBy"] for p in by}) != len(by):
        add("body.followUpsBy: an identity is listed twice")
    for i, p in enumerate(by):
        if p["trips"] > p["count"]:
            add(f"body.followUpsBy.{i}: more trips than follow-ups")
    if [(-p["count"], p["recordedBy"]) for p in by] != sorted((-p["count"], p["recordedBy"]) for p in by):
        add("body.followUpsBy is not the most follow-ups first, then by identity")
    cities = review["tripDestinations"]
    if len(cities) > review["trips"] or (review["trips"] > 0 and not cities):
        add(f"body.tripDestinations: {len(cities)} cities for {review['trips']} trips (each trip names its city)")
    if any(blank(c) or c != c.strip() for c in cities):
        add("body.tripDestinations: a city is empty or not trimmed")
    return problems


def supervision_week(text):
    """(1.9) An ISO week as supervision.weekly reads it (README §11.12): `2024-W05`, `2024W05`,
    `2024-w05`, `2024-W5`, with no surrounding whitespace (the supervisor does not trim it); its Monday
    and Sunday, or None (a week beyond the year's last included)."""
    m = re.fullmatch(r"(\d{4})-?[Ww](\d{1,2})", text) if isinstance(text, str) else None
    if not m or not 1 <= int(m[1]) <= 9999:
        return None
    try:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(days=6)


def supervision_line_problems(message, request, context):
    """(1.9) A SupervisionLine (README §11.12, RULES.md §5.12): the week and its days, asOf and frozenAt,
    against the request; its counts (trips among the follow-ups; at least the orders of the examples
    issued in the week)."""
    problems = []
    add = problems.append
    line, sent_at = message["body"], parse_timestamp(message["sentAt"])
    sent = beijing_date(message["sentAt"])
    if protocol_before(message["protocol"], (1, 9)):
        add(f"a SupervisionLine is protocol 1.9, but the message says protocol {message['protocol']}")
    days = supervision_week(line["week"])
    if days is None or not re.fullmatch(r"\d{4}-W\d{2}", line["week"]):
        return problems + [f"body.week {line['week']!r} is not a canonical ISO week"]
    start, end = days
    if (civil_date(line["start"]), civil_date(line["end"])) != (start, end):
        add(f"body.start and body.end must be {line['week']}'s Monday and Sunday, {start} and {end}")
    if request is not None:
        asked = request["body"].get("week")
        if asked is None:
            # The week of the supervisor's today, which may lag the sender by a day.
            day = beijing_date(request["sentAt"])
            if day and not (start <= day <= end or start <= day - dt.timedelta(days=1) <= end):
                add(f"body.week {line['week']} is not the week the request was sent in ({day})")
        elif supervision_week(asked) != days:
            add(f"body.week {line['week']} is not the request's week {asked!r}")
    as_of = civil_date(line["asOf"])
    frozen = parse_timestamp(line["frozenAt"]) if "frozenAt" in line else None
    if sent and start > sent:
        add(f"{line['week']} has not begun on {sent}: the request would be invalid-field week")
    if frozen:
        if as_of != end:
            add(f"body.asOf {as_of}: a frozen line is as of its week's Sunday {end}")
        if frozen.astimezone(BEIJING).date() <= end:
            add(f"body.frozenAt {line['frozenAt']} is not after the week (it is frozen once a later week has begun)")
        if sent_at and frozen > sent_at:
            add("body.frozenAt is after the reply was sent")
    elif as_of and sent:
        if not (as_of == end if end < sent - dt.timedelta(days=1) else
                min(end, sent - dt.timedelta(days=1)) <= as_of <= min(end, sent)):
            add(f"body.asOf {as_of} is not the earlier of the week's Sunday {end} and the day it was answered ({sent})")
    if line["trips"] > line["followUps"]:
        add("body.trips is more than body.followUps")
    issued = 0
    for order_id, known in sorted(context["orders"].items()):
        at = parse_timestamp(known["issuedAt"])
        on = at.astimezone(BEIJING).date() if at else None
        issued += bool(on and as_of and start <= on <= as_of)
    if line["ordersIssued"] < issued:
        add(f"body.ordersIssued is {line['ordersIssued']}, but {issued} of the examples' orders were issued from"
            f" {start} through {as_of}")
    return problems


def canonical_lead_number(lead_id):
    return int(lead_id[2:]) if isinstance(lead_id, str) and re.fullmatch(r"L-[0-9]{6,}", lead_id) else 0


def lead_record_problems(value, protocol, path="body"):
    """(1.8) Every Lead in a message: its follow-up summary, responsibility and plan; and the 1.8 types
    and fields only where the enclosing envelope (an event inside a replay page has its own) says 1.8
    or later."""
    problems = []
    if isinstance(value, dict):
        if isinstance(value.get("protocol"), str) and isinstance(value.get("body"), dict):
            protocol = value["protocol"]  # an envelope inside the message (EventPage)
        new = protocol_before(protocol, (1, 8))
        if {"leadId", "stage", "createdAt"} <= value.keys():
            for field in sorted(LEAD_FIELDS_18 & value.keys()):
                if new:
                    problems.append(f"{path}.{field} is protocol 1.8, but its message says protocol {protocol}")
            summary = value.get("followUps")
            if isinstance(summary, dict):
                if summary["trips"] > summary["count"]:
                    problems.append(f"{path}.followUps: more trips than follow-ups")
                if "nextOn" in summary and summary["nextOn"] < summary["lastOn"]:
                    problems.append(f"{path}.followUps: nextOn is before lastOn")
            if isinstance(value.get("plan"), dict):
                problems += milestone_order_problems(value["plan"], f"{path}.plan")
            for field in sorted(LEAD_FIELDS_110 & value.keys()):
                if protocol_before(protocol, (1, 10)):
                    problems.append(f"{path}.{field} is protocol 1.10, but its message says protocol {protocol}")
            problems += after_signing_lead_problems(value, path)
        if "followUp" in value and "sequence" in value and new:
            problems.append(f"{path}.followUp is protocol 1.8, but its message says protocol {protocol}")
        if {"amountYuan", "signedAt", "unregistered"} <= value.keys() and protocol_before(protocol, (1, 11)):
            problems.append(f"{path}.unregistered is protocol 1.11, but its message says protocol {protocol}")
        for key, child in value.items():
            problems += lead_record_problems(child, protocol, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            problems += lead_record_problems(child, protocol, f"{path}.{i}")
    return problems


def protocol_before(protocol, version):
    major, _, minor = str(protocol).partition(".")
    return major.isdigit() and minor.isdigit() and (int(major), int(minor)) < version


def audit_since(text):
    """An audit.query `since` (README §12.2): RFC 3339 read leniently, or a bare date (00:00 in Beijing)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:?\d{2}))?", text)
    if not m:
        return None
    try:
        date = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m[4] is None:
            return dt.datetime.combine(date, dt.time(), tzinfo=BEIJING)
        if m[8] in ("Z", "z"):
            tz = dt.timezone.utc
        else:
            sign = 1 if m[8][0] == "+" else -1
            digits = m[8][1:].replace(":", "")
            tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        millis = int((m[7] or "0")[:3].ljust(3, "0"))
        return dt.datetime(date.year, date.month, date.day, int(m[4]), int(m[5]), int(m[6] or 0), millis * 1000, tzinfo=tz)
    except ValueError:
        return None


def audit_page_problems(message, request):
    """An AuditPage: one service's log (the replying service), in append order, role absent exactly for
    `unknown`; and, when the request is known, within its filters and limit."""
    problems = []
    entries = message["body"]["entries"]
    for i, entry in enumerate(entries):
        if entry["service"] != message["sender"]:
            problems.append(f"body.entries.{i}: service {entry['service']} is not the replying service {message['sender']}"
                            " (each service answers from its own audit log)")
        if (entry["identity"] == "unknown") == ("role" in entry):
            problems.append(f"body.entries.{i}: role must be absent exactly when identity is unknown")
    instants = [parse_timestamp(entry["at"]) for entry in entries]
    if all(instants) and instants != sorted(instants):
        problems.append("entries are not in time order (newest last)")
    if request is not None:
        query = request["body"]
        if len(entries) > query.get("limit", 200):
            problems.append(f"more entries than the request's limit {query.get('limit', 200)}")
        since = audit_since(query["since"]) if "since" in query else None
        for i, entry in enumerate(entries):
            if "identity" in query and entry["identity"] != query["identity"]:
                problems.append(f"body.entries.{i}: identity differs from the request's filter")
            if "leadId" in query and entry.get("leadId") != query["leadId"]:
                problems.append(f"body.entries.{i}: leadId differs from the request's filter")
            if since and instants[i] and instants[i] < since:
                problems.append(f"body.entries.{i}: before the request's since {query['since']}")
    return problems


def lenient(field, text):
    """The wire value an officer's text means (README §6.6), or None."""
    return lenient_in(LABELS[field], text)


def lenient_in(table, text):
    """The wire value of `table` ({value: (中文, English)}) that an officer's text means (README §6.6), or None."""
    def fold(t):
        return "".join(ch for ch in t.lower() if not ch.isspace() and ch not in "-_")
    for value, labels in table.items():
        if fold(text) and fold(text) in {fold(value)} | {fold(label) for label in labels}:
            return value
    return None


def money_text_fen(text):
    """(1.10) Money as an officer types it (README §6.3: `3000万`, `1.2亿`, `1,200万元`, full-width digits), in
    fen; None when intake would refuse it (not a number, negative, finer than a fen, over 10^12 yuan)."""
    if not isinstance(text, str):
        return None
    body = ""
    for ch in text:
        if "０" <= ch <= "９":
            body += chr(ord(ch) - ord("０") + ord("0"))
        elif ch in "．。":
            body += "."
        elif ch == "－":
            body += "-"
        elif ch not in ",， \u3000\t":
            body += ch
    if not body or body.startswith("-"):
        return None
    body = body[1:] if body.startswith("+") else body
    body = body[:-1] if body.endswith("元") else body
    body = body[:-3] if body.endswith("人民币") else body
    unit = 1
    for suffix, yuan in (("万亿", 10 ** 12), ("亿", 10 ** 8), ("千万", 10 ** 7), ("百万", 10 ** 6), ("万", 10 ** 4)):
        if body.endswith(suffix):
            unit, body = yuan, body[:-len(suffix)]
            break
    m = re.fullmatch(r"([0-9]*)(?:\.([0-9]+))?", body)
    if not m or not (m[1] or m[2]):
        return None
    fraction = (m[2] or "").rstrip("0")
    numerator = int((m[1] or "0") + fraction) * unit * 100
    if numerator % 10 ** len(fraction):
        return None
    fen = numerator // 10 ** len(fraction)
    return fen if fen <= 10 ** 12 * 100 else None


def input_day(text):
    """(1.10) A day as lead.milestone's and lead.funds' `on` take it (like lead.follow-up's): a Date, or a
    date-time with offset read leniently, meaning its Beijing date; None when it is neither."""
    if blank(text):
        return None
    instant = audit_since(text.strip())  # RFC 3339 read leniently, or a bare date
    return civil_date(text) or (instant.astimezone(BEIJING).date() if instant else None)


def after_signing_request_problems(message):
    """(1.10) lead.edit, lead.milestone, lead.funds: the field rules a schema cannot express (README §8.17–§8.19)."""
    problems = []
    add = problems.append
    mtype, body = message["type"], message["body"]
    sent = beijing_date(message["sentAt"])
    if mtype in ("lead.milestone", "lead.funds"):
        on = input_day(body["on"])
        if on is None:
            add(f"body.on: {body['on']!r} is neither a date nor a date-time with offset")
        elif on.year < 2000 or (sent and on > sent):
            add(f"body.on: {on} is before 2000 or after the day the request was sent ({sent})")
    if mtype == "lead.milestone":
        if lenient_in(PROJECT_MILESTONES, body["milestone"]) is None:
            add(f"body.milestone: {body['milestone']!r} is not a project milestone")
        if blank(body["evidence"]):
            add("body.evidence is blank")
    if mtype == "lead.funds":
        fen = money_text_fen(body["amount"])
        correction = not blank(body.get("corrects"))
        if fen is None:
            add(f"body.amount: {body['amount']!r} is not an amount intake reads (README §6.3)")
        elif fen == 0 and not correction:
            add("body.amount: zero, which only a correction may send (it withdraws the entry)")
        if lenient_in(FUNDS_ORIGINS, body["origin"]) is None:
            add(f"body.origin: {body['origin']!r} is not a funds origin")
        if correction:
            if not FUNDS_ENTRY_ID.fullmatch(body["corrects"].strip().upper()):
                add(f"body.corrects: {body['corrects']!r} is not a funds entry id like F-2")
            if blank(body.get("reason")):
                add("body.reason: a correction needs its reason")
    if mtype == "lead.edit":
        if not any(field in body for field in EDIT_FIELDS):
            add("names none of " + ", ".join(EDIT_FIELDS))
        for field in ("companyName", "headquarters", "projectName"):
            if field in body and blank(body[field]):
                add(f"body.{field}: cannot be cleared (missing-field)")
        for field in ("industry", "channel", "ownership"):
            if not blank(body.get(field)) and lenient(field, body[field]) is None:
                add(f"body.{field}: {body[field]!r} is not recognised (invalid-field)")
        if not blank(body.get("estimatedInvestment")) and money_text_fen(body["estimatedInvestment"]) is None:
            add(f"body.estimatedInvestment: {body['estimatedInvestment']!r} is not an amount intake reads")
    return problems


def after_signing_lead_problems(lead, path):
    """(1.10) A Lead's milestones and funds in place (README §8.1, §8.17, §8.18): each milestone after the one it
    needs, none after the day of the lead's last change, and, with a signing, none before its Beijing date; funds
    entries with unique ids numbered up to lastNumber, amounts above zero, in date then number order, dated and
    recorded no later than the lead's last change, and in all at most 10 times the contract amount."""
    problems = []
    add = problems.append
    changed = beijing_date(lead["updatedAt"]) if isinstance(lead.get("updatedAt"), str) else None
    signing = lead.get("signing")
    signed_on = beijing_date(signing["signedAt"]) if isinstance(signing, dict) else None
    milestones = lead.get("milestones")
    if isinstance(milestones, dict):
        for member, record in milestones.items():
            if member not in MILESTONE_MEMBERS.values() or not isinstance(record, dict):
                continue
            on = civil_date(record.get("on"))
            if on is None:
                continue
            if changed and on > changed:
                add(f"{path}.milestones.{member}: {on} is after the lead's last change ({changed})")
            if signed_on and on < signed_on:
                add(f"{path}.milestones.{member}: {on} is before the signing ({signed_on})")
            needed = MILESTONE_REQUIRES.get(member)
            if needed:
                before = civil_date((milestones.get(needed) or {}).get("on"))
                if before is None:
                    add(f"{path}.milestones.{member} without {needed}, which comes first")
                elif on < before:
                    add(f"{path}.milestones.{member}: {on} is before {needed} ({before})")
        for member, record in milestones.items():
            if isinstance(record, dict) and record.get("evidence") == STAGE_CHANGE_EVIDENCE and member not in (
                    "started", "operating"):
                add(f"{path}.milestones.{member}: only started and operating are recorded by a stage change")
    funds = lead.get("funds")
    if isinstance(funds, dict):
        entries = funds.get("entries", [])
        numbers = [int(m[1]) for m in (FUNDS_ENTRY_ID.fullmatch(e.get("entryId", "")) for e in entries) if m]
        if len(numbers) != len(entries):
            add(f"{path}.funds: an entryId is not F-<number>")
        if len(set(numbers)) != len(numbers):
            add(f"{path}.funds: an entryId appears twice")
        if numbers and max(numbers) > funds["lastNumber"]:
            add(f"{path}.funds: entry F-{max(numbers)} is above lastNumber {funds['lastNumber']}")
        keys = [(e.get("on"), n) for e, n in zip(entries, numbers)]
        if keys != sorted(keys):
            add(f"{path}.funds.entries are not in date order, then by number")
        total = 0
        for i, e in enumerate(entries):
            where = f"{path}.funds.entries.{i}"
            fen = money_fen(e["amountYuan"])
            total += fen
            if fen <= 0:
                add(f"{where}: amountYuan {e['amountYuan']} is not above zero")
            on = civil_date(e.get("on"))
            if on and changed and on > changed:
                add(f"{where}: {on} is after the lead's last change ({changed})")
            if on and signed_on and on < signed_on:
                add(f"{where}: {on} is before the signing ({signed_on})")
            recorded, updated = parse_timestamp(e["recordedAt"]), parse_timestamp(lead["updatedAt"])
            if recorded and updated and recorded > updated:
                add(f"{where}: recordedAt {e['recordedAt']} is after the lead's updatedAt")
        if isinstance(signing, dict):
            contract = money_fen(signing["amountYuan"]) + sum(
                money_fen(c["amountYuan"]) for c in lead.get("capitalIncreases", []))
            if total > FUNDS_TO_CONTRACT_LIMIT * contract:
                add(f"{path}.funds: {fen_text(total)} yuan in place, over {FUNDS_TO_CONTRACT_LIMIT} times the contract "
                    f"({fen_text(contract)})")
    return problems


def recommendation_problems(r):
    """A Recommendation (1.4): score, tier and priority from the factors; evidence against the
    classification; duplicates in order (RULES.md §3)."""
    problems = []
    add = problems.append
    if r["score"] != min(100, sum(f["points"] for f in r["scoreFactors"])):
        add(f"score {r['score']} is not the factors' points summed and capped at 100")
    if r["priority"] != TIER_PRIORITY[r["tier"]]:
        add(f"priority {r['priority']} is not tier {r['tier']}'s ({TIER_PRIORITY[r['tier']]})")
    if [s for s in ("big-and-strong", "new-and-high") if s in r["strategies"]] != r["strategies"]:
        add("strategies are not in the order big-and-strong, new-and-high")
    evidence = {kind: [e["value"] for e in r["evidence"] if e["kind"] == kind]
                for kind in ("region", "enterprise-class", "industry", "frontier-tag")}
    if set(evidence["enterprise-class"]) != set(r["enterpriseClasses"]):
        add("enterpriseClasses differ from the enterprise-class evidence")
    if set(evidence["frontier-tag"]) != set(r["frontierTags"]):
        add("frontierTags differ from the frontier-tag evidence")
    if any(value != r["region"] for value in evidence["region"]) or (evidence["region"] and r["region"] == "unknown"):
        add("the region evidence does not support region")
    if any(value != r["industry"] for value in evidence["industry"]):
        add("the industry evidence does not support industry")
    officer = [e for e in r["evidence"] if e["kind"] == "industry" and e.get("source") == "officer"]
    if (r["industrySource"] == "officer") != bool(officer):
        add("industrySource officer must come with industry evidence whose source is officer, and only then")
    duplicates = r["possibleDuplicates"]
    keys = [(-d["projectSimilarity"], int(d["leadId"][2:])) for d in duplicates]
    if keys != sorted(keys):
        add("possibleDuplicates are not in descending projectSimilarity order (ties: ascending leadId)")
    for i, d in enumerate(duplicates):
        if d["leadId"] == r["leadId"]:
            add(f"body.possibleDuplicates.{i} is the lead itself")
        if round(d["projectSimilarity"], 2) != d["projectSimilarity"]:
            add(f"body.possibleDuplicates.{i}.projectSimilarity is not rounded to two decimals")
    return problems


def prospect_list_problems(body, request):
    """A ProspectList (1.4): best first, counts, and, when the request is here, its filters and limit."""
    problems = []
    prospects = body["prospects"]
    keys = [(-p["score"], p["name"]) for p in prospects]
    if keys != sorted(keys):
        problems.append("prospects are not in descending score order (ties: by name)")
    if len({p["name"] for p in prospects}) != len(prospects):
        problems.append("a group appears twice")
    if len(prospects) > body["total"]:
        problems.append("more prospects than total")
    if request is not None:
        query = request["body"]
        if len(prospects) > query.get("limit", 20):
            problems.append(f"more prospects than the request's limit {query.get('limit', 20)}")
        if len(prospects) < min(query.get("limit", 20), body["total"]):
            problems.append("fewer prospects than the limit although total has more")
        problems += filter_problems(query, [(p["industries"], p) for p in prospects], "body.prospects")
    return problems


def filter_problems(query, items, where):
    """The industry, region and class filters of a request (read leniently) against what its reply
    lists: (industries of the item, the item) pairs."""
    problems = []
    wanted = {field: lenient(field, query[field]) for field in LABELS if field in query}
    for field, value in wanted.items():
        if value is None:
            problems.append(f"the request's {field} {query[field]!r} is not recognised: it would be refused")
    for i, (industries, item) in enumerate(items):
        if wanted.get("industry") and wanted["industry"] not in industries:
            problems.append(f"{where}.{i}: not in the request's industry")
        if wanted.get("region") and wanted["region"] != item["region"]:
            problems.append(f"{where}.{i}: not in the request's region")
        if wanted.get("enterpriseClass") and wanted["enterpriseClass"] not in item["enterpriseClasses"]:
            problems.append(f"{where}.{i}: not in the request's enterprise class")
    return problems


SORT_KEYS = {"lead": lambda r: int(r["leadId"][2:]), "company": lambda r: r["companyName"],
             "amount": lambda r: money_fen(r["estimatedInvestmentYuan"]) if "estimatedInvestmentYuan" in r else -1,
             "score": lambda r: r["score"], "stage": lambda r: STAGES.index(r["stage"]),
             "updated": lambda r: parse_timestamp(r["updatedAt"])}


def pipeline_view_problems(body, request):
    """A PipelineView (1.6): counts, order, and, when the request is here, its filters and page."""
    problems = []
    leads = body["leads"]
    if body["offset"] + len(leads) > body["total"]:
        problems.append("offset + leads is more than total")
    if len({r["leadId"] for r in leads}) != len(leads):
        problems.append("a lead appears twice")
    query = request["body"] if request is not None else {}
    sort = query.get("sort", "lead")
    # Ties go by lead number ascending whatever the direction: sort by number, then (stably) by key.
    keys = [(SORT_KEYS[sort](r), SORT_KEYS["lead"](r)) for r in leads]
    expected = sorted(sorted(keys, key=lambda k: k[1]), key=lambda k: k[0], reverse=query.get("descending", False))
    if keys != expected:
        problems.append(f"leads are not in the order of sort {sort!r} (ties: by lead number)")
    if request is not None:
        if len(leads) > query.get("limit", 50):
            problems.append("more leads than the request's limit")
        if body["offset"] != query.get("offset", 0):
            problems.append("offset differs from the request's")
        problems += filter_problems(query, [([r["industry"]], r) for r in leads], "body.leads")
    return problems


def lead_history_problems(body, events):
    """A LeadHistory (1.6): one lead's events, oldest first, equal to the published ones with the same sequence."""
    problems = []
    sequences = [e["event"]["sequence"] for e in body["entries"]]
    if sequences != sorted(set(sequences)):
        problems.append("entries are not in strictly ascending sequence order")
    published = {e["body"]["sequence"]: e for e in events.values()}
    for i, entry in enumerate(body["entries"]):
        if entry["event"]["lead"]["leadId"] != body["leadId"]:
            problems.append(f"body.entries.{i} is another lead's event")
        problems += lead_event_problems(entry["type"], entry["event"], f"body.entries.{i}.event")
        twin = published.get(entry["event"]["sequence"])
        if twin is not None and (twin["type"], twin["body"]) != (entry["type"], entry["event"]):
            problems.append(f"body.entries.{i} differs from the published event with the same sequence")
    return problems


def duplicate_check_problems(body):
    """A DuplicateCheckResult (1.6): most similar first, as a recommendation's possibleDuplicates."""
    keys = [(-d["projectSimilarity"], d["leadId"]) for d in body["possibleDuplicates"]]
    return [] if keys == sorted(keys) else ["possibleDuplicates are not most similar first (ties: by lead id)"]


def fold_name(text):
    """(1.11) A name folded as the matcher folds it (RULES.md §3, Duplicates): compatibility forms
    (full-width to half-width), lower case, without whitespace and -·・,，、. (Traditional characters
    are not simplified here: the examples' names are simplified.)"""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower()
                   if not ch.isspace() and ch not in "-·・,，、")


COMPANY_SUFFIXES = [fold_name(s) for s in ("股份有限公司", "有限责任公司", "集团有限公司", "控股有限公司", "有限公司", "集团公司",
                                           "控股集团", "集团", "控股", "公司", "分公司", "总公司", "股份", "有限")]
ENGLISH_SUFFIXES = {"co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "group",
                    "holdings", "holding", "plc", "llc", "gmbh", "ag", "sa", "se", "nv", "bv", "kk", "the"}
PROJECT_FILLER = [fold_name(w) for w in ("建设项目", "项目", "建设", "工程")]
PROJECT_PHASES = sorted([fold_name(n + "期") for n in "一二三四五六七八九十123456789"]
                        + [fold_name(w) for w in ("改扩建", "扩建", "扩产", "续建", "技改")], key=len, reverse=True)


def company_key(name):
    """(1.11) The matcher's normalized company name (RULES.md §3, Duplicates; Sources/Matching/CompanyKey.swift):
    bracketed parts dropped, folded, legal-form suffixes stripped repeatedly."""
    unbracketed, depth = "", 0
    for ch in name:
        if ch in "(（[【〔":
            depth += 1
        elif ch in ")）]】〕":
            depth = max(0, depth - 1)
        elif depth == 0:
            unbracketed += ch
    if not any(0x3400 <= ord(ch) <= 0x9FFF for ch in unbracketed):
        tokens = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKD", unbracketed).lower())
        while len(tokens) > 1 and tokens[-1] in ENGLISH_SUFFIXES:
            tokens.pop()
        while len(tokens) > 1 and tokens[0] == "the":
            tokens.pop(0)
        return " ".join(tokens)
    key = "".join(ch for ch in fold_name(unbracketed) if ch not in "()[]{}.&'\"")
    stripped = True
    while stripped:
        stripped = False
        for suffix in COMPANY_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 1:
                key, stripped = key[:-len(suffix)], True
                break
    return key


def project_similarity(a, b):
    """(1.11) The Dice coefficient of two project names' character bigrams, after folding and removing the
    filler and phase words (RULES.md §3, Duplicates), unrounded."""
    def bigrams(text):
        text = fold_name(text)
        for word in PROJECT_FILLER + PROJECT_PHASES:
            text = text.replace(word, "")
        return [text] if len(text) < 2 else [text[i:i + 2] for i in range(len(text) - 1)]
    x, y = bigrams(a), bigrams(b)
    x, y = [g for g in x if g], [g for g in y if g]
    if not x and not y:
        return 1.0
    if not x or not y:
        return 0.0
    counts, shared = {}, 0
    for gram in x:
        counts[gram] = counts.get(gram, 0) + 1
    for gram in y:
        if counts.get(gram, 0) > 0:
            counts[gram] -= 1
            shared += 1
    return 2 * shared / (len(x) + len(y))


def conflict_record_problems(c, where, message, threshold, district=None):
    """(1.11) One ConflictRecord (README §21.4, §21.11, RULES.md §6): between two districts, first the earlier
    reportedAt (on the same instant the lower district code), its companyKey the matcher's key of both
    companies, same-project when the listed leads' project names are alike, found before the reply was sent;
    and its decision: only from lead-city 1.11, keeps the district of first or second, a reason that is not
    empty and trimmed, decided after the conflict was found and not after the reply was sent."""
    problems = []
    add = problems.append
    first, second = c["first"], c["second"]
    if first["district"] == second["district"]:
        add(f"{where}: both leads are of {first['district']}: a conflict is between two districts")
    if district is not None and district not in (first["district"], second["district"]):
        add(f"{where}: neither lead is of the request's district {district}")
    at_first, at_second = parse_timestamp(first["reportedAt"]), parse_timestamp(second["reportedAt"])
    if at_first and at_second and (at_first, first["district"]) > (at_second, second["district"]):
        add(f"{where}: first must be the lead reported first (on the same instant, the lower district code)")
    for side in ("first", "second"):
        key = company_key(c[side]["companyName"])
        if key != c["companyKey"]:
            add(f"{where}.{side}: the company key of {c[side]['companyName']!r} is {key!r}, not {c['companyKey']!r}")
    # The kind is same-project when any lead of one district is one project with any of the other's:
    # the pair listed decides it only when its own projects are one (README §21.4, RULES.md §6).
    similarity = project_similarity(first["projectName"], second["projectName"])
    if similarity >= threshold and c["kind"] != "same-project":
        add(f"{where}.kind must be same-project: the project names' similarity is {similarity:.3f} "
            f"(the threshold {threshold})")
    detected, sent = parse_timestamp(c["detectedAt"]), parse_timestamp(message["sentAt"])
    if detected and sent and detected > sent:
        add(f"{where}.detectedAt is after the reply was sent")
    decision = c.get("decision")
    if decision is not None:
        if protocol_before(message["protocol"], (1, 11)) or message["sender"] != CITY:
            add(f"{where}.decision: a decision is lead-city's (protocol 1.11)")
        if decision["keeps"] not in (first["district"], second["district"]):
            add(f"{where}.decision.keeps {decision['keeps']!r} is neither district of the conflict "
                f"({first['district']}, {second['district']})")
        reason = decision["reason"]
        if reason != reason.strip() or not reason.strip():
            add(f"{where}.decision.reason: a decision's reason is kept trimmed, and not empty")
        decided = parse_timestamp(decision["decidedAt"])
        if decided and detected and decided < detected:
            add(f"{where}.decision.decidedAt is before the conflict was found")
        if decided and sent and decided > sent:
            add(f"{where}.decision.decidedAt is after the reply was sent")
    return problems


def decide_problems(message, body_type, request, context):
    """(1.11) city.decide (README §21.11): a reason that is not empty after trimming and at most 4000
    characters; and its reply, a ConflictRecord from lead-city: the conflict asked for, with the decision the
    request made (keeps, the reason trimmed, decidedAt not before the request was sent), and, when a
    ConflictList of the examples lists the conflict, the same leads, kind and detectedAt; and no decision
    lost: a conflict decided in an earlier example is decided in every later one."""
    problems = []
    add = problems.append
    mtype, body = message["type"], message["body"]
    if mtype == "city.decide":
        if not body["reason"].strip():
            add("body.reason is empty after trimming: missing-field")
        if len(body["reason"].strip()) > REASON_LIMIT:
            add(f"body.reason is over {REASON_LIMIT} characters")
    if body_type == "ConflictRecord":
        if protocol_before(message["protocol"], (1, 11)) or message["sender"] != CITY:
            add("a ConflictRecord is lead-city's (protocol 1.11)")
        if "decision" not in body:
            add("body.decision: the answer to city.decide carries the decision it made")
        if request is not None:
            asked = request["body"]
            if body["conflictId"] != asked["conflictId"]:
                add(f"body.conflictId {body['conflictId']}: the request decides conflict {asked['conflictId']}")
            decision = body.get("decision")
            if decision is not None:
                if decision["keeps"] != asked["keeps"]:
                    add(f"body.decision.keeps {decision['keeps']!r}: the request decides for {asked['keeps']!r}")
                if decision["reason"] != asked["reason"].strip():
                    add("body.decision.reason is not the request's reason, trimmed")
                decided, asked_at = parse_timestamp(decision["decidedAt"]), parse_timestamp(request["sentAt"])
                if decided and asked_at and decided < asked_at:
                    add("body.decision.decidedAt is before the request was sent")
    if body_type in ("ConflictRecord", "ConflictList"):
        records = [body] if body_type == "ConflictRecord" else body["conflicts"]
        sent = parse_timestamp(message["sentAt"])
        for i, c in enumerate(records):
            where = "body" if body_type == "ConflictRecord" else f"body.conflicts.{i}"
            for name, sent_at, other in context.get("conflict_records", []):
                if other is c or other["conflictId"] != c["conflictId"]:
                    continue
                if (other["companyKey"], other["detectedAt"]) != (c["companyKey"], c["detectedAt"]):
                    add(f"{where}: conflict {c['conflictId']} has another companyKey or detectedAt in {name}")
                if "decision" in other and "decision" not in c and sent and sent_at and sent_at < sent:
                    add(f"{where}: conflict {c['conflictId']} was decided in {name}; a decision is never removed")
    return problems


def city_problems(message, body_type, request, context=None):
    """(1.11) lead-city (README §21, RULES.md §6): city.conflicts and its ConflictList, city.decide and its
    ConflictRecord, city.notices and its NoticePage, the streams of its ServiceStatus, its period reports;
    and the 1.11 types and members only in messages of 1.11 or later."""
    problems = []
    add = problems.append
    mtype, body = message["type"], message["body"]
    old = protocol_before(message["protocol"], (1, 11))
    if mtype in TYPES_111 and old:
        add(f"{mtype} is protocol 1.11, but the message says protocol {message['protocol']}")
    if mtype == "city.conflicts" and "limit" in body and not 1 <= body["limit"] <= CONFLICT_LIMIT:
        add(f"body.limit {body['limit']} is outside 1–{CONFLICT_LIMIT}: invalid-field")
    if mtype == "city.notices":
        if "limit" in body and not 1 <= body["limit"] <= NOTICE_LIMIT:
            add(f"body.limit {body['limit']} is outside 1–{NOTICE_LIMIT}: invalid-field")
        if body["afterNoticeId"] < 0:
            add(f"body.afterNoticeId {body['afterNoticeId']} is negative: invalid-field")
    if body_type == "NoticePage":
        problems += notice_page_problems(message, request, context or {})
    problems += registration_problems(message, body_type, request, context or {})
    problems += decide_problems(message, body_type, request, context or {})
    threshold = json.loads(MATCHING_RULES.read_text(encoding="utf-8"))["likelyDuplicateSimilarity"]
    if body_type == "ConflictRecord":
        problems += conflict_record_problems(body, "body", message, threshold)
    if body_type == "ConflictList":
        if old or message["sender"] != CITY:
            add("a ConflictList is lead-city's (protocol 1.11)")
        conflicts = body["conflicts"]
        ids = [c["conflictId"] for c in conflicts]
        if ids != sorted(set(ids), reverse=True):
            add("conflicts are not newest first (conflictId descending, each once)")
        if body["total"] < len(conflicts):
            add("total is smaller than the conflicts listed")
        query = request["body"] if request is not None else {}
        limit = query.get("limit", CONFLICT_LIMIT)
        if len(conflicts) > limit:
            add(f"more conflicts than the request's limit {limit}")
        if request is not None and body["total"] > len(conflicts) and len(conflicts) < limit:
            add("fewer conflicts than the limit, yet total says more match")
        pairs = [(c["companyKey"], tuple(sorted((c["first"]["district"], c["second"]["district"])))) for c in conflicts]
        if len(pairs) != len(set(pairs)):
            add("one company and pair of districts has two conflicts: lead-city keeps one per company and pair")
        for i, c in enumerate(conflicts):
            problems += conflict_record_problems(c, f"body.conflicts.{i}", message, threshold, query.get("district"))
    if body_type == "ServiceStatus":
        if "streams" in body:
            streams = body["streams"]
            if body["service"] != CITY:
                add(f"body.streams: only lead-city follows district streams, not {body['service']}")
            if old or protocol_before(body["protocol"], (1, 11)):
                add("body.streams is protocol 1.11, but the message or the status says an older one")
            districts = [s["district"] for s in streams]
            if len(set(districts)) != len(districts):
                add("body.streams: a district appears twice")
            sent = parse_timestamp(message["sentAt"])
            for i, s in enumerate(streams):
                if s["lag"] != s["head"] - s["lastSequence"]:
                    add(f"body.streams.{i}.lag must be head - lastSequence ({s['head'] - s['lastSequence']})")
                heard = parse_timestamp(s["lastHeardAt"]) if "lastHeardAt" in s else None
                if heard and sent and heard > sent:
                    add(f"body.streams.{i}.lastHeardAt is after the status was sent")
            if body["lastSequence"] != sum(s["lastSequence"] for s in streams):
                add("body.lastSequence must be the sum of the streams' lastSequence")
            if body["lag"] != sum(s["lag"] for s in streams):
                add("body.lag must be the sum of the streams' lag")
        elif body["service"] == CITY and not protocol_before(body["protocol"], (1, 11)):
            add("body.streams: lead-city's status lists its district streams")
    if body_type == "PeriodReport":
        city = message["sender"] == CITY
        if city and old:
            add("a report of lead-city is protocol 1.11, but the message says an older one")
        ids = [(f"{what}.{i}", line["leadId"]) for what in ("projects", "capitalIncreases")
               for i, line in enumerate(body[what])]
        ids += [(f"indicators.projects.{i}", line["leadId"]) for i, line in enumerate(body.get("indicators", {}).get("projects", []))]
        for where, lead_id in ids:
            if bool(CITY_LEAD_ID.fullmatch(lead_id)) != city:
                add(f"body.{where}.leadId {lead_id}: " + ("lead-city's reports name DISTRICT/LEAD-ID" if city
                                                           else "DISTRICT/LEAD-ID only in lead-city's reports"))
        if city:
            if "frozenAt" in body or body["corrections"]:
                add("lead-city freezes no week in 1.11: no frozenAt, no corrections")
            for b in body["breakdowns"]:
                if b["dimension"] == "district":
                    for j, row in enumerate(b["rows"]):
                        if not DISTRICT_CODE.fullmatch(row["value"]):
                            add(f"body.breakdowns district row {j}: {row['value']!r} is not a district code")
    return problems


def notice_page_problems(message, request, context):
    """(1.11) A NoticePage (README §21.6, §21.11, RULES.md §6): lead-city's; oldest first (noticeId ascending,
    each once, after the request's afterNoticeId, none above lastNoticeId); lastNoticeId the page's last when
    the page is not full; at most the limit; a district's successive notices of one conflict alternating yours
    and theirs until the city decides it, and none but decisions after a decision; each naming another
    district than its own with a priority of yours or theirs, and a decision's notice a reason (not empty,
    trimmed); and, when the examples hold the conflict, the district's own side of it: its lead and company,
    the other district, detectedAt, and for the district's latest notice, priority yours exactly when its
    lead is first (undecided) or the decision keeps it (a notice of the conflict's decision, with its
    reason)."""
    problems = []
    add = problems.append
    body = message["body"]
    if protocol_before(message["protocol"], (1, 11)) or message["sender"] != CITY:
        add("a NoticePage is lead-city's (protocol 1.11)")
    notices, last = body["notices"], body["lastNoticeId"]
    ids = [n["noticeId"] for n in notices]
    if ids != sorted(set(ids)):
        add("notices are not oldest first (noticeId ascending, each once)")
    if ids and ids[-1] > last:
        add(f"notice {ids[-1]} is above lastNoticeId {last}")
    # A district is told of a conflict when it is found and again at each change of priority while the city
    # has not decided it, so its successive notices of one conflict alternate yours and theirs; each decision
    # of the city tells it again, with the reason, whatever it said before, and once decided no later lead
    # changes priority: only decisions follow (README §21.6, §21.11, RULES.md §6).
    told, decided = {}, set()
    for n in notices:
        conflict_id, is_decision = n["conflictId"], "decisionReason" in n
        if is_decision:
            decided.add(conflict_id)
        elif conflict_id in decided:
            add(f"notice {n['noticeId']}: conflict {conflict_id} was decided (an earlier notice carries the city's "
                "reason): a later lead no longer changes its priority, and only a decision writes a notice")
        elif told.get(conflict_id) == n["priority"]:
            add(f"notice {n['noticeId']}: a second {n['priority']} of conflict {conflict_id} in a row: before the city "
                "decides, a district is told again only when priority changes")
        told[conflict_id] = n["priority"]
    query = request["body"] if request is not None else {}
    after = query.get("afterNoticeId")
    limit = query.get("limit", NOTICE_DEFAULT_LIMIT)
    district = query.get("district")
    if request is not None:
        if len(notices) > limit:
            add(f"{len(notices)} notices, more than the request's limit {limit}")
        if ids and ids[0] <= after:
            add(f"notice {ids[0]} is not after the request's afterNoticeId {after}")
        if len(notices) < limit:
            if ids and last != ids[-1]:
                add(f"the page is not full, so nothing more waits: lastNoticeId must be {ids[-1]}, not {last}")
            if not ids and last > after:
                add(f"an empty page, yet lastNoticeId {last} is after afterNoticeId {after}")
    sent = parse_timestamp(message["sentAt"])
    for i, n in enumerate(notices):
        where = f"body.notices.{i}"
        if n["priority"] not in NOTICE_PRIORITIES:
            add(f"{where}.priority {n['priority']!r} is neither yours nor theirs")
        if "decisionReason" in n:
            reason = n["decisionReason"]
            if not reason.strip() or reason != reason.strip():
                add(f"{where}.decisionReason: a decision's notice carries its reason, trimmed and not empty")
        if district is not None and n["otherDistrict"] == district:
            add(f"{where}.otherDistrict is the district the notices are for ({district})")
        detected = parse_timestamp(n["detectedAt"])
        if detected and sent and detected > sent:
            add(f"{where}.detectedAt is after the reply was sent")
        conflict = context.get("conflicts", {}).get(n["conflictId"])
        if conflict is None or district is None:
            continue
        sides = {conflict[s]["district"]: (s, conflict[s]) for s in ("first", "second")}
        if district not in sides or n["otherDistrict"] not in sides:
            add(f"{where}: conflict {n['conflictId']} is between {sorted(sides)}, not {district} and {n['otherDistrict']}")
            continue
        found = parse_timestamp(conflict["detectedAt"])
        if detected and found and detected < found:
            add(f"{where}.detectedAt is before conflict {n['conflictId']} was found ({conflict['detectedAt']})")
        # The district's latest notice of the conflict in the examples says who has priority now; its lead
        # is the district's side of the conflict when nothing changed since (same detectedAt, README §21.6).
        later = [m for m, asked in context.get("notices", []) if asked == district
                 and m["conflictId"] == n["conflictId"] and m["noticeId"] > n["noticeId"]]
        if later:
            continue
        side_name, own = sides[district]
        decision = conflict.get("decision")
        decided_at = parse_timestamp(decision["decidedAt"]) if decision is not None else None
        if decision is None or ("decisionReason" not in n and detected and decided_at and detected < decided_at):
            if "decisionReason" in n:
                continue  # the examples' conflict was listed before it was decided
            # Not decided yet when the notice was written: 首报首谈.
            want = "yours" if side_name == "first" else "theirs"
            if n["priority"] != want:
                add(f"{where}.priority must be {want}: {district}'s lead is the conflict's {side_name}")
        elif "decisionReason" in n and n["detectedAt"] == decision["decidedAt"]:
            want = "yours" if decision["keeps"] == district else "theirs"
            if n["priority"] != want:
                add(f"{where}.priority must be {want}: the city decided that {decision['keeps']} keeps conflict "
                    f"{n['conflictId']}")
            if n["decisionReason"] != decision["reason"]:
                add(f"{where}.decisionReason is not the reason of the decision of conflict {n['conflictId']}")
        if detected == found and n["leadId"] == own["leadId"] and n["companyName"] != own["companyName"]:
            add(f"{where}: {district}'s lead in conflict {n['conflictId']} is {own['leadId']} {own['companyName']}")
    return problems


def registration_problems(message, body_type, request, context):
    """(1.11) Registrations of big projects (README §21.8–§21.10, RULES.md §6.1): a city.register's lead id
    (read leniently) and note; a city.registrations' afterRegistrationId and limit; a ProjectRegistration from
    lead-city against its request (district, canonical lead id, and the note when this request made it); a
    RegistrationPage from lead-city, oldest first (registrationIds ascending, unique, after the request's
    afterRegistrationId, none above lastRegistrationId, lastRegistrationId the last one when the page is not
    full), at most the limit (default 100), one registration per lead, the request's district, its flagged
    signings (at most 1000, oldest first, each once, of the request's district, an amount above zero, and
    alike the examples' lead.signed events flagged unregistered); the same registration alike in every
    example; an unregistered-project error (lead-intake's, field amount: lead.sign's); and all of these
    only in messages of 1.11 or later."""
    problems = []
    add = problems.append
    mtype, body = message["type"], message["body"]
    old = protocol_before(message["protocol"], (1, 11))
    sent = parse_timestamp(message["sentAt"])
    if mtype == "city.register":
        if canonical_lead_id(body["leadId"]) is None:
            add(f"body.leadId {body['leadId']!r} is not a lead id: invalid-field")
        if len(body.get("note", "")) > NOTE_LIMIT:
            add(f"body.note is over {NOTE_LIMIT} characters")
    if mtype == "city.registrations":
        if "limit" in body and not 1 <= body["limit"] <= REGISTRATION_LIMIT:
            add(f"body.limit {body['limit']} is outside 1–{REGISTRATION_LIMIT}: invalid-field")
        if body["afterRegistrationId"] < 0:
            add(f"body.afterRegistrationId {body['afterRegistrationId']} is negative: invalid-field")
    if mtype == "error" and body.get("code") == UNREGISTERED_PROJECT:
        if old:
            add(f"unregistered-project is protocol 1.11, but the message says protocol {message['protocol']}")
        if message["sender"] != "lead-intake":
            add("unregistered-project comes from a district's lead-intake (README §21.10)")
        if not UNREGISTERED_FIELD.fullmatch(body.get("field", "")):
            add("unregistered-project names the signing's amount: field amount (lead.sign; lead.import flags, never refuses)")
    registrations = []
    if body_type == "ProjectRegistration":
        if old or message["sender"] != CITY:
            add("a ProjectRegistration is lead-city's (protocol 1.11)")
        registrations = [("body", body)]
        at = parse_timestamp(body["registeredAt"])
        if at and sent and at > sent:
            add("body.registeredAt is after the reply was sent")
        if request is not None:
            asked = request["body"]
            if body["district"] != asked["district"] or body["leadId"] != canonical_lead_id(asked["leadId"]):
                add(f"registers {body['district']}/{body['leadId']}, but the request names {asked['district']}/"
                    f"{canonical_lead_id(asked['leadId'])}")
            asked_at = parse_timestamp(request["sentAt"])
            if at and asked_at and at >= asked_at and body.get("note") != asked.get("note"):
                add("body.note: a registration this request made keeps the request's note (a lead registered "
                    "before answers with its first registration)")
    if body_type == "RegistrationPage":
        if old or message["sender"] != CITY:
            add("a RegistrationPage is lead-city's (protocol 1.11)")
        regs, last = body["registrations"], body["lastRegistrationId"]
        registrations = [(f"body.registrations.{i}", r) for i, r in enumerate(regs)]
        ids = [r["registrationId"] for r in regs]
        if ids != sorted(set(ids)):
            add("registrations are not oldest first (registrationId ascending, each once)")
        if ids and ids[-1] > last:
            add(f"registration {ids[-1]} is above lastRegistrationId {last}")
        leads = [(r["district"], r["leadId"]) for r in regs]
        if len(leads) != len(set(leads)):
            add("a lead is registered twice: a second city.register answers with the first registration")
        query = request["body"] if request is not None else {}
        district = query.get("district")
        if request is not None:
            after, limit = query["afterRegistrationId"], query.get("limit", REGISTRATION_DEFAULT_LIMIT)
            if len(regs) > limit:
                add(f"{len(regs)} registrations, more than the request's limit {limit}")
            if ids and ids[0] <= after:
                add(f"registration {ids[0]} is not after the request's afterRegistrationId {after}")
            if len(regs) < limit:
                if ids and last != ids[-1]:
                    add(f"the page is not full, so nothing more waits: lastRegistrationId must be {ids[-1]}, not {last}")
                if not ids and last > after:
                    add(f"an empty page, yet lastRegistrationId {last} is after afterRegistrationId {after}")
        for where, r in registrations:
            if district is not None and r["district"] != district:
                add(f"{where}: of {r['district']}, but the request asks for {district}'s")
            at = parse_timestamp(r["registeredAt"])
            if at and sent and at > sent:
                add(f"{where}.registeredAt is after the reply was sent")
        signings = body.get("unregisteredSignings")
        if signings is not None:
            if message["correlationId"] in context.get("intake_polls", set()):
                add("body.unregisteredSignings: only a city supervisor gets them, not a district's lead-intake")
            if len(signings) > UNREGISTERED_LIMIT:
                add(f"body.unregisteredSignings: more than {UNREGISTERED_LIMIT}")
            instants = [parse_timestamp(s["signedAt"]) for s in signings]
            if None not in instants and instants != sorted(instants):
                add("body.unregisteredSignings are not oldest first (by signedAt)")
            keys = [(s["district"], s["leadId"]) for s in signings]
            if len(keys) != len(set(keys)):
                add("body.unregisteredSignings: a lead is listed twice (a lead has one signing)")
            for i, s in enumerate(signings):
                where = f"body.unregisteredSignings.{i}"
                if district is not None and s["district"] != district:
                    add(f"{where}: of {s['district']}, but the request asks for {district}'s")
                if money_fen(s["amountYuan"]) is not None and money_fen(s["amountYuan"]) <= 0:
                    add(f"{where}.amountYuan: a signing's amount is above zero")
                if instants[i] and sent and instants[i] > sent:
                    add(f"{where}.signedAt is after the reply was sent")
                for event in context.get("flagged", []):
                    lead = event["body"]["lead"]
                    if (lead["leadId"], lead["companyName"], lead["projectName"]) != (
                            s["leadId"], s["companyName"], s["projectName"]):
                        continue
                    if parse_timestamp(event["sentAt"]) and sent and parse_timestamp(event["sentAt"]) > sent:
                        continue
                    signing = lead["signing"]
                    if (signing["amountYuan"], signing["signedAt"]) != (s["amountYuan"], s["signedAt"]):
                        add(f"{where}: the lead.signed that flagged {s['leadId']} signed {signing['amountYuan']} at "
                            f"{signing['signedAt']}")
    for where, r in registrations:
        for other_name, other in context.get("registrations", []):
            if other["registrationId"] == r["registrationId"] and other != r:
                add(f"{where}: registration {r['registrationId']} differs from the same registration in {other_name}")
            elif other["registrationId"] != r["registrationId"] and (other["district"], other["leadId"]) == (
                    r["district"], r["leadId"]):
                add(f"{where}: {r['district']}/{r['leadId']} is registration {other['registrationId']} in {other_name}:"
                    " a lead is registered once")
    return problems


def consistency_problems(message, body_type, request=None, events=None, issued=(), context=None):
    problems = []
    body = message["body"]
    if body_type == "AuditPage":
        problems += audit_page_problems(message, request)
    if body_type == "Recommendation":
        problems += recommendation_problems(body)
    if body_type == "ProspectList":
        problems += prospect_list_problems(body, request)
    if body_type == "PipelineView":
        problems += pipeline_view_problems(body, request)
    if body_type == "LeadHistory":
        problems += lead_history_problems(body, events or {})
    if body_type == "DuplicateCheckResult":
        problems += duplicate_check_problems(body)
    if body_type == "SupervisionBoard":
        problems += board_problems(message, request)
        if protocol_before(message["protocol"], (1, 8)):
            problems.append(f"a SupervisionBoard is protocol 1.8, but the message says protocol {message['protocol']}")
    if body_type == "SupervisionOrder":
        problems += order_reply_problems(message, request, issued)
    if body_type == "OrderPage":
        problems += order_page_problems(message, request)
    if body_type == "InboxPage":
        problems += inbox_page_problems(message, request, context or {"orders": {}, "boards": {}, "pages": []})
    if body_type == "ServiceStatus":
        problems += backlog_problems(message)
    if body_type == "MonthlyReview":
        problems += monthly_review_problems(message, request, context or {"orders": {}, "boards": {}, "pages": []})
    if message["type"] == "supervision.monthly" and review_month(message["body"]["month"]) is None:
        problems.append(f"body.month {message['body']['month']!r} is not a month: invalid-field")
    if body_type == "SupervisionLine":
        problems += supervision_line_problems(message, request, context or {"orders": {}, "boards": {}, "pages": []})
    if message["type"] == "supervision.weekly" and "week" in message["body"]:
        days = supervision_week(message["body"]["week"])
        sent = beijing_date(message["sentAt"])
        if days is None:
            problems.append(f"body.week {message['body']['week']!r} is not an ISO week: invalid-field")
        elif sent and days[0] > sent:
            problems.append(f"body.week {message['body']['week']!r} has not begun on {sent}: invalid-field")
    if message["type"] == "supervision.read":
        problems += mark_read_problems(message)
    if message["type"] in TYPES_19 and protocol_before(message["protocol"], (1, 9)):
        problems.append(f"{message['type']} is protocol 1.9, but the message says protocol {message['protocol']}")
    if body_type == "SubmitResult" and body["leadId"] != body["lead"]["leadId"]:
        problems.append("body.leadId differs from body.lead.leadId")
    if body_type == "PeriodReport":
        problems += period_report_problems(body, city=message["sender"] == CITY,
                                           before_18=protocol_before(message["protocol"], (1, 8)))
    problems += city_problems(message, body_type, request, context)
    problems += report_110_problems(message, body_type, request)
    if body_type == "EventPage":
        sequences = [e["body"]["sequence"] for e in body["events"]]
        if sequences != sorted(set(sequences)):
            problems.append("events are not in strictly ascending sequence order")
        if sequences and sequences[-1] > body["lastSequence"]:
            problems.append("an event's sequence is above lastSequence")
        for i, e in enumerate(body["events"]):
            problems += lead_event_problems(e["type"], e["body"], f"body.events.{i}.body")
    if body_type == "LeadEvent":
        problems += lead_event_problems(message["type"], body)
    if message["type"] in TYPES_110:
        problems += after_signing_request_problems(message)
        if protocol_before(message["protocol"], (1, 10)):
            problems.append(f"{message['type']} is protocol 1.10, but the message says protocol {message['protocol']}")
    if message["type"] in TYPES_18:
        problems += supervision_request_problems(message)
        if protocol_before(message["protocol"], (1, 8)):
            problems.append(f"{message['type']} is protocol 1.8, but the message says protocol {message['protocol']}")
    problems += lead_record_problems(body, message["protocol"])
    return problems


def store_problems(name, message, body_type, stores):
    """(1.7) The storeId of a Heartbeat or an EventPage, when present: a non-empty string, sent by a
    1.7 or later intake, and the one store every example comes from (README §8.12.2); `stores` maps
    each storeId seen so far to the first file that named it."""
    body = message["body"]
    if body_type not in ("Heartbeat", "EventPage") or "storeId" not in body:
        return []
    store = body["storeId"]
    if not isinstance(store, str) or not store:
        return [f"body.storeId: {store!r} is not a non-empty string"]
    problems = []
    major, _, minor = message["protocol"].partition(".")
    if (int(major), int(minor)) < (1, 7):
        problems.append(f"body.storeId is protocol 1.7, but the message says protocol {message['protocol']}")
    others = sorted(f"{s} ({f})" for s, f in stores.items() if s != store)
    if others:
        problems.append(f"body.storeId {store} is not the store of the other examples: {', '.join(others)}")
    stores.setdefault(store, name)
    return problems


def city_store_problems(name, message, body_type, city_stores):
    """(1.11) The storeId of a NoticePage or a RegistrationPage, when present: a non-empty string, sent by
    lead-city in a message of protocol 1.11 or later, and the one lead-city store every example comes from
    (README §21.6, §21.9); `city_stores` maps each storeId seen so far to the first file that named it."""
    body = message["body"]
    if body_type not in ("NoticePage", "RegistrationPage") or "storeId" not in body:
        return []
    store = body["storeId"]
    if not isinstance(store, str) or not store:
        return [f"body.storeId: {store!r} is not a non-empty string"]
    problems = []
    if protocol_before(message["protocol"], (1, 11)) or message.get("sender") != CITY:
        problems.append(f"body.storeId of a {body_type} is lead-city's (protocol 1.11)")
    others = sorted(f"{s} ({f})" for s, f in city_stores.items() if s != store)
    if others:
        problems.append(f"body.storeId {store} is not lead-city's store of the other examples: {', '.join(others)}")
    city_stores.setdefault(store, name)
    return problems


def readme_problems(index):
    """examples/README.md must list every example as `file | type | Swift body type`."""
    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    listed = {}
    for line in text.splitlines():
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 3 and parts[0].endswith(".json"):
            listed[parts[0]] = (parts[1], parts[2])
    problems = []
    for entry in index:
        path = EXAMPLES / entry["file"]
        mtype = json.loads(path.read_text(encoding="utf-8")).get("type") if path.exists() else None
        if listed.get(entry["file"]) != (mtype, entry["body"]):
            problems.append(f"{entry['file']} should be listed as `{entry['file']} | {mtype} | {entry['body']}`"
                            f" (found {listed.get(entry['file'])})")
    for name in sorted(set(listed) - {entry["file"] for entry in index}):
        problems.append(f"{name} is listed but not in index.json")
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
    issued = [m for m, _ in messages.values() if m.get("type") == "supervision.order"]
    # (1.9) What the notifications are checked against: each order as the latest example shows it,
    # the board rows by day and lead, and every inbox page.
    context = {"orders": {}, "boards": {}, "pages": [], "conflicts": {}, "conflict_records": [], "notices": [],
               "registrations": [], "flagged": [], "intake_polls": set()}
    for name, (m, body_type) in sorted(messages.items(), key=lambda item: str(item[1][0].get("sentAt"))):
        body = m.get("body") if isinstance(m.get("body"), dict) else {}
        if body_type == "SupervisionOrder" and "orderId" in body:
            context["orders"][body["orderId"]] = body
        if body_type == "OrderPage":
            for order in body.get("orders", []):
                context["orders"][order["orderId"]] = order
        if body_type == "SupervisionBoard":
            for row in body.get("rows", []):
                context["boards"][(civil_date(body["asOf"]), row["leadId"])] = row
        if body_type == "InboxPage":
            context["pages"].append((name, m))
        # (1.11) The conflicts lead-city lists or decides (the latest state of each), every record of them
        # with when it was sent, and its notices with the district they are for.
        if body_type in ("ConflictList", "ConflictRecord"):
            for conflict in body.get("conflicts", []) if body_type == "ConflictList" else [body]:
                if isinstance(conflict, dict) and "conflictId" in conflict:
                    context["conflicts"][conflict["conflictId"]] = conflict
                    context["conflict_records"].append(
                        (name, parse_timestamp(m["sentAt"]) if isinstance(m.get("sentAt"), str) else None, conflict))
        if body_type == "NoticePage":
            asked = requests.get(m.get("correlationId"), {}).get("body", {}).get("district")
            for notice in body.get("notices", []):
                context["notices"].append((notice, asked))
        # (1.11) The registrations lead-city made, the signings flagged unregistered, and the polls of
        # a district's lead-intake (whose pages carry no flagged signings).
        if body_type == "ProjectRegistration":
            context["registrations"].append((name, body))
        if body_type == "RegistrationPage":
            context["registrations"] += [(name, r) for r in body.get("registrations", [])]
        if body_type == "LeadEvent" and body.get("lead", {}).get("signing", {}).get("unregistered") is True:
            context["flagged"].append(m)
        if m.get("type") == "city.registrations" and m.get("sender") == "lead-intake":
            context["intake_polls"].add(m.get("id"))
    seen_ids = {}
    stores = {}
    city_stores = {}

    for name, (message, body_type) in messages.items():
        problems = [f"envelope: {describe(e)}" for e in envelope.iter_errors(message)]
        mtype = message.get("type")
        if mtype == "ok":
            schema_name = RESULT_SCHEMA.get(body_type)
            if schema_name is None:
                problems.append(f"{body_type} is not the result type of any request")
        else:
            schema_name = f"{mtype}.schema.json"
            if TYPE_BODY.get(mtype) != body_type:
                problems.append(f"index says {body_type}, but the body of {mtype} is {TYPE_BODY.get(mtype)}")
        body_schemas = [schema_name]
        if body_type == "PeriodReport" and isinstance(message.get("body"), dict) and message["body"].get("kind") == "week":
            body_schemas.append("result.weekly-report.schema.json")  # a weekly report is also report.weekly's answer
        for name_ in body_schemas:
            if name_ in schemas and isinstance(message.get("body"), dict):
                problems += [f"body ({name_}): {describe(e)}" for e in validator(name_).iter_errors(message["body"])]
        if not problems:
            problems += canonical_problems(message, input_timestamp=INPUT_TIMESTAMPS.get(mtype))
            request = requests.get(message.get("correlationId"))
            problems += consistency_problems(message, body_type, request if mtype == "ok" else None, events, issued,
                                             context)
            if message["id"] in seen_ids:
                problems.append(f"id {message['id']} is also used by {seen_ids[message['id']]}")
            seen_ids[message["id"]] = name
            problems += store_problems(name, message, body_type, stores)
            problems += city_store_problems(name, message, body_type, city_stores)
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

    problems = readme_problems(index)
    if problems:
        failed += 1
        print("FAIL examples/README.md (file list)")
        for problem in problems:
            print(f"     {problem}")
    else:
        passed += 1
        print("ok   examples/README.md (file list)")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
