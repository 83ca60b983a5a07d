#!/usr/bin/env python3
"""Second pass (2026-12-05): more Fortune Global 500 (non-SASAC) and Hong Kong group units.
Runs after build_final.py, on ../group-units.json; idempotent (replaces units of the same name).
Run from build/: python3 add_units_2.py && cd .. && python3 check.py"""
import json, re
R = '/work/main/Sources/Matching/Resources/'
L = {k: json.load(open(R + k + '.json'))['enterprises'] for k in ['central-soes', 'fortune-global-500', 'hong-kong-groups']}
doc = json.load(open('../group-units.json'))
TUS = ('xiaopengqiu/stock-agent@68e7b6a68c4d8a3583920f8b98cf8e6160987868:build/stock_basic.json '
       '(Tushare stock_basic dump, fields fullname/act_name/act_ent_type)')


def u(name, shorts, codes, parent, rel, src, asof, note=None, pl='fortune-global-500', kind='listed'):
    x = dict(name=name, shortNames=shorts, stockCodes=codes, parent=parent, parentList=pl, relation=rel,
             kind=kind, source=src, asOf=asof)
    if note:
        x['note'] = note
    return x


def tsu(name, shorts, codes, parent, act, typ, pl='fortune-global-500', note=None):
    return u(name, shorts, codes, parent, 'Tushare stock_basic (2025-06 snapshot) gives 实际控制人 (act_name) %s (%s)' % (act, typ),
             TUS, '2025-06-18', note=note, pl=pl)


