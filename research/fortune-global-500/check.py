#!/usr/bin/env python3
"""Sanity checks for the staged Fortune Global 500 files.
Usage: python3 check.py [file ...]   (default: the 2025 file, plus the 2026 file if present)"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = '/work/main/Sources/Matching/Resources/fortune-global-500.json'
FALLBACK_CODES = {'smart-manufacturing','modern-commerce','next-gen-it','dual-carbon','food-manufacturing','culture-tourism'}

def project_codes():
    try:
        d = json.load(open(PROJECT, encoding='utf-8'))
        return {c for e in d['enterprises'] for c in e.get('industries', [])}
    except Exception:
        return FALLBACK_CODES

def check(path, codes):
    d = json.load(open(path, encoding='utf-8'))
    for k in ('edition', 'published', 'sources', 'compiledOn', 'entries'):
        assert k in d, f'{path}: missing top-level key {k}'
    E = d['entries']
    ranks = [e['rank'] for e in E]
    assert all(isinstance(r, int) and 1 <= r <= 500 for r in ranks), 'rank outside 1..500'
    assert len(ranks) == len(set(ranks)), 'duplicate ranks: ' + str(sorted({r for r in ranks if ranks.count(r) > 1}))
    assert ranks == sorted(ranks), 'entries not sorted by rank'
    src_ids = {s['id'] for s in d['sources']}
    for e in E:
        assert e.get('source'), f"rank {e['rank']}: no source"
        assert e.get('english'), f"rank {e['rank']}: no english name"
        assert e.get('confidence') in ('verified', 'unverified'), f"rank {e['rank']}: bad confidence"
        if e['confidence'] == 'unverified' and d['published'].startswith('2025'):
            assert e.get('disagreement'), f"rank {e['rank']}: unverified without a disagreement note"
        assert set(e.get('industries', [])) <= codes, f"rank {e['rank']}: unknown industry code {e.get('industries')}"
        c = e.get('country')
        assert c is None or (len(c) == 2 and c.isupper()), f"rank {e['rank']}: bad country {c}"
        for a in e.get('aliases', []):
            assert a.get('alias') and a.get('source') in src_ids, f"rank {e['rank']}: alias without known source {a}"
        for f, s in (e.get('fieldSources') or {}).items():
            if isinstance(s, dict):
                assert s.get('id') in src_ids, f"rank {e['rank']}: field {f} cites unknown source {s}"
        for s in e.get('rankCorroboratedBy', []):
            assert s.get('id') in src_ids, f"rank {e['rank']}: unknown corroborating source"
    missing = sorted(set(range(1, 501)) - set(ranks))
    n = len(E)
    ver = sum(e['confidence'] == 'verified' for e in E)
    cnt = lambda f: sum(1 for e in E if e.get(f) not in (None, [], ''))
    print(f'== {os.path.basename(path)}  ({d["edition"]})')
    print(f'entries {n}  verified {ver}  unverified {n - ver}  missing ranks {len(missing)} {missing[:20]}')
    print(f'independently corroborated ranks {sum(1 for e in E if e.get("rankCorroboratedBy"))}')
    print(f'with chinese {cnt("chinese")}  country {cnt("country")}  headquarters {cnt("headquarters")}  '
          f'fortuneIndustry {cnt("fortuneIndustry")}  project industries {cnt("industries")}  revenue {cnt("revenueMillionsUSD")}')
    print(f'entries with disagreement notes {sum(1 for e in E if e.get("disagreement"))}')
    by = {}
    for e in E: by[e.get('country')] = by.get(e.get('country'), 0) + 1
    print('by country', dict(sorted(by.items(), key=lambda x: -x[1])))
    return n, missing

if __name__ == '__main__':
    files = sys.argv[1:] or [p for p in (os.path.join(HERE, 'fortune-global-500-2025.json'),
                                         os.path.join(HERE, 'fortune-global-500-2026.json')) if os.path.exists(p)]
    codes = project_codes()
    for p in files:
        check(p, codes)
    print('OK')
