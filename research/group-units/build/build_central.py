import json, re
R='/work/main/Sources/Matching/Resources/'
soes=json.load(open(R+'central-soes.json'))['enterprises']
soe_names={e['name'] for e in soes}
d=json.load(open('../raw/tushare-stock_basic-68e7b6a.json'))
f=d['data']['fields']; ts={r['symbol']:r for r in (dict(zip(f,x)) for x in d['data']['items'])}
rows=json.load(open('laosheng-rows.json'))
LAO='DiamonWoo/Laosheng.top@b2a573dd919b18e66d5fe015d671dd0f6dfb4498:fuwu/yangqi.md (section 国资委央企发行股票, line %d)'
TUS='xiaopengqiu/stock-agent@68e7b6a68c4d8a3583920f8b98cf8e6160987868:build/stock_basic.json (Tushare stock_basic dump: fullname, act_name, act_ent_type)'
def norm(s): return s.replace('(','（').replace(')','）')
gmap={}
for r in rows:
    g=r['group']
    if not g: continue
    n=norm(g.split('／')[0])
    if n in soe_names: gmap[r['gid']]=n
gmap['92']='中国电子科技集团有限公司'   # 华录 merged into 中国电科 2023-11 (Laosheng 改革近况)
gmap['56']='中国诚通控股集团有限公司'
print('unmapped', sorted({r['group'] for r in rows if r['group'] and r['gid'] not in gmap}))
CHANGAN={'000625','600178','600698','01292'}
DISPUTED_TUSHARE=set()   # filled below
EXCLUDE_MANUAL={'601127':'赛力斯: listed under 东风 by Laosheng, but the name carries no 东风 mark and no second source confirms control by 东风; left out',
                '600023':'浙能电力 (浙江浙能电力): listed under 华能 by Laosheng; its own name names 浙能 (浙江省能源集团) and no second source confirms 华能 control; left out',
                '600720':'中交设计 (formerly 祁连山): Laosheng lists 祁连山 under 中国建材, Tushare 2025-06 shows it renamed 中交设计咨询集团 (act_name 国务院国资委) — moved to 中国交建 per its name; not attributed here (name already carries 中交)'}
KEEP_DESPITE={'000400'}
def code_fmt(c):
    if len(c)==6: return c+('.SH' if c[0] in '69' else ('.BJ' if c[0] in '48' else '.SZ'))
    if len(c)==5: return c+'.HK'
    return c
units={}; excluded=[]
for r in rows:
    if not r['code'] or not r['full']: continue
    gid=r['gid']; parent=gmap.get(gid)
    if gid=='56' and r['code'] in ('600787','603128','002205'): continue   # also listed under 中国物流集团 (96), formed 2021; use 96
    if gid=='85': continue
    if parent is None: continue
    c=r['code']; t=ts.get(c) if len(c)==6 else None
    if c in EXCLUDE_MANUAL: excluded.append((r['short'],c,parent,EXCLUDE_MANUAL[c])); continue
    if t and t['act_ent_type'] not in (None,'中央国企') and c not in KEEP_DESPITE:
        excluded.append((r['short'],c,parent,'Tushare 2025-06 act_name %s (%s) disagrees with Laosheng (%s)'%(t['act_name'],t['act_ent_type'],parent))); continue
    note=[]
    name=r['full']
    if t and t['fullname'] and norm(t['fullname'])!=norm(r['full']):
        name=t['fullname']; note.append('formerly %s (%s); current name from Tushare 2025-06'%(r['full'],r['short']))
    if c in CHANGAN or (r['full'] in ('重庆长安汽车股份有限公司',)):
        parent='中国长安汽车集团有限公司'
        note.append('Laosheng lists it under 中国兵器装备集团 (gid 7); 中国长安汽车集团 was split off from 兵器装备 on 2025-07-29 taking the automotive, parts, sales, finance/logistics and motorcycle businesses (Xinhua via 桂林日报 2025-07-30; Laosheng 改革近况 line 22 and line 335 "长安汽车集团 5家上市：长安汽车、江铃汽车……"); assigned to the new group by business scope, follow the newest')
    if c=='000400':
        note.append('Tushare 2025-06 still shows act_name 许昌市人民政府 (stale); 许继 moved to 中国电气装备 at its founding in 2021 (Laosheng lists it there)')
    if gid=='92':
        note.append('Laosheng lists it under 中国华录集团, which merged into 中国电子科技集团 in 2023-11 (Laosheng 改革近况)')
    key=norm(name)
    u=units.get(key)
    shorts=[r['short']] + ([t['name']] if t else [])
    if u is None:
        u=units[key]=dict(name=name, shortNames=[], english=(t or {}).get('enname') or '', stockCodes=[], parent=parent, parentList='central-soes',
                          relation='', kind='listed', source='', asOf='', note='; '.join(note), _lines=[], _ts=None)
    for s in shorts:
        s=re.sub(r'[Ａ]$|A$','',s.replace(' ','')).strip()
        if s.startswith(('xST','ST','*ST')): continue
        if s and s not in u['shortNames']: u['shortNames'].append(s)
    cf=code_fmt(c)
    if cf not in u['stockCodes']: u['stockCodes'].append(cf)
    u['_lines'].append(r['line'])
    if t and t['act_ent_type']=='中央国企': u['_ts']=t['act_name']
    u['_tsany']=u.get('_tsany') or bool(t and t['act_name'])
out=[]
for u in units.values():
    src=[LAO%u['_lines'][0]]
    rel='Laosheng 央企股票全家福 lists it among the listed companies of %s'%u['parent']
    if u['parent']=='中国长安汽车集团有限公司': rel='Laosheng 央企股票全家福 lists it under 中国兵器装备集团, whose automotive business became 中国长安汽车集团 on 2025-07-29'
    asof='2023-02-28'
    if u['_ts']:
        rel+='; Tushare stock_basic (2025-06) gives 实际控制人 %s (中央国企)'%u['_ts']
        src.append(TUS)
        if u['_ts']==u['parent']: asof='2025-06-18'
    elif any(c.endswith(('.SH','.SZ')) for c in u['stockCodes']):
        src.append(TUS+(' (name only; act_name empty)' if not u['_tsany'] else ' (act_name disagrees, see note)'))
    u['relation']=rel; u['source']=' + '.join(src); u['asOf']=asof
    if u['parent']=='中国长安汽车集团有限公司': u['asOf']='2025-07-29'
    del u['_lines']; del u['_ts']; del u['_tsany']
    if not u['english']: del u['english']
    if not u['note']: del u['note']
    out.append(u)
json.dump(dict(units=out, excluded=excluded), open('central-units.json','w'), ensure_ascii=False, indent=1)
print(len(out), 'units;', len(excluded), 'excluded')
for e in excluded: print(' X', e)
