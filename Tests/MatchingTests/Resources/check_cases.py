#!/usr/bin/env python3
"""Checks the Matching reference data and the test cases against each other.

Loads Sources/Matching/Resources/*.json and Tests/MatchingTests/Resources/cases.jsonl, validates
the data files (shape, duplicate names, region values), then runs a small reference matcher that
follows the matching contract written in the data files' notes, and verifies for every case that

  * the expected region is what the gazetteer gives for the headquarters, and
  * every expected class has a supporting entry (a name, short name, alias or subsidiary pattern
    found in companyName or parentCompany, or the Hong Kong headquarters/registration rule, or the
    declared ownership), and no class is supported that the case does not expect.

Optional case fields `expectMatches` / `expectNoMatch` name enterprise entries that must / must not
be among the matched ones (for traps whose classes alone would not tell: 中建材 is CNBM, not CSCEC).

Usage: python3 check_cases.py [-v]      Exit status 0 when everything checks.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "Sources" / "Matching" / "Resources"
CASES = HERE / "cases.jsonl"

REGIONS = {"jingjinji", "yangtze-river-delta", "greater-bay-area", "other"}
CASE_REGIONS = REGIONS | {"unknown"}
CLASS_ORDER = ["central-soe", "hong-kong-funded", "fortune-global-500"]
LEVELS = {"province", "city", "district"}
NUMERALS = "一二三四五六七八九十"
HAN = re.compile(r"[\u3400-\u9fff]")

errors = []


def fail(msg):
    errors.append(msg)


# ---------------------------------------------------------------- normalisation

def fold(text):
    """Chinese-mode form: NFKC (full-width brackets and letters to ASCII), lower case, no spaces, no - · ,"""
    t = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(ch for ch in t if not ch.isspace() and ch not in "-·・,，、")


def tokens(text):
    """English-mode form: accents stripped, lower case, every non [a-z0-9] character a separator."""
    t = unicodedata.normalize("NFKD", text or "")
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", " ", t).split()


def is_zh(alias):
    return bool(HAN.search(alias))


def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0 and needle:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def find_tokens(hay, needle):
    n = len(needle)
    return [i for i in range(len(hay) - n + 1) if n and hay[i:i + n] == needle]


# ---------------------------------------------------------------- data loading

def load(name):
    path = DATA / name
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        fail(f"{name}: does not parse: {e}")
        return None


def check_header(name, obj, key, name_key="name"):
    for k in ("edition", "source", "compiledOn", "notes", key):
        if k not in obj:
            fail(f"{name}: missing top-level '{k}'")
    if obj.get("compiledOn") != "2026-11-27":
        fail(f"{name}: compiledOn is {obj.get('compiledOn')!r}")
    names = [e.get(name_key) for e in obj.get(key, [])]
    for n, c in Counter(names).items():
        if c > 1:
            fail(f"{name}: duplicate name {n}")
    for e in obj.get(key, []):
        if "confidence" in e and e["confidence"] not in ("verified", "unverified"):
            fail(f"{name}: {e.get('name')}: bad confidence {e['confidence']!r}")


class Matcher:
    def __init__(self):
        self.geo = load("geography.json") or {"places": []}
        self.soe = load("central-soes.json") or {"enterprises": []}
        self.fg = load("fortune-global-500.json") or {"enterprises": []}
        self.hk = load("hong-kong-groups.json") or {"enterprises": []}
        self.lex = load("industry-lexicon.json") or {"industries": [], "frontierTags": []}
        check_header("geography.json", self.geo, "places")
        check_header("central-soes.json", self.soe, "enterprises")
        check_header("fortune-global-500.json", self.fg, "enterprises")
        check_header("hong-kong-groups.json", self.hk, "enterprises")
        check_header("industry-lexicon.json", self.lex, "industries", "industry")
        self.validate()
        self.false_positives = []
        for f in (self.soe, self.fg, self.hk):
            self.false_positives += f.get("falsePositives", [])
        rule = self.soe.get("addressRule", {})
        self.suffixes = [fold(s) for s in rule.get("suffixes", [])]
        self.exceptions = [fold(s) for s in rule.get("exceptions", [])]
        self.markers = self.hk.get("registrationMarkers", {})

    # ------------------------------------------------------------ validation
    def validate(self):
        provinces = [p for p in self.geo["places"] if p.get("level") == "province"]
        if len(provinces) != 34:
            fail(f"geography.json: {len(provinces)} province-level entries, expected 34")
        for p in self.geo["places"]:
            if p.get("level") not in LEVELS:
                fail(f"geography.json: {p.get('name')}: bad level {p.get('level')!r}")
            if p.get("region") is not None and p["region"] not in REGIONS:
                fail(f"geography.json: {p.get('name')}: bad region {p['region']!r}")
            if p.get("region") is None and p.get("name") != "广东省":
                fail(f"geography.json: {p.get('name')}: region null (only 广东省 may be)")
            for a in p.get("aliases", []):
                if is_zh(a) and len(fold(a)) < 2:
                    fail(f"geography.json: {p['name']}: one-character alias {a!r}")
        seen = {}
        for p in self.geo["places"]:
            for a in p.get("aliases", []):
                key = fold(a) if is_zh(a) else " ".join(tokens(a))
                if key in seen and seen[key] != p["name"]:
                    fail(f"geography.json: alias {a!r} on both {seen[key]} and {p['name']}")
                seen[key] = p["name"]
        valid = {"next-gen-it", "dual-carbon", "smart-manufacturing", "culture-tourism", "modern-commerce", "food-manufacturing"}
        owner = {}
        for ind in self.lex.get("industries", []):
            if ind.get("industry") not in valid:
                fail(f"industry-lexicon.json: bad industry {ind.get('industry')!r}")
            n = len(ind.get("keywords", []))
            if not 30 <= n <= 60:
                fail(f"industry-lexicon.json: {ind.get('industry')} has {n} keywords (30-60 wanted)")
            for k in ind.get("keywords", []):
                if k in owner and owner[k] != ind["industry"]:
                    fail(f"industry-lexicon.json: keyword {k!r} in {owner[k]} and {ind['industry']}")
                owner[k] = ind["industry"]
        for f, name in ((self.soe, "central-soes.json"), (self.fg, "fortune-global-500.json"), (self.hk, "hong-kong-groups.json")):
            for e in f.get("enterprises", []):
                for i in e.get("industries", []):
                    if i not in valid:
                        fail(f"{name}: {e['name']}: bad industry {i!r}")
        soe_names = {e["name"] for e in self.soe.get("enterprises", [])}
        for f, name in ((self.fg, "fortune-global-500.json"), (self.hk, "hong-kong-groups.json")):
            for e in f.get("enterprises", []):
                if "sasacName" in e and e["sasacName"] not in soe_names:
                    fail(f"{name}: {e['name']}: sasacName {e['sasacName']} is not in central-soes.json")

    # ------------------------------------------------------------ alias matching
    def blocked(self, alias, text_f, start, end):
        for fp in self.false_positives:
            if not any(fold(b) == alias for b in fp["blocks"]):
                continue
            t = fold(fp["text"])
            for j in find_all(text_f, t):
                if j <= start and end <= j + len(t):
                    return True
        rest = text_f[end:]
        if any(rest.startswith(s) for s in self.suffixes) and not any(rest.startswith(x) for x in self.exceptions):
            return True
        return False

    def blocked_en(self, alias_toks, text_toks, k):
        for fp in self.false_positives:
            if is_zh(fp["text"]) or not any(tokens(b) == alias_toks for b in fp["blocks"]):
                continue
            ft = tokens(fp["text"])
            for m in find_tokens(text_toks, ft):
                if m <= k and k + len(alias_toks) <= m + len(ft):
                    return True
        return False

    def alias_hits(self, alias, text):
        if not alias:
            return False
        if is_zh(alias):
            a, t = fold(alias), fold(text)
            return any(not self.blocked(a, t, i, i + len(a)) for i in find_all(t, a))
        at, tt = tokens(alias), tokens(text)
        return any(not self.blocked_en(at, tt, k) for k in find_tokens(tt, at))

    @staticmethod
    def pattern_regex(pattern):
        out = ""
        for ch in pattern:
            if ch == "#":
                out += f"[{NUMERALS}]+"
            elif ch == "*":
                out += "[\u3400-\u9fff]+"
            else:
                out += re.escape(fold(ch))
        return re.compile(out)

    def entry_hits(self, entry, text, with_patterns):
        names = [entry["name"]] + entry.get("shortNames", []) + entry.get("aliases", [])
        names += [entry.get("english", "")] + entry.get("englishAliases", [])
        for n in names:
            if self.alias_hits(n, text):
                return n
        if with_patterns:
            for p in entry.get("subsidiaryPatterns", []):
                if "#" not in p and "*" not in p:
                    if self.alias_hits(p, text):  # a literal unit name behaves like an alias
                        return p
                elif self.pattern_regex(p).search(fold(text)):
                    return p
        return None

    def matches(self, entries, texts, with_patterns=False):
        found = {}
        for e in entries:
            for t in texts:
                hit = self.entry_hits(e, t, with_patterns)
                if hit:
                    found[e["name"]] = hit
                    break
        return found

    # ------------------------------------------------------------ geography
    def locate(self, hq):
        hq_f, hq_t = fold(hq), tokens(hq)
        hits = []
        for p in self.geo["places"]:
            best = 0
            for a in p["aliases"]:
                if is_zh(a):
                    if fold(a) and fold(a) in hq_f:
                        best = max(best, len(fold(a)))
                elif find_tokens(hq_t, tokens(a)):
                    best = max(best, len(" ".join(tokens(a))))
            if best:
                hits.append((p, best))
        if not hits:
            return None, "no place named"
        specific = [h for h in hits if h[0]["city"] is not None]
        pool = specific or hits
        top = max(n for _, n in pool)
        winners = [p for p, n in pool if n == top]
        cities = {(p["province"], p["city"]) for p in winners}
        if len(cities) > 1:
            return None, "ambiguous: " + ", ".join(sorted(p["name"] for p in winners))
        return winners[0], winners[0]["name"]

    def region(self, hq):
        place, why = self.locate(hq)
        if place is None or place["region"] is None:
            return "unknown", place, why
        return place["region"], place, why

    # ------------------------------------------------------------ classes
    def registered_in_hk(self, name):
        if not name:
            return False
        f = fold(name)
        if any(f.startswith(fold(p)) for p in self.markers.get("namePrefixes", [])):
            return True
        if any(fold(m) in f for m in self.markers.get("nameContains", [])):
            return True
        t = " ".join(tokens(name))
        return any(t.endswith(" ".join(tokens(s))) for s in self.markers.get("englishSuffixes", []))

    def classify(self, case):
        texts = [case.get("companyName", "")] + ([case["parentCompany"]] if case.get("parentCompany") else [])
        soe = self.matches(self.soe["enterprises"], texts, with_patterns=True)
        fg = self.matches(self.fg["enterprises"], texts)
        hk = self.matches(self.hk["enterprises"], texts)
        for e in self.fg["enterprises"]:
            if e.get("sasacName") in soe and e["name"] not in fg:
                fg[e["name"]] = "via " + e["sasacName"]
        for e in self.hk["enterprises"]:
            if e.get("sasacName") in soe and e["name"] not in hk:
                hk[e["name"]] = "via " + e["sasacName"]
        evidence = {"central-soe": soe, "fortune-global-500": fg, "hong-kong-funded": dict(hk)}
        region, place, _ = self.region(case.get("headquarters", ""))
        if place is not None and place["province"] == "香港特别行政区":
            evidence["hong-kong-funded"]["(headquarters in Hong Kong)"] = place["name"]
        for t in texts:
            if self.registered_in_hk(t):
                evidence["hong-kong-funded"]["(registered in Hong Kong)"] = t
        own = case.get("ownership")
        if own == "hong-kong":
            evidence["hong-kong-funded"]["(declared ownership)"] = own
        elif own:
            evidence["hong-kong-funded"] = {}
        classes = [c for c in CLASS_ORDER if evidence[c]]
        return classes, evidence, region


def main():
    verbose = "-v" in sys.argv
    m = Matcher()
    cases = []
    try:
        with open(CASES, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        cases.append(json.loads(line))
                    except Exception as e:  # noqa: BLE001
                        fail(f"cases.jsonl line {n}: does not parse: {e}")
    except FileNotFoundError:
        fail("cases.jsonl is missing")
    ids = Counter(c.get("id") for c in cases)
    for i, c in ids.items():
        if c > 1:
            fail(f"cases.jsonl: duplicate id {i}")
    passed = failed = 0
    by_class, by_region, by_cat = Counter(), Counter(), Counter()
    for c in cases:
        cid = c.get("id")
        bad = []
        for k in ("id", "companyName", "headquarters", "expectRegion", "expectClasses", "note"):
            if k not in c:
                bad.append(f"missing field {k}")
        exp = c.get("expectClasses", [])
        if exp != [x for x in CLASS_ORDER if x in exp] or len(set(exp)) != len(exp):
            bad.append(f"expectClasses not in canonical order: {exp}")
        if c.get("expectRegion") not in CASE_REGIONS:
            bad.append(f"bad expectRegion {c.get('expectRegion')!r}")
        classes, evidence, region = m.classify(c)
        if region != c.get("expectRegion"):
            _, _, why = m.region(c.get("headquarters", ""))
            bad.append(f"region: expected {c.get('expectRegion')}, data gives {region} ({why})")
        for cl in exp:
            if cl not in classes:
                bad.append(f"class {cl} expected but no supporting entry")
        for cl in classes:
            if cl not in exp:
                bad.append(f"class {cl} supported by {evidence[cl]} but not expected")
        all_matched = set(evidence["central-soe"]) | set(evidence["fortune-global-500"]) | set(evidence["hong-kong-funded"])
        for name in c.get("expectMatches", []):
            if name not in all_matched:
                bad.append(f"expected a match on {name}; matched {sorted(all_matched)}")
        for name in c.get("expectNoMatch", []):
            if name in all_matched:
                bad.append(f"must not match {name}")
        if bad:
            failed += 1
            print(f"FAIL {cid} {c.get('companyName')!r} @ {c.get('headquarters')!r}")
            for b in bad:
                print(f"     {b}")
        else:
            passed += 1
            if verbose:
                print(f"ok   {cid} {classes} {region} {dict((k, v) for k, v in evidence.items() if v)}")
        for cl in exp:
            by_class[cl] += 1
        if not exp:
            by_class["(none)"] += 1
        by_region[c.get("expectRegion")] += 1
        by_cat[c.get("category", "(no category)")] += 1
    print()
    print(f"data: {len(m.geo['places'])} places, {len(m.soe['enterprises'])} central SOEs, "
          f"{len(m.fg['enterprises'])} Fortune Global 500 entries, {len(m.hk['enterprises'])} Hong Kong groups")
    print(f"cases: {len(cases)}")
    print("per class:  " + ", ".join(f"{k} {v}" for k, v in sorted(by_class.items())))
    print("per region: " + ", ".join(f"{k} {v}" for k, v in sorted(by_region.items())))
    print("per category: " + ", ".join(f"{k} {v}" for k, v in sorted(by_cat.items())))
    for e in errors:
        print(f"DATA ERROR {e}")
    failed += len(errors)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
