#!/usr/bin/env python3
"""Adds to each foreign Global 500 entry the brand its China entities carry, derived mechanically
from its Chinese name as 财富中文网 writes it: the legal suffix (公司, 有限公司, 株式会社, 集团, 控股…)
and a leading country name (瑞士, 英国, 日本…) removed — 壳牌公司 → 壳牌, so 壳牌（中国）有限公司 matches.
No name is invented: a brand is only ever a part of the entry's own Chinese name. Skipped: brands of
one character, ordinary words (DENY), place names (geography.json), and brands that are part of
another entry's names (ambiguous). Run from the repository root; prints what it added."""
import json, re, sys

PATH = "Sources/Matching/Resources/fortune-global-500.json"
SUFFIXES = ["股份有限公司", "有限责任公司", "有限公司", "株式会社", "控股公司", "集团公司", "公司", "集团", "控股", "股份公司"]
COUNTRIES = ["美国", "英国", "德国", "法国", "日本", "韩国", "瑞士", "荷兰", "意大利", "西班牙", "加拿大", "澳大利亚",
             "瑞典", "比利时", "丹麦", "挪威", "芬兰", "爱尔兰", "印度", "巴西", "墨西哥", "俄罗斯", "新加坡", "沙特"]
# Ordinary words and names a brand would wrongly catch in a Chinese company or project name.
DENY = {"苹果", "甲骨文", "百事", "迪尔", "通用", "联合", "国际", "美国", "英国", "日本", "德国", "法国", "中国",
        "银行", "保险", "能源", "电力", "石油", "汽车", "电信", "钢铁", "化学", "制药", "食品", "零售", "物流",
        "大众", "信诺", "万喜", "意昂", "通用动力", "好事达",
        # Reviewed by hand on 2026-12-05: ordinary words or names common in Chinese firms (大陆 =
        # mainland, 电装 = electrical installation, 运通/永旺/大都会 in shop and firm names), a brand
        # another group controls in China (家乐福: 苏宁), or descriptions rather than brands.
        "大陆", "电装", "永旺", "阿美", "家乐福", "托克", "大都会", "运通", "劳氏", "陶氏", "林德", "莱纳", "奥兰",
        "损保", "全国保险", "联邦铁路", "国营铁路", "对外银行", "外贸银行", "中央合作银行", "大众超级市场",
        "电话电报", "电报电话", "前进保险", "联合航空", "皇家银行", "联合信贷", "联合健康"}

def brand(name):
    b = name
    changed = True
    while changed:
        changed = False
        for s in SUFFIXES:
            if b.endswith(s) and len(b) > len(s):
                b = b[: -len(s)]; changed = True
    for c in COUNTRIES:
        if b.startswith(c) and len(b) > len(c) + 1:
            b = b[len(c):]
    return b

def cjk(s):
    return all("\u4e00" <= ch <= "\u9fff" for ch in s)

data = json.load(open(PATH, encoding="utf-8"))
places = set()
geo = json.load(open("Sources/Matching/Resources/geography.json", encoding="utf-8"))
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("name", "aliases", "names"):
                for x in (v if isinstance(v, list) else [v]):
                    if isinstance(x, str): places.add(x)
            walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(geo)
entries = data["enterprises"]
all_names = [(i, s) for i, e in enumerate(entries) for s in [e["name"]] + e.get("aliases", []) if isinstance(s, str)]
added = []
for i, e in enumerate(entries):
    if e.get("country") in ("CN", "HK", "TW", "MO"):
        continue
    b = brand(e["name"])
    if b == e["name"] or len(b) < 2 or not cjk(b) or b in DENY or b in places:
        continue
    if any(b == a or (b in a and a != b and len(a) < len(b) + 2) for a in e.get("aliases", [])):
        pass
    if b in e.get("aliases", []):
        continue
    others = [s for j, s in all_names if j != i and b in s]
    if others:
        continue
    e.setdefault("aliases", []).append(b)
    added.append((e.get("rank"), e["name"], b))
note = ("Brands derived on 2026-12-05 (research/fortune-global-500/merge/derive_brands.py): for foreign "
        "entries, the Chinese name without its legal suffix and leading country, so that a China entity "
        "named after the brand (壳牌（中国）有限公司) matches; ordinary words, place names and brands shared "
        "with another entry are left out.")
if note not in data["notes"]:
    data["notes"].append(note)
json.dump(data, open(PATH, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
open(PATH, "a", encoding="utf-8").write("\n")
for rank, name, b in added:
    print(rank, name, "→", b)
print(len(added), "brands added", file=sys.stderr)
