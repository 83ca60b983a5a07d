#!/usr/bin/env python3
"""Validate research/group-units/group-units.json and print counts per parentList and kind."""
import json, re, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', '..', 'Sources', 'Matching', 'Resources')
doc = json.load(open(os.path.join(HERE, 'group-units.json')))
lists = {k: {e['name'] for e in json.load(open(os.path.join(RES, k + '.json')))['enterprises']}
         for k in ('central-soes', 'fortune-global-500', 'hong-kong-groups')}
errors = []
for k in ('edition', 'source', 'compiledOn', 'notes', 'units'):
    if k not in doc: errors.append('top-level key missing: ' + k)
KINDS = {'listed', 'second-tier', 'mainland-arm'}
ALLOWED = {'name', 'shortNames', 'english', 'stockCodes', 'parent', 'parentList', 'relation', 'kind', 'source', 'asOf', 'note'}
names = Counter()
for i, u in enumerate(doc.get('units', [])):
    tag = '#%d %s' % (i, u.get('name'))
    for k in ('name', 'parent', 'parentList', 'relation', 'kind', 'source', 'asOf'):
        if not isinstance(u.get(k), str) or not u.get(k).strip(): errors.append(tag + ': missing ' + k)
    extra = set(u) - ALLOWED
    if extra: errors.append(tag + ': unknown keys ' + ','.join(sorted(extra)))
    if u.get('parentList') not in lists: errors.append(tag + ': bad parentList ' + str(u.get('parentList')))
    elif u.get('parent') not in lists[u['parentList']]: errors.append(tag + ': parent not in ' + u['parentList'] + ': ' + str(u.get('parent')))
    if u.get('kind') not in KINDS: errors.append(tag + ': bad kind ' + str(u.get('kind')))
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', u.get('asOf') or ''): errors.append(tag + ': asOf not YYYY-MM-DD')
    if not isinstance(u.get('shortNames', []), list): errors.append(tag + ': shortNames not a list')
    for s in u.get('shortNames', []):
        if len(re.findall(r'[\u4e00-\u9fff]', s)) < 3 and s not in (u.get('note') or ''):
            errors.append(tag + ': short name shorter than 3 Chinese characters without a note: ' + s)
    for c in u.get('stockCodes', []):
        if not re.fullmatch(r'\d{6}\.(SH|SZ|BJ)|\d{5}\.HK', c): errors.append(tag + ': odd stock code ' + c)
    if u.get('kind') == 'listed' and not u.get('stockCodes'): errors.append(tag + ': listed without stockCodes')
    names[u.get('name')] += 1
for n, c in names.items():
    if c > 1: errors.append('duplicate name: %s (%d)' % (n, c))
codes = Counter(c for u in doc.get('units', []) for c in u.get('stockCodes', []))
for c, n in codes.items():
    if n > 1: errors.append('stock code on several units: ' + c)
cnt = Counter((u.get('parentList'), u.get('kind')) for u in doc.get('units', []))
print('units:', len(doc.get('units', [])))
for (pl, k), n in sorted(cnt.items()): print('  %-20s %-13s %d' % (pl, k, n))
print('parents covered:', {pl: len({u['parent'] for u in doc['units'] if u['parentList'] == pl}) for pl in lists})
if errors:
    print('%d problem(s):' % len(errors)); [print('  ' + e) for e in errors]; sys.exit(1)
print('OK')
