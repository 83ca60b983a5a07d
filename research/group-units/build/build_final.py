import json, re
R='/work/main/Sources/Matching/Resources/'
L={k: json.load(open(R+k+'.json'))['enterprises'] for k in ['central-soes','fortune-global-500','hong-kong-groups']}
c=json.load(open('central-units.json'))
units=c['units']
TUS='xiaopengqiu/stock-agent@68e7b6a68c4d8a3583920f8b98cf8e6160987868:build/stock_basic.json (Tushare stock_basic dump, fields fullname/act_name/act_ent_type)'
def tsu(name, shorts, codes, parent, actname, english=None, note=None):
    u=dict(name=name, shortNames=shorts, stockCodes=codes, parent=parent, parentList='fortune-global-500', kind='listed',
           relation='Tushare stock_basic (2025-06 snapshot) gives 实际控制人 (act_name) %s'%actname, source=TUS, asOf='2025-06-18')
    if english: u['english']=english
    if note: u['note']=note
    return u
g500=[
 tsu('中铁特货物流股份有限公司',['中铁特货'],['001213.SZ'],'中国国家铁路集团有限公司','中国国家铁路集团有限公司'),
 tsu('金鹰重型工程机械股份有限公司',['金鹰重工'],['301048.SZ'],'中国国家铁路集团有限公司','中国国家铁路集团有限公司'),
 tsu('中铁铁龙集装箱物流股份有限公司',['铁龙物流'],['600125.SH'],'中国国家铁路集团有限公司','中国国家铁路集团有限公司'),
 tsu('广深铁路股份有限公司',['广深铁路'],['601333.SH'],'中国国家铁路集团有限公司','中国国家铁路集团有限公司',note='H shares (00525.HK) not in this source'),
 tsu('京沪高速铁路股份有限公司',['京沪高铁'],['601816.SH'],'中国国家铁路集团有限公司','中国国家铁路集团有限公司'),
 tsu('中信金属股份有限公司',['中信金属'],['601061.SH'],'中国中信集团有限公司','中国中信集团有限公司',note='name already carries 中信'),
 tsu('中国邮政储蓄银行股份有限公司',['邮储银行'],['601658.SH'],'中国邮政集团有限公司','中国邮政集团有限公司',note='H shares 01658.HK also listed (stock-agent build/stock_base_info_hk.json lists 01658.HK 邮储银行)'),
 tsu('德邦物流股份有限公司',['德邦股份','德邦物流'],['603056.SH'],'京东集团股份有限公司','京东集团股份有限公司 (外资企业)',note='short name 德邦 alone is not used (common word in company names)'),
 tsu('浙江镇洋发展股份有限公司',['镇洋发展'],['603213.SH'],'浙江省交通投资集团有限公司','浙江省交通投资集团有限公司 (地方国企)'),
]
def pg(name, shorts, codes, parent, rel, src, asof, note=None, kind='listed'):
    u=dict(name=name, shortNames=shorts, stockCodes=codes, parent=parent, parentList='fortune-global-500', kind=kind, relation=rel, source=src, asOf=asof)
    if note: u['note']=note
    return u
g500+=[
 pg('兖矿能源集团股份有限公司',['兖矿能源'],['600188.SH','01171.HK'],'山东能源集团有限公司',
    '控股股东 山东能源集团有限公司 (2025 interim results announcement, 释义「山東能源」「控股股東」)',
    'https://stock.stockstar.com/notice/SN2025082900041312.shtml','2025-06-30'),
 pg('华域汽车系统股份有限公司',['华域汽车'],['600741.SH'],'上海汽车集团股份有限公司',
    '控股股东 上海汽车集团股份有限公司 (announcement 临2025-022 on the 联创汽车电子 purchase calls 上海汽车集团 the company\'s 控股股东)',
    'http://stock.stockstar.com/notice/SN2025082700035327.shtml; https://cfi.cn/p20250828001703.html','2025-08-27',
    note='Tushare 2025-06 act_name 上海市国资委 (the ultimate controller of 上汽) is consistent'),
 pg('广州白云山医药集团股份有限公司',['白云山'],['600332.SH','00874.HK'],'广州医药集团有限公司',
    '控股股东 广州医药集团有限公司 (广药集团) (announcement 2025-092 of 2025-12-23)',
    'http://epaper.zqrb.cn/html/2025-12/23/content_1207603.htm?div=-1','2025-12-23',
    note='short name 白云山 is also a place name (广州白云山); match only with company-name context; H code 0874 from https://q.stock.sohu.com/cn,gg,600332,1974712605.shtml (2014 annual report summary)'),
 pg('藏格矿业股份有限公司',['藏格矿业'],['000408.SZ'],'紫金矿业集团股份有限公司',
    '紫金国际控股 (wholly owned by 紫金矿业) agreed on 2025-01-16 to buy 24.82% and, with existing 0.18%, take 25% and control (紫金矿业 announcement 临2025-012)',
    'https://aijingu.com/notices/601899/AN202501161641957367.html; https://q.stock.sohu.com/cn/gg/2025/000408/60989922.shtml','2025-01-17',
    note='control transfer announced 2025-01; completion not confirmed in these sources; Tushare 2025-06 act_name empty'),
 pg('四川路桥建设集团股份有限公司',['四川路桥'],['600039.SH'],'蜀道投资集团有限责任公司',
    '"四川路桥建设集团股份有限公司是蜀道投资集团有限责任公司控股子企业" (company profile page)',
    'http://www.dyganglong.com/srbc_about/175.html + '+TUS+' (act_name 四川省国资委)','2025-06-18',
    note='profile page is undated; the asOf is the Tushare snapshot that agrees on the ultimate controller (四川省国资委)'),
 pg('四川宏达股份有限公司',['宏达股份'],['600331.SH'],'蜀道投资集团有限责任公司',
    '蜀道集团 directly and through 宏达实业 held 26.39%, rising to 31.31% with concert parties (要约收购报告书摘要, 2024-10)',
    'https://q.stock.sohu.com/cn/gg/2024/600331/59980195.shtml','2024-10-31',
    note='the source calls 蜀道 收购人 and counts its holding with concert parties; 控股股东 status is inferred from that holding, check before relying on it'),
]
HKS=[dict(name='广东太古可口可乐有限公司', shortNames=['广东太古可口可乐'], parent='太古股份有限公司', parentList='hong-kong-groups', kind='mainland-arm',
      relation='a 太古可口可乐 bottling company; 太古股份 2024 results coverage names 广东太古可口可乐有限公司 as the investor in the Guangzhou plant',
      source='http://bmw924.com/detail/1741882073168082.html (新京报, on 太古股份 2024 annual results, 2025-03-13)', asOf='2024-12-31',
      note='registered name as printed in the article (traditional script converted); ownership share not given')]
