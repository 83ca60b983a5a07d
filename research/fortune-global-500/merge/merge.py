#!/usr/bin/env python3
"""Merge the compiled Fortune Global 500 2025 list into the classifier's reference file.

Inputs (read only):
  /work/main/Sources/Matching/Resources/fortune-global-500.json      the current file (204 entries)
  /work/main/research/fortune-global-500/fortune-global-500-2025.json the compiled 2025 list (500)
  /work/main/research/fortune-global-500/build/project_crosscheck.json current entry -> 2025 rank
  /work/main/research/fortune-global-500/raw/*                        2022-2024 lists (notes only)
  /work/main/Sources/Matching/Resources/{central-soes,hong-kong-groups,geography}.json (checks only)
  ./.pydeps/jieba/dict.txt (optional: `pip install --target .pydeps jieba==0.42.1`), common words

Outputs (in this script's folder):
  fortune-global-500.json   the merged file (2-space indent, UTF-8, ensure_ascii false)
  merge-log.md              generated: counts, every alias added or dropped, every collision
  merge-report.json         the same, machine-readable

Every judgement call is a table below (ENGLISH_OVERRIDE, NAME_WITH_ENGLISH, DROP_ALIAS, ...)
with its reason, so that the engineer can change a decision and re-run:  python3 merge.py
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN = Path("/work/main")
RES = MAIN / "Sources/Matching/Resources"
RESEARCH = MAIN / "research/fortune-global-500"
CURRENT = RES / "fortune-global-500.json"
COMPILED = RESEARCH / "fortune-global-500-2025.json"
CROSS = RESEARCH / "build/project_crosscheck.json"
RAW = RESEARCH / "raw"
OUT = HERE / "fortune-global-500.json"
LOG = HERE / "merge-log.md"
REPORT = HERE / "merge-report.json"
JIEBA = HERE / ".pydeps/jieba/dict.txt"

COMPILED_ON = "2026-12-05"
NOT_ON_LIST = "not-on-2025-list"  # the Swift loader accepts any string; see MERGE.md for the effects
# To fall back to the older vocabulary: python3 merge.py --not-on-list-confidence unverified
if "--not-on-list-confidence" in sys.argv:
    NOT_ON_LIST = sys.argv[sys.argv.index("--not-on-list-confidence") + 1]

# ------------------------------------------------------------------ folding, as the matcher does

HAN = re.compile(r"[\u3400-\u9fff]")


def is_zh(s):
    return bool(HAN.search(s or ""))


def fold(s):
    """NameFolding.fold without the traditional->simplified table (all inputs are simplified)."""
    t = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(ch for ch in t if not ch.isspace() and ch not in "-·・,，、")


def tokens(s):
    t = unicodedata.normalize("NFKD", s or "")
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", " ", t).split()


def contains_tokens(hay, needle):
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def latin_letters(s):
    return sum(1 for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and ch.isalpha())


# ------------------------------------------------------------------ policy tables

# Rule 4: generic words that are never aliases on their own (folded / lower-cased).
GENERIC = {
    "集团", "银行", "保险", "能源", "汽车", "电力", "石油", "中国", "公司", "控股", "国际",
    "china", "group", "bank", "insurance", "energy", "motor", "motors", "holdings", "holding",
    "international", "company", "corporation", "inc", "plc", "ltd", "limited",
}

# Source-shown aliases of new entries that are dropped although long enough (reason given).
DROP_ALIAS = {
    "switzerland": "a country name, mis-parsed as an alias of Coop Group by leon_md",
    "persero": "Indonesian legal-form word ('(Persero)' ends the name of every state-owned company)",
    "bat": "an ordinary word; in Chinese business writing 'BAT' is Baidu/Alibaba/Tencent",
    "pmi": "generic abbreviation (purchasing managers' index, project management institute)",
    "cba": "the Chinese Basketball Association (CBA) is far more common in Chinese names",
    "bms": "battery management system: common in Chinese new-energy company and project names",
    "sbi": "also SBI Holdings (Japan; 思佰益 in China), a different group",
    "hangang": "pinyin also of 邯钢 (HBIS Handan Iron & Steel) and the Han River in Korean names",
    "pfg": "also Principal Financial Group's ticker; 'Performance Food Group' is kept",
}

# New entries whose Fortune English name is too short or an ordinary word to be matched as a
# whole word (the loader matches `english` too): a more specific form becomes `english`, the
# Fortune form is kept in `fortuneEnglish` (not matched).  (rank: (english, reason))
ENGLISH_OVERRIDE = {
    18: ("Shell plc", "'Shell' is an ordinary word (shell company, Shell Technology ...)"),
    33: ("BP p.l.c.", "'BP' has two letters"),
    78: ("AT&T Inc.", "'AT&T' splits into the tokens 'at t'"),
    94: ("Target Corporation", "'Target' is an ordinary word"),
    110: ("Mitsui & Co., Ltd.", "'Mitsui' alone names the whole Mitsui group (Mitsui Fudosan, Mitsui Chemicals ...)"),
    114: ("SK Group", "'SK' has two letters"),
    140: ("E.ON SE", "'E.ON' splits into the tokens 'e on'"),
    142: ("Brookfield Corporation", "'Brookfield' is a common place and company name"),
    151: ("Energy Transfer LP", "'Energy Transfer' is an ordinary phrase"),
    160: ("VINCI S.A.", "'Vinci' (Da Vinci ...) is common in company names"),
    169: ("Progressive Corporation", "'Progressive' is an ordinary word"),
    181: ("Oil and Natural Gas Corporation", "'Oil & Natural Gas' is an ordinary phrase"),
    217: ("Merck & Co., Inc.", "'Merck' alone also names Merck KGaA (默克, Germany), a different group"),
    236: ("Nationwide Mutual Insurance Company", "'Nationwide' is an ordinary word"),
    317: ("Sumitomo Corporation", "'Sumitomo' alone would also match Sumitomo Mitsui Financial Group (204) and Sumitomo Life (475)"),
    329: ("Travelers Companies, Inc.", "'Travelers' is an ordinary word"),
    341: ("Orange S.A.", "'Orange' is an ordinary word"),
    409: ("Vale S.A.", "'Vale' is an ordinary word in Portuguese/Spanish names"),
    446: ("Visa Inc.", "'Visa' is an ordinary word (visa services ...)"),
    466: ("International Consolidated Airlines Group", "'International Airlines Group' is an ordinary phrase"),
    477: ("Metro AG", "'Metro' is an ordinary word (Shenzhen Metro ...); Metro AG is the German wholesaler (compiler's form, no source prints it)"),
    487: ("Linde plc", "'Linde' alone also names Linde Material Handling (林德叉车, KION group), a different group"),
    494: ("CPC Corporation, Taiwan", "'CPC' is also the Communist Party of China in English names; the official name is the compiler's form (no source prints it)"),
}

# New entries whose 财富中文网 short name is a substring of ordinary words, places or other groups'
# names: the name is written as 财富中文网 displays it, "中文（English）", so that it matches only
# that form; the bare Chinese form is kept in `fortuneChinese` and is NOT an alias.
NAME_WITH_ENGLISH = {
    131: "强生 is also 上海强生 (Shanghai Qiangsheng taxis, 强生控股), not Johnson & Johnson; also in 增强生物…",
    103: "安盛 is common in Chinese company names (安盛物业, 安盛达 …)",
    129: "乐购 is a common shop name; Tesco's China stores (乐购) have belonged to China Resources since 2014",
    229: "雷诺 is also 雷诺数 (Reynolds number), 雷诺兹 and other transliterations",
    461: "和硕 is also 和硕县 (Xinjiang) and 和硕特 (Khoshut)",
    482: "安进 occurs in every 西安进出口…/淮安进…/泰安进… company name",
    218: "好事达 is also a Chinese household-goods maker (福建好事达), not Allstate",
    466: "国际航空集团 is a descriptive phrase ('international airline group'), not a distinctive name",
}

# Chinese names of existing entries (from the compiled list) that are not added as aliases.
DROP_ADDED_CHINESE = {
    "家乐福": "家乐福中国 has been controlled by 苏宁 since 2019; the current file names Carrefour SA only by 'carrefour'/家乐福集团 on purpose",
}

# Head offices: leon_md city text with a second city after ' / '; the first is used unless named here.
HQ_OVERRIDE = {
    487: ("英国吉尔福德", "leon_md '都柏林 / 吉尔福德': Linde plc is registered in Dublin, Fortune's country is Britain"),
    367: ("俄罗斯莫斯科", "leon_md '莫斯科' under country NL: X5 is Dutch-registered (Fortune: Netherlands) with its head office in Moscow"),
}

# Countries no source gives (compiled country null): filled from general knowledge, flagged.
COUNTRY_FILL = {491: "JP", 495: "CO", 500: "NL"}

COUNTRY_ZH = {
    "US": "美国", "JP": "日本", "DE": "德国", "FR": "法国", "GB": "英国", "KR": "韩国", "CA": "加拿大",
    "CH": "瑞士", "ES": "西班牙", "NL": "荷兰", "IN": "印度", "BR": "巴西", "TW": "台湾", "RU": "俄罗斯",
    "AU": "澳大利亚", "IT": "意大利", "MX": "墨西哥", "SG": "新加坡", "IE": "爱尔兰", "HK": "香港",
    "ID": "印度尼西亚", "DK": "丹麦", "SA": "沙特阿拉伯", "NO": "挪威", "TH": "泰国", "PL": "波兰",
    "TR": "土耳其", "MY": "马来西亚", "LU": "卢森堡", "BE": "比利时", "SE": "瑞典", "QA": "卡塔尔",
    "AT": "奥地利", "PT": "葡萄牙", "AE": "阿联酋", "CO": "哥伦比亚",
}

# ------------------------------------------------------------------ helpers

log = defaultdict(list)  # section -> lines


def note(section, line):
    log[section].append(line)


def normalize_hq(e):
    """The current file's style: mainland '杭州市'; HK '香港'; elsewhere country then city."""
    rank, country, hq = e["rank"], e["country"], e["headquarters"]
    if rank in HQ_OVERRIDE:
        value, why = HQ_OVERRIDE[rank]
        note("hq", f"#{rank} {e['english']}: {hq!r} -> {value!r} ({why})")
        return value
    if hq is None:
        if country and country not in ("CN",):
            value = COUNTRY_ZH[country]
            note("hq", f"#{rank} {e['english']}: no city in any source -> country only {value!r}")
            return value
        note("hq", f"#{rank} {e['english']}: no head office in any source -> null")
        return None
    first = hq.split(" / ")[0].strip()
    first = re.sub(r"\s*[(（].*?[)）]\s*", "", first)  # 吉隆坡 (双子塔)
    if " / " in hq:
        note("hq", f"#{rank} {e['english']}: {hq!r} -> first city {first!r}")
    if country == "CN":
        city = first.split()[-1]
        if city in ("北京", "上海", "天津", "重庆"):
            return city + "市"
        return city if city.endswith(("市", "区", "州市")) else city + "市"
    if country == "HK":
        return "香港"
    if country == "US" and not is_zh(first):
        return "美国 " + first  # Fortune 500 'City, State', kept in English
    zh = COUNTRY_ZH[country]
    city = first.split()[-1]  # '爱知县 丰田市' -> '丰田市'; '德克萨斯州 休斯敦' -> '休斯敦'
    return city if city.startswith(zh) else zh + city


