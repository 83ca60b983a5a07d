#!/usr/bin/env python3
"""Draw the listed-company measurement sample by the rule in RULE.md.

Reads only the saved population files under population/ and writes sample.jsonl.
Deterministic: re-running gives the same sample.
"""
import csv
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
A_FILE = os.path.join(HERE, "population", "a-share-stock_basic.csv")
HK_FILE = os.path.join(HERE, "population", "hkex-ListOfSecurities-2025-07-11.xlsx")
A_SHA256 = "f60b26cec13809eb69f5a9230e1196631ef86af3b6eb84cd1eda526e4f37cb08"
HK_SHA256 = "a35bf571a4fe1d3048d2edf92b218e807beccd6e66b7623378e274d8003ba488"
A_SEED, A_N = 20261205, 300
HK_SEED, HK_N = 20261206, 60


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def a_population():
    rows = {}
    with open(A_FILE, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["上市状态"] != "L" or r["交易所代码"] not in ("SSE", "SZSE", "BSE"):
                continue
            rows[r["股票代码"]] = r
    return rows


def hk_population():
    import openpyxl  # only needed for the HK stratum

    wb = openpyxl.load_workbook(HK_FILE)
    ws = wb.active
    rows = {}
    for r in list(ws.iter_rows(values_only=True))[3:]:
        code, name, cat, sub = r[0], r[1], r[2], r[3]
        cur = r[20]
        if cat != "Equity" or sub != "Equity Securities (Main Board)":
            continue
        if cur != "HKD":  # drops the RMB dual counters and the USD preference shares
            continue
        if int(code) >= 10000:
            continue
        rows[code] = {"code": code, "name": name}
    return rows


def main():
    assert sha256(A_FILE) == A_SHA256, "A-share population file changed"
    assert sha256(HK_FILE) == HK_SHA256, "HKEX population file changed"
    a = a_population()
    hk = hk_population()
    a_pick = random.Random(A_SEED).sample(sorted(a), A_N)
    hk_pick = random.Random(HK_SEED).sample(sorted(hk), HK_N)
    out = []
    for i, code in enumerate(a_pick, 1):
        r = a[code]
        out.append({
            "sampleId": "A%03d" % i,
            "code": code,
            "exchange": r["交易所代码"],
            "shortName": r["股票名称"],
            "fullName": r["公司全称"] or None,
        })
    for i, code in enumerate(hk_pick, 1):
        r = hk[code]
        out.append({
            "sampleId": "H%03d" % i,
            "code": code + ".HK",
            "exchange": "HKEX",
            "shortName": r["name"],
            "fullName": None,
        })
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("A-share population %d, sampled %d; HKEX population %d, sampled %d"
          % (len(a), len(a_pick), len(hk), len(hk_pick)))


if __name__ == "__main__":
    main()