NEW = [
    # --- Tushare act_name names the group itself (missed in the first pass) ---
    tsu('深圳英飞拓科技股份有限公司', ['英飞拓'], ['002528.SZ'], '深圳市投资控股有限公司', '深圳市投资控股有限公司', '地方国企',
        note='证券简称 in the dump is ST英飞拓; the short name is given without the ST prefix'),
    tsu('深圳市水务规划设计院股份有限公司', ['深水规院'], ['301038.SZ'], '深圳市投资控股有限公司', '深圳市投资控股有限公司', '地方国企'),
    tsu('国义招标股份有限公司', ['国义招标'], ['831039.BJ'], '广东省广新控股集团有限公司', '广东省广新控股集团有限公司', '地方国企'),
    tsu('中国国际贸易中心股份有限公司', ['中国国贸'], ['600007.SH'], '香格里拉（亚洲）有限公司', '香格里拉(亚洲)有限公司', '外资企业',
        pl='hong-kong-groups',
        note='a listed mainland company, so kind listed rather than mainland-arm; the dump gives only the ultimate controller, '
             'no holding percentage; short name 中国国贸 is close to generic (国贸 appears in 厦门国贸 and many trade-centre names), match on the full name'),
    # --- companies' own filings and press reports (pages corpus) ---
    u('陕西煤业股份有限公司', ['陕西煤业'], ['601225.SH'], '陕西煤业化工集团有限责任公司',
      '控股股东 陕煤化集团 raised its holding from 63.13% to 63.23% on the fourth trading day after listing (press report)',
      'http://www.cable51.com/news/show.php?itemid=9078', '2014-02-07',
      note='old source (2014); no newer statement found; Tushare 2025-06 act_name empty; 陕煤化集团 is the former short name of 陕西煤业化工集团'),
    u('铜陵有色金属集团股份有限公司', ['铜陵有色'], ['000630.SZ'], '铜陵有色金属集团控股有限公司',
      '"公司控股股东铜陵有色金属集团控股有限公司" (announcement 2025-036 on 有色财务公司)',
      'https://www.9fzt.com/detail/sz_000630_9_c0d26cdce67945f389ddb365d73b3544.html', '2025-03-05',
      note='announcement date not in the excerpt; it cites the 2025-03 government work report, so asOf is the earliest possible date; '
           'name differs from the parent only in 股份/控股'),
    u('福建龙净环保股份有限公司', ['龙净环保'], ['600388.SH'], '紫金矿业集团股份有限公司',
      '紫金矿业 and its subsidiaries held 15.72% and, with voting rights entrusted by 龙净实业 and 阳光泓瑞, controlled 25.63% of the votes; '
      '紫金矿业 became 控股股东 in 2022-05 (紫金矿业 announcement 临2022-034 on taking control)',
      'https://news.solarbe.com/202307/21/370007.html; https://q.stock.sohu.com/cn,gg,601899,8655734906.shtml', '2023-06-30',
      note='Tushare 2025-06 act_name 闽西兴杭国有资产投资经营有限公司 (not compared with 紫金矿业 here)'),
    u('深圳市科陆电子科技股份有限公司', ['科陆电子'], ['002121.SZ'], '美的集团股份有限公司',
      '"本次发行后，美的集团成为公司控股股东，何享健先生成为公司实际控制人" (上市公告书 of the 2022 placement, new shares listed 2023-06-02); '
      '美的 said it would hold 22.79%',
      'http://stock.stockstar.com/notice/SN2023053000029479.shtml; http://ddx.gubit.cn/fenxi/002121/202305311338.html', '2023-06-02',
      note='Tushare 2025-06 act_name still 深圳市资本运营集团有限公司, the controller before this placement (stale, like 许继电气)'),
    u('四川成渝高速公路股份有限公司', ['四川成渝'], ['601107.SH', '00107.HK'], '蜀道投资集团有限责任公司',
      '蜀道集团 "拥有…四川路桥、四川成渝、蜀道装备3家上市公司" (科创板日报, 2023-09-09)',
      'http://shantou.gqsoso.com/shantou/20230909/1365220.html', '2023-09-09',
      note='Tushare 2025-06 act_name 四川省国资委 is consistent; H code from the company\'s 2025-07-22 HKEX overseas regulatory announcement '
           '(http://wp.juanha.com/2025/07/22/11764235)'),
    u('四川蜀道装备科技股份有限公司', ['蜀道装备'], ['300540.SZ'], '蜀道投资集团有限责任公司',
      '"蜀道产融管理公司、蜀道股权基金公司与公司均为蜀道投资集团有限责任公司控制的主体" (announcement 2025-052)',
      'https://www.aijingu.com/notices/300540/AN202512011792004563.html', '2025-12-01',
      note='Tushare 2025-06 act_name 四川省国资委 is consistent'),
    u('山东宏创铝业控股股份有限公司', ['宏创控股'], ['002379.SZ'], '山东魏桥创业集团有限公司',
      '"作为铝业龙头魏桥集团旗下的A股上市公司"; after the 宏拓实业 deal 魏桥铝电 and 山东宏桥 hold 88.99%, 实际控制人 张波、张红霞、张艳红',
      'https://www.hstong.com/news/detail/25120221522233585; http://www.zibojinjiu.com/dianziyouyi/36985.html (上证报, new shares listed 2026-01-13)',
      '2026-01-13',
      note='Tushare 2025-06 act_name 张波 is consistent'),
    u('浙江物产环保能源股份有限公司', ['物产环能'], ['603071.SH'], '物产中大集团股份有限公司',
      '物产中大 held 70.00% directly and was 控股股东 (spin-off announcement, 2020-06-30); 物产中大 announcement 2025-047 calls it '
      '"控股子公司浙江物产环保能源股份有限公司"',
      'http://shhai01.com/html/2020/07/114396.html (上海证券报); http://stock.stockstar.com/notice/SN2025071600031843.shtml', '2025-07-16'),
    u('杭州钢铁股份有限公司', ['杭钢股份'], ['600126.SH'], '杭州钢铁集团有限公司',
      '杭钢集团 "控股上市公司2家，分别为杭钢股份(600126)和菲达环保(600526)" (group profile, figures to end-2023)',
      'http://m.imnuart.cn/jx//gywm/gsjj.html', '2023-12-31',
      note='the profile is a copy of 杭钢集团\'s own 公司简介 on an unrelated domain; Tushare 2025-06 act_name empty'),
    u('浙江菲达环保科技股份有限公司', ['菲达环保'], ['600526.SH'], '杭州钢铁集团有限公司',
      '杭钢集团 "控股上市公司2家，分别为杭钢股份(600126)和菲达环保(600526)" (group profile, figures to end-2023)',
      'http://m.imnuart.cn/jx//gywm/gsjj.html + ' + TUS + ' (fullname)', '2023-12-31',
      note='full name from Tushare (the profile gives only the short name and code); Tushare 2025-06 act_name empty'),
    u('浙江沪杭甬高速公路股份有限公司', ['浙江沪杭甬'], ['00576.HK'], '浙江省交通投资集团有限公司',
      '"浙江沪杭甬控股股东和实际控制人交通集团" (换股吸收合并浙江镇洋发展 报告书(草案), 2026-01)',
      'https://www.9fzt.com/detail/sh_603213_9_a5162b2745434856550ac98fd12c268a.html; https://gubaposthk.eastmoney.com/news,603213,1663133026.html',
      '2026-01-31',
      note='the merger would absorb 镇洋发展 (603213.SH, already in this table) into 浙江沪杭甬; an A-share code would follow'),
    u('阿里健康信息技术有限公司', ['阿里健康'], ['00241.HK'], '阿里巴巴集团控股有限公司',
      '阿里巴巴 held 57.06% through subsidiaries and remained "阿里健康最大及最终控股股东" (company announcement of 2022-05-22)',
      'https://gzdaily.dayoo.com/pc/html/2022-05/24/content_879_793002.htm (广州日报, 2022-05-24)', '2022-05-22',
      note='name as printed in the HKEX announcement header (阿里健康信息技術有限公司, traditional script converted), '
           'https://www.marketscreener.com/quote/stock/ALIBABA-HEALTH-INFORMATIO-6165753/news/Alibaba-Health-Information-Technology-RENEWAL-OF-CONTINUING-CONNECTED-TRANSACTIONS-32839988/'),
    u('万物云空间科技服务股份有限公司', ['万物云'], ['02602.HK'], '万科企业股份有限公司',
      '万科企业 and its wholly owned subsidiaries held about 62.89% of the voting rights (prospectus filed 2022-04-01, press report)',
      'http://www.taireedec.com/2022/0406/210900.html; https://tzdcd.com/doku.php?id=%E4%B8%87%E7%89%A9%E4%BA%91&rev=1755208940 (full name)', '2022-04-01',
      note='pre-IPO holding; the post-listing share is not in these sources'),
]