allu=units+g500+HKS
# short-name risk notes
others={}
for k,es in L.items():
    for e in es:
        for s in [e['name']]+(e.get('shortNames') or [])+[a for a in (e.get('aliases') or []) if re.search(r'[\u4e00-\u9fff]',a)]:
            others.setdefault(s,set()).add(e['name'])
GENERIC={'中国医药','中国食品','中国电力','中国动力','光电股份','北方股份','深科技','中国化学','中国软件','中国卫星','太阳能','天虹股份','保利联合'}
for u in allu:
    risky=[]
    for s in list(u['shortNames']):
        hits={n for o,ns in others.items() if (s==o or (len(s)>=3 and s in o)) for n in ns} - {u['parent']}
        if s in GENERIC: risky.append('%s (generic)'%s)
        elif hits: risky.append('%s (also in %s)'%(s,'/'.join(sorted(hits))[:60]))
        if len(re.findall(r'[\u4e00-\u9fff]',s))<3: risky.append('%s (<3 characters)'%s)
    if risky:
        u['note']=((u.get('note')+'; ') if u.get('note') else '')+'risky short names: '+', '.join(risky)
    u.setdefault('english',None)
    if u['english'] is None: del u['english']
order=['name','shortNames','english','stockCodes','parent','parentList','relation','kind','source','asOf','note']
allu=[{k:u[k] for k in order if k in u} for u in allu]
doc={
 "edition":"Units of the central SOEs, the Chinese Fortune Global 500 groups and the Hong Kong groups, as of 2025-12-23 (latest source; most central-SOE rows rest on a list compiled 2023-02 and revised to 2025-07)",
 "source":"Central SOEs: DiamonWoo/Laosheng.top fuwu/yangqi.md 央企股票全家福 (commit b2a573dd, 2026-01-09; list of 国资委央企 listed companies compiled 2023-02, revised to 2025-07), cross-checked against a Tushare stock_basic dump (xiaopengqiu/stock-agent build/stock_basic.json, commit 68e7b6a6, 2025-06-18: fullname, 实际控制人 act_name/act_ent_type); the 2025-07-29 中国长安汽车集团 split from Xinhua (桂林日报 2025-07-30). Fortune Global 500 groups: Tushare act_name where it names the group, and listed companies' own announcements found in the pages corpus (stockstar, sohu, zqrb, aijingu). Hong Kong groups: press coverage.",
 "compiledOn":"2026-12-05",
 "notes":[
  "Central-SOE rows: every listed company that Laosheng's page puts under one of the 99 groups, A and H lines merged by full name; the name is Tushare's 2025-06 fullname where the company was renamed (former name in note).",
  "Rows where Tushare's 2025-06 实际控制人 is a local government, a private person or '无实际控制人' were left out (listed in REPORT.md), except 许继电气 (Tushare still shows its pre-2021 controller).",
  "asOf 2023-02-28 = Laosheng's list date (its rows are not dated individually); asOf 2025-06-18 = Tushare names the parent group itself as 实际控制人.",
  "Moved to the newest owner: 长安汽车/东安动力/湖南天雁/长安民生物流 to 中国长安汽车集团 (2025-07-29); 易华录 to 中国电科 (华录 merged 2023-11); 中储股份/华贸物流/国统股份 to 中国物流集团 (Laosheng lists them under both 中国诚通 and 中国物流集团).",
  "Match a unit by its full registered name; short names are 证券简称 and may be shared with ordinary words or other firms: every short name found inside another list entry's name, short names or aliases, or judged generic, is flagged in the entry's note.",
  "Not covered: unlisted second-tier units (priority 4), most provincial-SOE and private Fortune Global 500 groups' listed companies, and most Hong Kong groups' mainland arms; see REPORT.md."
 ],
 "units":allu}
json.dump(doc, open('../group-units.json','w'), ensure_ascii=False, indent=1)
print(len(allu))
