import json
d=json.load(open('../raw/tushare-stock_basic-68e7b6a.json'))
f=d['data']['fields']; ts={r['symbol']:r for r in (dict(zip(f,x)) for x in d['data']['items'])}
d0=json.load(open('../raw/tushare-stock_basic-b19c382.json'))
f0=[x.lower() for x in d0['data']['fields']]; ts0={r['symbol']:r for r in (dict(zip(f0,x)) for x in d0['data']['items'])}
rows=json.load(open('laosheng-rows.json'))
for r in rows:
    if not r['code'] or len(r['code'])!=6: continue
    t=ts.get(r['code']); t0=ts0.get(r['code'])
    if not t: print('NOT IN TUSHARE', r['gid'], r['short'], r['code']); continue
    if t['act_ent_type'] not in (None,'中央国企') or (t0 and t0['act_ent_type'] not in (None,'中央国企')):
        print('DISAGREE', r['gid'], r['group'], r['short'], r['code'], t['act_name'], t['act_ent_type'], '| old:', t0 and t0['act_name'], t0 and t0['act_ent_type'])
    if t['fullname']!=r['full']: print('NAME', r['code'], r['full'], '->', t['fullname'], t['name'])