others = {}
for k, es in L.items():
    for e in es:
        for s in [e['name']] + (e.get('shortNames') or []) + [a for a in (e.get('aliases') or []) if re.search(r'[\u4e00-\u9fff]', a)]:
            others.setdefault(s, set()).add(e['name'])
for x in NEW:
    assert x['parent'] in {e['name'] for e in L[x['parentList']]}, x['parent']
    risky = []
    for s in x['shortNames']:
        hits = {n for o, ns in others.items() if (s == o or (len(s) >= 3 and s in o)) for n in ns} - {x['parent']}
        if hits:
            risky.append('%s (also in %s)' % (s, '/'.join(sorted(hits))[:60]))
    if risky:
        x['note'] = ((x['note'] + '; ') if x.get('note') else '') + 'risky short names: ' + ', '.join(risky)

order = ['name', 'shortNames', 'english', 'stockCodes', 'parent', 'parentList', 'relation', 'kind', 'source', 'asOf', 'note']
names = {x['name'] for x in NEW}
units = [x for x in doc['units'] if x['name'] not in names] + [{k: x[k] for k in order if k in x} for x in NEW]
doc['units'] = units
doc['edition'] = ('Units of the central SOEs, the Chinese Fortune Global 500 groups and the Hong Kong groups, as of 2026-01-31 '
                  '(latest source; most central-SOE rows rest on a list compiled 2023-02 and revised to 2025-07)')
SRC2 = (' Second pass (build/add_units_2.py): more Global 500 units from the same Tushare dump (act_name = the group) and from '
        'filings and press reports in the pages corpus (9fzt, stockstar, aijingu, sohu, solarbe, hstong, gzdaily and others), '
        'dated 2014-02 to 2026-01; one Hong Kong group unit (中国国贸 under 香格里拉) from the Tushare dump.')
if 'Second pass' not in doc['source']:
    doc['source'] += SRC2
N2 = ('Second pass: Global 500 units whose names hide the group (陕西煤业, 铜陵有色, 龙净环保, 科陆电子, 四川成渝, 蜀道装备, 宏创控股, '
      '物产环能, 杭钢股份, 菲达环保, 浙江沪杭甬, 阿里健康, 万物云, 英飞拓, 深水规院, 国义招标); several sources are old (陕西煤业 2014, '
      '阿里健康 and 万物云 2022): see each unit\'s asOf and note.')
doc['notes'] = [n for n in doc['notes'] if not n.startswith('Second pass')] + [N2]
doc['notes'] = [n.replace('most provincial-SOE and private Fortune Global 500 groups\' listed companies',
                          'many provincial-SOE and private Fortune Global 500 groups\' listed companies') for n in doc['notes']]
json.dump(doc, open('../group-units.json', 'w'), ensure_ascii=False, indent=1)
print(len(units), 'units;', len(NEW), 'added or replaced')