def alias_problem(alias):
    """Why a candidate alias is not added, or None."""
    f = fold(alias)
    if is_zh(alias):
        han = len(HAN.findall(alias))
        if han < 2 and latin_letters(alias) < 3:
            return "shorter than 2 Chinese characters"
        if f in GENERIC:
            return "generic word"
    else:
        if latin_letters(alias) < 3:
            return "shorter than 3 Latin letters"
        if " ".join(tokens(alias)) in GENERIC:
            return "generic word"
    if alias.lower() in DROP_ALIAS:
        return DROP_ALIAS[alias.lower()]
    return None


def add_alias(aliases, alias):
    """Append unless already present after folding (Latin aliases lower-cased)."""
    a = alias.strip()
    if not is_zh(a):
        a = a.lower()
    key = fold(a) if is_zh(a) else " ".join(tokens(a))
    for x in aliases:
        if (fold(x) if is_zh(x) else " ".join(tokens(x))) == key:
            return False
    aliases.append(a)
    return True


def compact_source(e):
    return e["source"]


# ------------------------------------------------------------------ the 2024/2026 lists, for notes

def load_2024():
    ranks = {}
    text = (RAW / "stablemap_fortuneGlobal500Raw_2024.ts").read_text(encoding="utf-8")
    for line in text.splitlines():
        m = re.match(r'^(\d+),("?)(.+?)\2,"?\$', line)
        if m:
            ranks[m.group(3)] = int(m.group(1))
    marta = defaultdict(dict)
    import csv
    with open(RAW / "marta_fortune500_data_2022_2024.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            marta[row["Company"]][int(row["Year"])] = int(row["Rank"])
    names26 = []
    with open(RAW / "leon7786_listmd_2026_en_country_hq.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                names26.append(parts[1])
    zh26 = []
    with open(RAW / "leon7786_companies_raw_2026.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                zh26.append(parts[1])
    return ranks, marta, names26, zh26


def same_company(english, candidate):
    """The candidate list name is this company: all tokens of the English name, in order, appear in it
    ('China Merchants Group' is not 'China Merchants Bank'; 'Shougang Group' is 'Shougang Group')."""
    want = [t for t in tokens(english) if t not in {"co", "ltd", "corp", "corporation"}]
    return contains_tokens(tokens(candidate.replace("&", " and ")), [t for t in tokens(english.replace("&", " and ")) if t in want]) \
        or contains_tokens(tokens(candidate), want)


def edition_note(cur, lists):
    ranks24, marta, names26, zh26 = lists
    hits24 = {n: r for n, r in ranks24.items() if same_company(cur["english"], n)}
    hitsm = {n: y for n, y in marta.items() if same_company(cur["english"], n)}
    hits26 = [n for n in names26 if same_company(cur["english"], n)]
    hits26zh = [n for n in zh26 if fold(n) == fold(cur["name"])]
    note("notonlist", f"{cur['name']} / {cur['english']}: 2024 list hits {hits24}; "
         f"2022-2024 (marta) hits {dict(hitsm)}; 2026 draft hits {hits26 + hits26zh}")
    parts = ["Not on the Fortune Global 500 2025 list (research/fortune-global-500/REPORT.md §4, "
             "matched by rank in build/project_crosscheck.json)."]
    if hits24 or hitsm:
        years = {}
        for n, y in hitsm.items():
            years.update(y)
        for n, r in hits24.items():
            years[2024] = r
        last = max(years)
        listed = ", ".join(f"{y}: {years[y]}" for y in sorted(years))
        parts.append(f"Last on the {last} edition (rank {listed}; raw/stablemap_fortuneGlobal500Raw_2024.ts "
                     "and raw/marta_fortune500_data_2022_2024.csv).")
    else:
        parts.append("Not on the 2024 list either (checked against all 500 names of "
                     "raw/stablemap_fortuneGlobal500Raw_2024.ts); the sources read do not say which earlier "
                     "edition last listed it.")
    if not hits26 and not hits26zh:
        parts.append("Not on the 2026 draft list (leon7786) either.")
    else:
        parts.append(f"The 2026 draft list (leon7786, unverified) has {hits26 + hits26zh}.")
    parts.append("Kept so that a bureau can still see it flagged; do not count it as a 2025 member.")
    return " ".join(parts)


# ------------------------------------------------------------------ merge

def main():
    current = json.loads(CURRENT.read_text(encoding="utf-8"))
    compiled = json.loads(COMPILED.read_text(encoding="utf-8"))
    cross = json.loads(CROSS.read_text(encoding="utf-8"))
    by_rank = {e["rank"]: e for e in compiled["entries"]}
    assert sorted(by_rank) == list(range(1, 501)), "compiled list must have ranks 1..500"
    cur_entries = current["enterprises"]
    assert len(cross) == len(cur_entries)
    lists = load_2024()

    merged, kept, updated, not_on_list = [], [], [], []
    used_ranks = set()
    for cur, cx in zip(cur_entries, cross):
        assert cx["projectName"] == cur["name"] and cx["project"] == cur["english"], (cx, cur["name"])
        e = json.loads(json.dumps(cur))  # deep copy, key order kept
        if cx["onList2025"]:
            r = cx["rank2025"]
            assert r not in used_ranks
            used_ranks.add(r)
            c = by_rank[r]
            assert c["english"] == cx["english2025"]
            changes = []
            if e.get("rank") != r:
                changes.append(f"rank {e.get('rank')} -> {r}")
                if e.get("rank") is not None:
                    note("conflict", f"{e['name']}: current rank {e['rank']} != 2025 rank {r}")
            e["rank"] = r
            if e.get("confidence") != c["confidence"]:
                changes.append(f"confidence {e.get('confidence')} -> {c['confidence']}")
            e["confidence"] = c["confidence"]
            zh = (c.get("chinese") or "").strip()
            if zh and fold(zh) != fold(e["name"]):
                if zh in DROP_ADDED_CHINESE:
                    note("dropped", f"#{r} {e['name']}: compiled Chinese name {zh!r} not added: {DROP_ADDED_CHINESE[zh]}")
                elif add_alias(e["aliases"], zh):
                    changes.append(f"alias + {zh}")
                    note("added", f"#{r} {e['name']}: + {zh!r} (财富中文网 form, leon_raw)")
            e["source"] = compact_source(c)
            if c.get("rankCorroboratedBy"):
                e["rankCorroboratedBy"] = [x["id"] for x in c["rankCorroboratedBy"]]
            if c["english"] != e["english"]:
                e["fortuneEnglish"] = c["english"]
            e["_state"] = "updated" if changes else "kept"
            (updated if changes else kept).append((r, e["name"], changes))
        else:
            e["rank"] = None
            old_conf = e.get("confidence")
            e["confidence"] = NOT_ON_LIST
            new_note = edition_note(cur, lists)
            if "note" in e:
                e["previousNote"] = e["note"]
            e["note"] = new_note
            e["source"] = ("LeadTracker fortune-global-500.json as compiled 2026-11-27 (press coverage of the 2025 "
                           "release); not confirmed by the ordered 2025 list")
            e["_state"] = "not-on-list"
            not_on_list.append((e["name"], e["english"], old_conf))
        merged.append(e)

    new = []
    for r in range(1, 501):
        if r in used_ranks:
            continue
        c = by_rank[r]
        english = c["english"]
        entry_note = []
        if r in ENGLISH_OVERRIDE:
            english, why = ENGLISH_OVERRIDE[r]
            note("english", f"#{r} {c['english']!r} -> english {english!r}: {why}")
        zh = (c.get("chinese") or "").strip() or None
        if zh and r in NAME_WITH_ENGLISH:
            name = f"{zh}（{c['english']}）"
            note("dropped", f"#{r} {c['english']}: bare name {zh!r} not used as name or alias -> name {name!r}: {NAME_WITH_ENGLISH[r]}")
        else:
            name = zh or english
        aliases = []
        if zh and r not in NAME_WITH_ENGLISH:
            add_alias(aliases, zh)
        elif zh:
            add_alias(aliases, name)
        why = alias_problem(english)
        if why:
            note("dropped", f"#{r} {english}: English name not repeated as alias ({why})")
        else:
            add_alias(aliases, english)
        for a in c.get("aliases", []):
            text = a["alias"].strip()
            why = alias_problem(text)
            if why:
                note("dropped", f"#{r} {c['english']}: source alias {text!r} ({a['source']}) dropped: {why}")
                continue
            if fold(text) == fold(c["english"]) and r in ENGLISH_OVERRIDE:
                continue
            add_alias(aliases, text)
        country = c.get("country")
        if country is None:
            country = COUNTRY_FILL[r]
            entry_note.append(f"Country {country} filled by the compiler: no source read gives it.")
            note("country", f"#{r} {c['english']}: country null in the compiled list -> {country} (general knowledge)")
        cc = dict(c, country=country)
        e = {
            "name": name,
            "english": english,
            "headquarters": normalize_hq(cc),
            "aliases": aliases,
            "country": country,
            "rank": r,
            "confidence": c["confidence"],
            "industries": list(c.get("industries") or []),
            "source": compact_source(c),
        }
        if c.get("rankCorroboratedBy"):
            e["rankCorroboratedBy"] = [x["id"] for x in c["rankCorroboratedBy"]]
        if english != c["english"]:
            e["fortuneEnglish"] = c["english"]
        if zh and name != zh:
            e["fortuneChinese"] = zh
        if c.get("fortuneIndustry"):
            e["fortuneIndustry"] = c["fortuneIndustry"]
        for n in c.get("notes") or []:
            entry_note.append(n)
        if c.get("chinese") is None:
            entry_note.append("No Chinese name in the sources read (财富中文网's 2025 table was not reachable).")
        if entry_note:
            e["note"] = " ".join(entry_note)
        e["_state"] = "new"
        new.append(e)
        merged.append(e)

    # ---------------------------------------------------------- collisions
    soe = json.loads((RES / "central-soes.json").read_text(encoding="utf-8"))
    hk = json.loads((RES / "hong-kong-groups.json").read_text(encoding="utf-8"))
    geo = json.loads((RES / "geography.json").read_text(encoding="utf-8"))
    fps = current.get("falsePositives", []) + soe.get("falsePositives", []) + hk.get("falsePositives", [])
    start_only = {s for f in (soe, hk) for x in f["enterprises"] for s in x.get("startOnly", [])}
    old_strings = set()
    for x in cur_entries:
        for s in strings_of(x):
            old_strings.add((x["name"], s))

    pool = [("fortune", x) for x in merged] + [("soe", x) for x in soe["enterprises"]] + [("hk", x) for x in hk["enterprises"]]
    collisions = find_collisions(pool, fps, start_only, old_strings)
    words = load_words()
    common = find_common_word_hits(merged, words, geo, old_strings)

    # ---------------------------------------------------------- write
    for x in merged:
        x.pop("_state", None)
    out = {k: v for k, v in current.items()}
    out["edition"] = ("Fortune Global 500, 2025 edition (published 2025-07-29; ranks companies by fiscal-2024 "
                      "revenue; entry threshold US$32.2 billion)")
    out["source"] = SOURCE_TEXT
    out["compiledOn"] = COMPILED_ON
    global SHORT_NAMES
    SHORT_NAMES = ", ".join(e["fortuneChinese"] for e in new if "fortuneChinese" in e)
    out["notes"] = notes_text(current["notes"], len(kept), len(updated), len(new), not_on_list)
    out["enterprises"] = merged
    order = ["edition", "source", "compiledOn", "notes", "addressRule", "falsePositives", "enterprises"]
    out = {k: out[k] for k in order if k in out} | {k: v for k, v in out.items() if k not in order}
    assert out["addressRule"] == current["addressRule"] and out["falsePositives"] == current["falsePositives"]
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    problems = validate(out, len(not_on_list))
    write_log(kept, updated, new, not_on_list, collisions, common, problems)
    print(f"kept {len(kept)}, updated {len(updated)}, new {len(new)}, not on list {len(not_on_list)}; "
          f"{len(merged)} entries; {len(collisions)} collisions; {len(common)} common-word hits; "
          f"{len(problems)} validation problems")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


def strings_of(x):
    """Every string the loader matches for an entry (EnterpriseRecord.names + literal unit names)."""
    out = [x["name"]] + x.get("shortNames", []) + x.get("aliases", []) + [x.get("english") or ""]
    out += x.get("englishAliases", [])
    out += [p for p in x.get("subsidiaryPatterns", []) if "#" not in p and "*" not in p]
    return [s for s in out if s]


def blocked(alias_f, hay_f, fps):
    """True when every occurrence of alias_f in hay_f lies inside a false positive that blocks it."""
    starts = [i for i in range(len(hay_f)) if hay_f.startswith(alias_f, i)]
    if not starts:
        return True
    for i in starts:
        inside = False
        for fp in fps:
            if not any(fold(b) == alias_f for b in fp["blocks"]):
                continue
            t = fold(fp["text"])
            j = hay_f.find(t)
            while j >= 0:
                if j <= i and i + len(alias_f) <= j + len(t):
                    inside = True
                    break
                j = hay_f.find(t, j + 1)
            if inside:
                break
        if not inside:
            return False
    return True


def blocked_en(needle, hay, fps):
    """True when every occurrence of the token run lies inside an English false positive blocking it."""
    key = " ".join(needle)
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] != needle:
            continue
        inside = False
        for fp in fps:
            if is_zh(fp["text"]) or key not in {" ".join(tokens(b)) for b in fp["blocks"]}:
                continue
            ft = tokens(fp["text"])
            for m in range(len(hay) - len(ft) + 1):
                if hay[m:m + len(ft)] == ft and m <= i and i + n <= m + len(ft):
                    inside = True
        if not inside:
            return False
    return True


def find_collisions(pool, fps, start_only, old_strings):
    """An alias of one entry found in a name/alias of another entry: a company so named matches both."""
    out = []
    seen = set()
    prepared = []
    for lst, x in pool:
        ss = strings_of(x)
        prepared.append((lst, x, [(s, fold(s), tokens(s), is_zh(s)) for s in ss]))
    for la, a, sa in prepared:
        for lb, b, sb in prepared:
            if a is b or (la != "fortune" and lb != "fortune"):
                continue
            # same group: a Fortune entry and its SASAC group (or the HK copy of the same group)
            if {a.get("sasacName") or a["name"], b.get("sasacName") or b["name"]} and \
                    (a.get("sasacName") or a["name"]) == (b.get("sasacName") or b["name"]):
                continue
            for s, sf, st, szh in sa:
                for h, hf, ht, hzh in sb:
                    if szh:
                        if not hzh or sf not in hf or sf == "":
                            continue
                        if s in start_only and not hf.startswith(sf):
                            continue
                        if blocked(sf, hf, fps):
                            continue
                    else:
                        if not contains_tokens(ht, st) or blocked_en(st, ht, fps):
                            continue
                    new_a = la == "fortune" and (a["name"], s) not in old_strings
                    new_b = lb == "fortune" and (b["name"], h) not in old_strings
                    key = (sf if szh else " ".join(st), la, a["name"], hf if hzh else " ".join(ht), lb, b["name"])
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append({
                        "alias": s, "of": f"{la}:{a['name']}", "rankOf": a.get("rank") if la == "fortune" else None,
                        "foundIn": h, "entry": f"{lb}:{b['name']}", "rankIn": b.get("rank") if lb == "fortune" else None,
                        "new": new_a or new_b,
                        "impact": ("same class (both Global 500): only the entry named in the evidence differs"
                                   if la == lb == "fortune" else
                                   f"a {lb} name also gets the {la} class" if la != lb else "same list"),
                    })
    return out


def load_words():
    if not JIEBA.exists():
        print("note: .pydeps/jieba/dict.txt not found: common-word check skipped "
              "(pip install --target .pydeps jieba==0.42.1)", file=sys.stderr)
        return []
    words = []
    for line in JIEBA.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and is_zh(parts[0]) and int(parts[1]) >= 3:
            words.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    return words


def find_common_word_hits(merged, words, geo, old_strings):
    """New Chinese strings of 2-4 characters that are inside a common word or a place name."""
    places = {a for p in geo["places"] for a in p["aliases"] if is_zh(a)}
    hits = []
    for x in merged:
        for s in strings_of(x):
            if not is_zh(s) or (x["name"], s) in old_strings:
                continue
            f = fold(s)
            if len(f) > 4:
                continue
            inside = [(w, n, pos) for w, n, pos in words if f in w and w != f]
            inside.sort(key=lambda t: -t[1])
            pl = [p for p in places if f in fold(p) or fold(p) in f]
            if inside or pl:
                hits.append({"entry": x["name"], "rank": x.get("rank"), "string": s,
                             "inWords": [f"{w}({n})" for w, n, _ in inside[:12]], "places": pl})
    return hits


def validate(out, n_not_on_list):
    problems = []
    es = out["enterprises"]
    ranks = [e["rank"] for e in es if e.get("rank") is not None]
    if sorted(ranks) != list(range(1, 501)):
        problems.append(f"ranks are not exactly 1..500 ({len(ranks)} ranked, {len(set(ranks))} distinct)")
    unranked = [e for e in es if e.get("rank") is None]
    if len(unranked) != n_not_on_list or any(e["confidence"] != NOT_ON_LIST for e in unranked):
        problems.append(f"{len(unranked)} unranked entries, expected {n_not_on_list} with confidence {NOT_ON_LIST}")
    if len(es) != 500 + n_not_on_list:
        problems.append(f"{len(es)} entries, expected {500 + n_not_on_list}")
    for e in es:
        for k in ("name", "english", "country", "source"):
            if not isinstance(e.get(k), str) or not e[k].strip():
                problems.append(f"{e.get('name')}: missing {k}")
        if not isinstance(e.get("aliases"), list) or not e["aliases"] or not all(isinstance(a, str) and a for a in e["aliases"]):
            problems.append(f"{e.get('name')}: aliases must be a non-empty list of strings")
        if not isinstance(e.get("industries"), list):
            problems.append(f"{e.get('name')}: industries must be a list")
        for i in e.get("industries", []):
            if i not in {"next-gen-it", "dual-carbon", "smart-manufacturing", "culture-tourism",
                         "modern-commerce", "food-manufacturing"}:
                problems.append(f"{e['name']}: bad industry {i}")
        if e.get("rank") is not None and e.get("confidence") != "verified":
            problems.append(f"{e['name']}: ranked but confidence {e.get('confidence')}")
        for a in e.get("aliases", []):
            if not is_zh(a) and a != a.lower():
                problems.append(f"{e['name']}: Latin alias not lower-cased: {a}")
        if e.get("headquarters") is not None and not isinstance(e["headquarters"], str):
            problems.append(f"{e['name']}: headquarters not a string")
    names = Counter(e["name"] for e in es)
    problems += [f"duplicate name {n}" for n, c in names.items() if c > 1]
    # The fields the Swift loader decodes, with their types (ReferenceData.EnterpriseRecord).
    types = {"name": str, "shortNames": list, "aliases": list, "english": str, "englishAliases": list,
             "subsidiaryPatterns": list, "startOnly": list, "sasacName": str, "confidence": str,
             "industries": list, "headquarters": str, "rank": int}
    for e in es:
        for k, t in types.items():
            if k in e and e[k] is not None and not isinstance(e[k], t):
                problems.append(f"{e['name']}: {k} is not {t.__name__}")
    for k in ("edition", "source"):
        if not isinstance(out.get(k), str):
            problems.append(f"top-level {k} must be a string")
    return problems


SOURCE_TEXT = (
    "Ranks and English names: the ordered 2025 Fortune Global 500 list in wikidfranchise/ollytracker "
    "fortune500_raw.txt@f0f96062 (rank = position), corroborated for 26 ranks by Fortune's 2025-07-29 release "
    "(newswire.ca), mactech.com, 247wallst.com and Chinese press (第一财经 via ruyici.top, myzaker 财富中文网 report, "
    "新华财经 via reportify.cn, warcraftmovie.cn). Chinese names (财富中文网 form): leon7786/20260828-global500 "
    "companies_raw.json@1390426b (2026 list, same companies). English legal names, abbreviations and fallback "
    "country/head office: leon7786/20260828-global500 list.md@1390426b (repo author's enrichment). Country and "
    "Fortune industry: MartaVeinberga/fortune-global-500-scraper fortune500_data.csv@2d05bad0 (2024 edition) and "
    "riadlem/stablemap data/fortune500Raw.ts@74fdb4b1 (Fortune 500 US 2025, also US head offices). Compiled in "
    "research/fortune-global-500 (REPORT.md names every source); aliases, SASAC links, subsidiary patterns and "
    "false positives of the 204 earlier entries come from the previous compilation (2026-11-27). Each entry's "
    "'source' names the line of the ordered list it rests on."
)


SHORT_NAMES = ""


def notes_text(old_notes, n_kept, n_updated, n_new, not_on_list):
    keep_prefixes = (
        "SASAC members carry", "Joint ventures are matched", "Well-known false positives",
        "Matching contract assumed", "subsidiaryPatterns:", "falsePositives:", "A unit inherits",
        "headquarters:", "subsidiaryPatterns apply",
    )
    kept_notes = [n for n in old_notes if n.startswith(keep_prefixes)]
    names = ", ".join(f"{n} ({e})" for n, e, _ in not_on_list)
    new_notes = [
        "Currency: this file is the complete 2025 edition (published 2025-07-29). The 2026 edition (published "
        "2026-07-28) has only been seen as a single unverified compilation (research/fortune-global-500/"
        "fortune-global-500-2026.json); replace this file once the 2026 table can be confirmed.",
        f"Merge of {COMPILED_ON}: all 500 ranks of the 2025 list are entries with 'rank', confidence 'verified' "
        "(on the ordered 2025 list at that position) and a 'source' naming the list line. The 204 entries of the "
        "2026-11-27 file were matched to the list by rank (research/fortune-global-500/build/project_crosscheck.json): "
        f"193 are on it and keep their name, aliases, SASAC link, subsidiary patterns, industries and head office, "
        f"with rank, confidence and source set from the list ({n_kept} otherwise unchanged, {n_updated} updated: "
        "rank filled, confidence raised, or the 财富中文网 Chinese name added as an alias); "
        f"{n_new} entries are new. 'rankCorroboratedBy' lists the sources that restate a rank independently "
        "(26 entries); 'fortuneEnglish' / 'fortuneChinese' keep Fortune's own form where the matched name differs.",
        f"Not on the 2025 list, kept with rank null and confidence '{NOT_ON_LIST}' so that a bureau still sees "
        f"them flagged (each has a 'note'): {names}. They still classify a lead as Fortune Global 500 (the "
        "matcher does not read confidence); the recommender should treat them as non-members. 中国国家铁路集团, "
        "招商局 and the others were not on the 2024 list either; 首钢 was last listed in 2024 (#470).",
        "New entries (foreign and Chinese) carry only the names a source shows: the 财富中文网 Chinese name, the "
        "English name, and English legal names or abbreviations printed by the sources. They match a lead only "
        "when its name contains one of these; Chinese short forms in everyday use (壳牌, 辉瑞 …) are NOT aliases "
        "unless a source printed them. Aliases shorter than 2 Chinese characters or 3 Latin letters and generic "
        "words are never added. Where Fortune's English name is an ordinary word or too short (Target, Orange, "
        "Visa, BP, SK, Metro, …) 'english' holds the legal name and 'fortuneEnglish' Fortune's; where the "
        "财富中文网 short name is an ordinary word, a place or another firm's name ("
        + SHORT_NAMES + ") the name is written '中文（English）' as 财富中文网 displays it and the bare form is kept in "
        "'fortuneChinese', not matched.",
        "Scope: 130 Greater-China companies on the 2025 list (120 mainland + 4 Hong Kong + 6 Taiwan per 第一财经). "
        "Fortune counts one of 华润 / 联想 as Hong Kong; this file keeps 华润, 联想, 长江和记, 怡和 and 友邦 as 'HK' "
        "(head office). 中国中化, 中国航空工业, 中国电子科技, 中国船舶 and 中核集团 did not take part in 2025 and "
        "are not in this file. Head offices of new entries: mainland '杭州市'; elsewhere country then city in "
        "Chinese (leon_md's city, the repo author's enrichment, not Fortune's), US cities as Fortune 500 prints "
        "them ('美国 Seattle, Washington'); country only where no source names the city.",
        "Industries of new entries are the research compilation's proposed codes mapped from Fortune's industry "
        "text (research/fortune-global-500/REPORT.md §5); [] where no code fits (construction, real estate, "
        "pharmaceuticals, medical). The earlier entries keep their hand-picked codes.",
    ]
    return new_notes + kept_notes


def write_log(kept, updated, new, not_on_list, collisions, common, problems):
    L = ["# merge-log (generated by merge.py)", ""]
    L += [f"- kept (on the 2025 list, only rank/source set, nothing else changed): {len(kept)}",
          f"- updated (rank filled, confidence raised, or alias added): {len(updated)}",
          f"- new: {len(new)}", f"- not on the 2025 list: {len(not_on_list)}",
          f"- total entries: {len(kept) + len(updated) + len(new) + len(not_on_list)}", ""]
    L += ["## Updated entries", ""] + [f"- #{r} {n}: {'; '.join(c)}" for r, n, c in sorted(updated)] + [""]
    L += ["## Kept entries (rank/source/confidence already right)", ""] + [f"- #{r} {n}" for r, n, _ in sorted(kept)] + [""]
    L += ["## Not on the 2025 list", ""] + [f"- {n} ({e}), confidence was {c}" for n, e, c in not_on_list] + [""]
    L += ["### How their notes were derived", ""] + [f"- {x}" for x in log["notonlist"]] + [""]
    for sec, title in (("added", "Chinese names added as aliases to existing entries"),
                       ("dropped", "Dropped aliases and names"),
                       ("english", "English names replaced by a more specific form"),
                       ("country", "Countries filled"), ("hq", "Head office decisions"),
                       ("conflict", "Rank conflicts")):
        L += [f"## {title} ({len(log[sec])})", ""] + [f"- {x}" for x in log[sec]] + [""]
    newc = [c for c in collisions if c["new"]]
    oldc = [c for c in collisions if not c["new"]]
    L += [f"## Collisions involving a new or changed string ({len(newc)})", "",
          "An alias of the first entry occurs in a name/alias of the second: a company named like the second also "
          "matches the first (Chinese: substring after folding, false positives applied; English: whole-word run).", ""]
    L += [f"- `{c['alias']}` of {c['of']} (#{c['rankOf']}) ⊂ `{c['foundIn']}` of {c['entry']} (#{c['rankIn']}): {c['impact']}" for c in newc] + [""]
    L += [f"## Collisions already in the 2026-11-27 data ({len(oldc)})", ""]
    L += [f"- `{c['alias']}` of {c['of']} ⊂ `{c['foundIn']}` of {c['entry']}: {c['impact']}" for c in oldc] + [""]
    L += [f"## New Chinese strings (2-4 characters) inside common words or place names ({len(common)})", "",
          "Common words: jieba 0.42.1 dict.txt (frequency >= 3); places: geography.json aliases.", ""]
    L += [f"- #{h['rank']} {h['entry']}: `{h['string']}` in {', '.join(h['inWords'])} {h['places'] or ''}" for h in common] + [""]
    L += [f"## Validation problems ({len(problems)})", ""] + [f"- {p}" for p in problems] + [""]
    LOG.write_text("\n".join(L), encoding="utf-8")
    REPORT.write_text(json.dumps({
        "kept": kept, "updated": updated, "new": [(e["rank"], e["name"]) for e in new],
        "notOnList": not_on_list, "log": log, "collisions": collisions, "commonWordHits": common,
        "problems": problems}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
