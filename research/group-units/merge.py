#!/usr/bin/env python3
"""Writes Sources/Matching/Resources/group-units.json from the compiled table (group-units.json here),
with the reviewed changes below. Run: python3 research/group-units/merge.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "Sources" / "Matching" / "Resources" / "group-units.json"

# Short names that ordinary or unrelated companies carry: the unit still matches by its full name.
RISKY_SHORT_NAMES = {
    "中国卫星", "航天科技", "天虹股份", "中国动力", "光电股份", "北方股份", "中国电力", "中国软件", "深科技",
    "中国食品", "中国医药", "中国化学", "保利联合", "白云山", "中国国贸",
}
# Units left out on review, with why.
DROPPED = {
    "招商银行股份有限公司": "招商局 is its largest shareholder but does not control it; it is a Global 500 member "
    "of its own (fortune-global-500.json) and not a central-SOE unit (central-soes.json notes).",
}

table = json.loads((HERE / "group-units.json").read_text(encoding="utf-8"))
units = []
for unit in table["units"]:
    if unit["name"] in DROPPED:
        continue
    short = [name for name in unit.get("shortNames", []) if name not in RISKY_SHORT_NAMES]
    merged = {key: value for key, value in unit.items() if key != "shortNames"}
    if short:
        merged["shortNames"] = short
    units.append(merged)
table["units"] = units
table["edition"] = "集团下属单位表 group-units (compiled 2026-12-05 from sources dated to 2026-01-31)"
table["notes"] = table.get("notes", []) + [
    "Merged by research/group-units/merge.py: short names that ordinary or unrelated companies carry are not "
    "used (" + "、".join(sorted(RISKY_SHORT_NAMES)) + "); the unit still matches by its registered name.",
    "Left out on review: " + "; ".join(f"{name}: {why}" for name, why in DROPPED.items()),
    "Matching: a unit's registered name and English name match like a group's names; its short names (证券简称) "
    "count only at the start of a company name. A unit gives its parent's class (and, through sasacName, the "
    "classes linked to that parent), with evidence naming the parent, this table's edition and the unit's source.",
]
OUT.write_text(json.dumps(table, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"{len(units)} units written to {OUT.relative_to(HERE.parents[1])}")
