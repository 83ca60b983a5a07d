#!/usr/bin/env python3
"""Builds fortune-global-500-2025.json and fortune-global-500-2026.json from the raw
source copies in ../raw (see REPORT.md for provenance). Deterministic; no network."""
import json, re, csv, sys
from load import *

OUT='/work/staging/fg500/'
# ---------------------------------------------------------------- sources
SRC = {
 'ollytracker': {"id":"ollytracker","kind":"github","repo":"wikidfranchise/ollytracker","path":"fortune500_raw.txt",
   "commit":"f0f96062fc8eb37d8c495cc9b60b13b6e25b3bdc",
   "what":"Plain list of the 500 company names of the 2025 Fortune Global 500 in rank order (header 'Name', one name per line, no ranks/figures). Rank = line position. Accented letters are damaged (U+FFFD) in 7 names.",
   "localCopy":"raw/ollytracker_fortune500_raw.txt"},
 'leon_raw': {"id":"leon_raw","kind":"github","repo":"leon7786/20260828-global500","path":"companies_raw.json",
   "commit":"1390426b9ec11f13a6f6bc88d14bab932129fa8a",
   "what":"2026 Fortune Global 500 as rank + Chinese name (财富中文网 form, English part stripped) + revenue (US$ m), 500 rows.",
   "localCopy":"raw/leon7786_companies_raw_2026.tsv"},
 'leon_md': {"id":"leon_md","kind":"github","repo":"leon7786/20260828-global500","path":"list.md",
   "commit":"1390426b9ec11f13a6f6bc88d14bab932129fa8a",
   "what":"Same 2026 list enriched by the repo author with English legal names, country and HQ city (not Fortune's own fields; contains errors, e.g. Airbus under France). Used only for name bridging, and as a flagged fallback for country/HQ.",
   "localCopy":"raw/leon7786_listmd_2026_en_country_hq.tsv"},
 'marta2024': {"id":"marta2024","kind":"github","repo":"MartaVeinberga/fortune-global-500-scraper","path":"fortune500_data.csv",
   "commit":"2d05bad0943b3d2dd0f136d3d918da77eff26f62","alsoSeenAt":"102a781f2bb81e0644e1b931d996b5d72db52467",
   "what":"Fortune Global 500 2022-2024 scraped from fortune.com (Company, Country, Industry, Rank, Revenue...), only the 430 companies present in all three years. Used for Fortune's Country and Industry text (2024 edition).",
   "localCopy":"raw/marta_fortune500_data_2022_2024.csv"},
 'f500us2025': {"id":"f500us2025","kind":"github","repo":"riadlem/stablemap","path":"data/fortune500Raw.ts",
   "commit":"74fdb4b18fc7deac0ffcb9aed00a61047d83659f",
   "what":"Fortune 500 (US) 2025 list: Rank, Company, Industry, City, State, rounded revenue. Used for US companies' Fortune industry text and HQ city.",
   "localCopy":"raw/stablemap_fortune500Raw_2025US.ts"},
 'g500_2024': {"id":"g500_2024","kind":"github","repo":"riadlem/stablemap","path":"data/fortuneGlobal500Raw.ts",
   "commit":"74fdb4b18fc7deac0ffcb9aed00a61047d83659f",
   "what":"Fortune Global 500 2024 export (rank, name, revenues ...). Only used for cross-checks (2024 ranks), not for 2025 fields.",
   "localCopy":"raw/stablemap_fortuneGlobal500Raw_2024.ts"},
 'newswire': {"id":"newswire","kind":"url","url":"https://www.newswire.ca/news-releases/fortune-announces-2025-fortune-global-500-list-818894498.html",
   "what":"Fortune press release 2025-07-29: top 10 in order; Amazon No.2, Apple No.8, Alphabet No.13, Microsoft No.22, Meta No.41, Nvidia No.66, Tesla No.106."},
 'mactech': {"id":"mactech","kind":"url","url":"https://www.mactech.com/2025/07/29/apple-places-eighth-on-the-2025-fortune-global-500/","what":"Apple No.8; Saudi Aramco No.4."},
 '247wallst': {"id":"247wallst","kind":"url","url":"https://247wallst.com/companies-and-brands/2025/07/29/walmart-remains-the-worlds-largest-company-barely/","what":"Walmart $681bn No.1, Amazon $638bn, UnitedHealth 7th ($400bn), Apple 8th ($381bn as printed), CVS 9th ($373bn), Berkshire 10th ($371bn)."},
 'yicai_ruyici': {"id":"yicai_ruyici","kind":"url","url":"https://ruyici.top/portal.php?aid=95709&mod=view",
   "what":"第一财经 article (copy): 130 Chinese companies (120 mainland, 4 HK, 6 TW); 国家电网 revenue 5484亿美元 (global #3); last Chinese = 中国通用技术集团 323亿美元; 京东 1610.55亿; new/returning: 山东黄金 (#465), 纬创集团, 新华人寿, 中国通用技术集团, 碧桂园; 拼多多 #266; 中国平安 #47 (1586.27亿); 华为 back in top 100, up 20 (1198.128亿); 比亚迪 up 52 into top 100; 阿里巴巴 #63 (1380.65亿); 腾讯 #116 (917.641亿)."},
 'myzaker': {"id":"myzaker","kind":"url","url":"https://app.myzaker.com/news/article.php?pk=6888a6c58e9f097321292a66",
   "what":"财富中文网-based report: 奇瑞 revenue 597亿 (from 391亿), #233; 比亚迪 #91; 吉利 up 30."},
 'warcraftmovie': {"id":"warcraftmovie","kind":"url","url":"http://warcraftmovie.cn/ckzk/show/0804286148",
   "what":"Report (traditional script): 国家电网 #3, 中国石油 #5, 中国石化 #6; REWE集团 #112 (highest first-time entrant); 山东黄金 first time; 拼多多 up 176."},
 'reportify': {"id":"reportify","kind":"url","url":"https://reportify.cn/news/1147664415613652992",
   "what":"新华财经 2025-07-29: 新希望控股集团 #426, 蜀道投资集团 #454, 通威集团 #479."},
 'wikihq2026': {"id":"wikihq2026","kind":"url","url":"https://wikihq.org/wiki/List_of_largest_companies_by_revenue",
   "what":"Wiki mirror (2026 state): Amazon #1 (716bn), Walmart #2 (713bn) 'largest company by revenue since 2026'."},
}

def sref(k, **kw):
    s = dict(SRC[k]); d = {"id": s["id"]}
    if s["kind"]=="github":
        d.update(repo=s["repo"], path=s["path"], commit=s["commit"])
    else:
        d["url"]=s["url"]
    d.update(kw); return d

# ---------------------------------------------------------------- raw inputs
names_raw = names2025()
assert len(names_raw)==500 and len(set(names_raw))==500
RESTORE = {  # U+FFFD damage in ollytracker; accented form as shown by leon_md / leon_raw (2026)
 '\ufffdlectricit\ufffd de France':'Électricité de France',
 'Nestl\ufffd':'Nestlé',
 'Cr\ufffddit Mutuel Group':'Crédit Mutuel Group',
 "L'Or\ufffdal":"L'Oréal",
 'Fomento Econ\ufffdmico Mexicano':'Fomento Económico Mexicano',
 'Caixa Econ\ufffdmica Federal':'Caixa Econômica Federal',
 'Jer\ufffdnimo Martins':'Jerónimo Martins',
}
marta_rows = marta()
marta_by = {norm(k):v for k,v in marta_rows.items()}
MARTA_ALIAS = {'Alibaba Group Holding':'Alibaba Group','Électricité de France':'Electricité de France'}
f500 = f500us()
f500_by = {norm(k):k for k in f500}
F500_ALIAS = {'Citigroup':'Citi','Comcast':'Comcast Corporation','United Parcel Service':'UPS','RTX':'RTX Corporation',
 'TJX':'TJX Companies','Deere':'Deere & Company (John Deere)','Liberty Mutual Insurance Group':'Liberty Mutual Insurance',
 'Coca-Cola':'Coca-Cola Company','Travelers':'Travelers Companies','Massachusetts Mutual Life Insurance':'MassMutual',
 'General Electric (GE Aerospace)':'General Electric','US Foods Holding':'US Foods','Ingram Micro Holding':'Ingram Micro',
 'Bank of New York (BNY)':'Bank of New York Mellon','PNC Financial Services Group':'PNC Financial Services',
 'GuideWell Mutual Holding':'GuideWell Mutual'}
cn26, en26 = l2026()
g24 = {norm(r['NAME']):int(r['RANK']) for r in g500_2024()}

# 2025 rank -> 2026 rank. 'same' = same entity by name bridge; 'bridge' = compiler judgement (name forms differ);
# 'related' = different reporting entity of the same group (not used for the 2025 chinese field).
auto = {r[0]:(r[3],r[2]) for r in json.load(open('match26_auto.json'))}
OVR = {6:12,14:15,49:50,50:47,52:None,69:74,80:71,97:93,100:104,119:129,120:131,121:169,124:122,128:114,153:135,
 156:160,157:163,188:176,194:242,202:200,217:225,221:217,226:None,233:('related',383),236:226,241:('bridge',227),
 262:284,269:('related',281),283:('related',399),276:None,298:264,310:301,319:None,324:317,326:312,328:327,332:None,333:None,337:270,338:('bridge',340),
 341:344,349:363,352:377,353:402,356:362,357:None,362:308,374:None,386:None,393:372,409:424,419:429,430:448,435:470,
 440:398,445:None,453:477,460:None,463:None,467:('related',475),473:None,476:None,477:None,480:None,481:None,
 482:454,485:None,490:None,491:None,492:466,494:None,495:None,500:None}
link={}
for i in range(1,501):
    if i in OVR:
        v=OVR[i]
        if v is None: continue
        link[i]= v if isinstance(v,tuple) else ('same',v)
    else:
        r,s=auto[i]
        assert r is not None and s>=0.5, (i,names_raw[i-1],r,s)
        link[i]=('same',r)
used={}
for i,(t,r) in link.items():
    assert r not in used, ('2026 rank matched twice',i,used.get(r),r)
    used[r]=i

# ---------------------------------------------------------------- corroborating anchors (2025)
ANCH = {1:['newswire','247wallst'],2:['newswire'],3:['newswire','warcraftmovie','yicai_ruyici'],4:['newswire','mactech'],
 5:['newswire','warcraftmovie'],6:['newswire','warcraftmovie'],7:['newswire','247wallst'],8:['newswire','mactech','247wallst'],
 9:['newswire','247wallst'],10:['newswire','247wallst'],13:['newswire'],22:['newswire'],41:['newswire'],47:['yicai_ruyici'],
 63:['yicai_ruyici'],66:['newswire'],91:['myzaker'],106:['newswire'],112:['warcraftmovie'],116:['yicai_ruyici'],
 233:['myzaker'],266:['yicai_ruyici'],426:['reportify'],454:['reportify'],465:['yicai_ruyici'],479:['reportify']}
# Chinese short names seen in the press sources (aliases)
CN_ALIAS = {1:('沃尔玛','myzaker'),2:('亚马逊','myzaker'),3:('国家电网','yicai_ruyici'),4:('沙特阿美','myzaker'),5:('中国石油','myzaker'),
 6:('中国石化','warcraftmovie'),26:('中国工商银行','myzaker'),47:('中国平安','yicai_ruyici'),44:('京东集团','yicai_ruyici'),
 63:('阿里巴巴','yicai_ruyici'),116:('腾讯','yicai_ruyici'),83:('华为','yicai_ruyici'),91:('比亚迪','myzaker'),
 233:('奇瑞','myzaker'),155:('吉利','myzaker'),266:('拼多多','yicai_ruyici'),465:('山东黄金','yicai_ruyici'),
 496:('纬创集团','yicai_ruyici'),498:('新华人寿','yicai_ruyici'),499:('中国通用技术集团','yicai_ruyici'),
 460:('碧桂园','yicai_ruyici'),426:('新希望控股集团','reportify'),454:('蜀道投资集团','reportify'),479:('通威集团','reportify'),
 112:('REWE集团','warcraftmovie'),66:('英伟达公司','myzaker')}
# revenue figures stated by a 2025 source (US$ millions)
REV = {3:(548400,'yicai_ruyici','5484亿美元 (rounded to 0.1bn)'),44:(161055,'yicai_ruyici','1610.55亿美元'),
 47:(158627,'yicai_ruyici','1586.27亿美元'),83:(119812.8,'yicai_ruyici','1198.128亿美元'),63:(138065,'yicai_ruyici','1380.65亿美元'),
 116:(91764.1,'yicai_ruyici','917.641亿美元'),499:(32300,'yicai_ruyici','323亿美元 (rounded)'),233:(59700,'myzaker','597亿美元 (rounded)'),
 1:(681000,'247wallst','$681 billion (rounded)'),2:(638000,'247wallst','$638 billion (rounded)'),7:(400000,'247wallst','$400 billion (rounded)'),
 9:(373000,'247wallst','$373 billion (rounded)'),10:(371000,'247wallst','$371 billion (rounded)')}

ISO = {'U.S.':'US','China':'CN','Japan':'JP','Germany':'DE','France':'FR','Britain':'GB','South Korea':'KR','Canada':'CA',
 'Switzerland':'CH','Netherlands':'NL','India':'IN','Spain':'ES','Brazil':'BR','Taiwan':'TW','Italy':'IT','Singapore':'SG',
 'Russia':'RU','Mexico':'MX','Ireland':'IE','Australia':'AU','Saudi Arabia':'SA','Norway':'NO','Thailand':'TH','Poland':'PL',
 'Indonesia':'ID','Malaysia':'MY','Luxembourg':'LU','Turkey':'TR','Belgium':'BE','Sweden':'SE','Denmark':'DK','Austria':'AT'}
ISO_CN = {'美国':'US','中国':'CN','日本':'JP','德国':'DE','法国':'FR','英国':'GB','韩国':'KR','加拿大':'CA','瑞士':'CH','荷兰':'NL',
 '印度':'IN','西班牙':'ES','巴西':'BR','中国台湾':'TW','中国香港':'HK','意大利':'IT','新加坡':'SG','俄罗斯':'RU','墨西哥':'MX',
 '爱尔兰':'IE','澳大利亚':'AU','沙特阿拉伯':'SA','挪威':'NO','泰国':'TH','波兰':'PL','印度尼西亚':'ID','马来西亚':'MY',
 '卢森堡':'LU','土耳其':'TR','比利时':'BE','瑞典':'SE','丹麦':'DK','奥地利':'AT','捷克':'CZ','卡塔尔':'QA','阿联酋':'AE','葡萄牙':'PT'}

# Fortune industry text -> one of the project's codes (codes already used in fortune-global-500.json)
IND = {
 'Banks: Commercial and Savings':['modern-commerce'],'Diversified Financials':['modern-commerce'],'Commercial Banks':['modern-commerce'],
 'Insurance: Life, Health (stock)':['modern-commerce'],'Insurance: Life, Health (Mutual)':['modern-commerce'],
 'Insurance: Property and Casualty (Stock)':['modern-commerce'],'Insurance: Property and Casualty (Mutual)':['modern-commerce'],
 'Health Care: Insurance and Managed Care':['modern-commerce'],'Health Care: Pharmacy and Other Services':['modern-commerce'],
 'Securities':['modern-commerce'],'Insurance: Life, Health (Stock)':['modern-commerce'],'Financial Data Services':['modern-commerce'],
 'General Merchandisers':['modern-commerce'],'Food & Drug Stores':['modern-commerce'],'Food and Drug Stores':['modern-commerce'],
 'Specialty Retailers':['modern-commerce'],'Specialty Retailers: Other':['modern-commerce'],'Specialty Retailers: Apparel':['modern-commerce'],
 'Automotive Retailing, Services':['modern-commerce'],
 'Trading':['modern-commerce'],'Wholesalers: Health Care':['modern-commerce'],'Wholesalers: Food and Grocery':['modern-commerce'],
 'Wholesalers: Electronics and Office Equipment':['modern-commerce'],'Wholesalers: Diversified':['modern-commerce'],
 'Mail, Package, and Freight Delivery':['modern-commerce'],'Mail, Package and Freight Delivery':['modern-commerce'],
 'Transportation and Logistics':['modern-commerce'],'Shipping':['modern-commerce'],'Airlines':['modern-commerce'],'Railroads':['modern-commerce'],
 'Food Services':['modern-commerce'],'Household and Personal Products':['modern-commerce'],'Apparel':['modern-commerce'],
 'Internet Services and Retailing':['modern-commerce','next-gen-it'],
 'Motor Vehicles & Parts':['smart-manufacturing'],'Motor Vehicles and Parts':['smart-manufacturing'],
 'Industrial Machinery':['smart-manufacturing'],'Construction and Farm Machinery':['smart-manufacturing'],
 'Aerospace & Defense':['smart-manufacturing'],'Aerospace and Defense':['smart-manufacturing'],
 'Electronics, Electrical Equip.':['smart-manufacturing'],'Chemicals':['smart-manufacturing'],'Textiles':['smart-manufacturing'],
 'Metals':['smart-manufacturing'],'Building Materials, Glass':['smart-manufacturing'],
 'Computers, Office Equipment':['next-gen-it'],'Computer Software':['next-gen-it'],'Semiconductors and Other Electronic Components':['next-gen-it'],
 'Network and Other Communications Equipment':['next-gen-it'],'Telecommunications':['next-gen-it'],'Information Technology Services':['next-gen-it'],
 'Petroleum Refining':['dual-carbon'],'Mining, Crude-Oil Production':['dual-carbon'],'Energy':['dual-carbon'],'Utilities':['dual-carbon'],
 'Utilities: Gas and Electric':['dual-carbon'],'Pipelines':['dual-carbon'],'Oil and Gas Equipment, Services':['dual-carbon'],
 'Food Production':['food-manufacturing'],'Food Consumer Products':['food-manufacturing'],'Beverages':['food-manufacturing'],'Tobacco':['food-manufacturing'],
 'Entertainment':['culture-tourism'],
 # deliberately left without a code (project file is inconsistent for these / no health code exists):
 'Engineering & Construction':[],'Engineering, Construction':[],'Real estate':[],'Real Estate':[],'Homebuilders':[],'Pharmaceuticals':[],
 'Medical Products and Equipment':[],'Health Care: Medical Facilities':[],'Scientific, Photographic and Control Equipment':[],
}

def split_en(e):
    """leon_md English -> [legal name without parenthetical, parenthetical content]"""
    out=[]; m=re.match(r'^(.*?)\s*\((.*)\)\s*$',e)
    if m:
        out.append(m.group(1).strip())
        for p in re.split(r'\s*[,;]\s*|\s*/\s*',m.group(2)):
            if p and len(p)<=40: out.append(p.strip())
    else: out.append(e)
    return [x for x in out if x]

def hq_text(country_cn,hq):
    return hq

# ---------------------------------------------------------------- build 2025
entries=[]; issues=[]
for i,raw in enumerate(names_raw,1):
    en = RESTORE.get(raw,raw)
    e = {"rank":i,"english":en}
    if en!=raw: e["sourceName"]=raw.replace('\ufffd','\\ufffd'); e.setdefault("notes",[]).append("Accents restored from the 2026 source's spelling (leon_md/leon_raw); ollytracker shows U+FFFD.")
    fs={}
    # rank
    e["source"]=f"github:wikidfranchise/ollytracker/fortune500_raw.txt@f0f96062fc8eb37d8c495cc9b60b13b6e25b3bdc line {i+1} (rank = position {i} in the ordered 2025 list)"
    e["rankBasis"]="position in ordered 2025 list (ollytracker)"
    if i in ANCH: e["rankCorroboratedBy"]=[sref(k) for k in ANCH[i]]
    # 2026 link
    lk=link.get(i)
    cn=None
    aliases=[]
    if lk:
        t,r=lk
        cn26n=cn26[r][0]; en26n,c26,h26=en26[r]
        if t in ("same","bridge"): e["rank2026"]=r
        e["link2026"]={"type":t,"rank2026":r,"chinese2026":cn26n,"englishLegal2026":en26n}
        if t in ('same','bridge'):
            cn=cn26n; fs["chinese"]=sref('leon_raw',row=r,note="Chinese name from the 2026 edition list (same company); 2025 form may differ slightly")
            if t=='bridge': e.setdefault("notes",[]).append(f"2025↔2026 identity matched by compiler judgement: '{en}' = '{en26n}' ({cn26n}).")
        else:
            e.setdefault("notes",[]).append(f"2026 list has a related but differently named entity at #{r}: {cn26n} / {en26n}; not used as this entry's Chinese name.")
            aliases.append({"alias":cn26n,"source":"leon_raw","note":"related 2026 entity (possibly renamed/reorganised)"})
        for a in split_en(en26n):
            if norm(a)!=norm(en): aliases.append({"alias":a,"source":"leon_md"})
    e["chinese"]=cn
    # country
    country=None; mrow=marta_by.get(norm(MARTA_ALIAS.get(en,en)))
    f5=f500_by.get(norm(F500_ALIAS.get(en,en)))
    if f5: country='US'; fs["country"]=sref('f500us2025',company=f5)
    elif mrow: country=ISO[mrow['Country']]; fs["country"]=sref('marta2024',company=mrow['Company'],fortuneCountry=mrow['Country'])
    if lk and lk[0] in ('same','bridge'):
        c26=en26[lk[1]][1]
        iso26=ISO_CN.get(c26.split(' / ')[0])
        if country is None and iso26:
            country=iso26; fs["country"]=sref('leon_md',row=lk[1],value=c26,note="fallback: repo author's country, not Fortune's")
        elif iso26=='HK' and country=='CN':
            e.setdefault("notes",[]).append("Fortune country is 'China' (marta2024); leon_md places HQ in 中国香港 -> HK used.")
            country='HK'; fs["country"]=sref('leon_md',row=lk[1],value=c26,note="HK per HQ; Fortune's own country field says China")
        elif iso26 and country and iso26!=country and not (country=='CN' and iso26 in ('CN',)):
            e.setdefault("disagreement",[]).append({"field":"country","values":{fs['country']['id']:country,"leon_md":c26}})
    if country is None and i in (233,460):
        k={233:'myzaker',460:'yicai_ruyici'}[i]
        country='CN'; fs["country"]=sref(k,note="source names it among the Chinese companies on the 2025 list")
    if en in ('Bunge Global','Schlumberger'):
        e.setdefault("notes",[]).append("Country 'US' may not be Fortune's 2025 country (Fortune counts 138 US companies; this file has 139 with US): check Bunge Global (redomiciled) and Schlumberger.")
    e["country"]=country
    # headquarters
    hq=None
    if f5:
        r5=f500[f5]; hq=f"{r5['City']}, {r5['State']}"; fs["headquarters"]=sref('f500us2025',company=f5)
    elif lk and lk[0] in ('same','bridge'):
        hq=en26[lk[1]][2]; fs["headquarters"]=sref('leon_md',row=lk[1],note="repo author's HQ (2026 list enrichment)")
    e["headquarters"]=hq
    if en in ('China Resources','Lenovo Group'):
        e.setdefault("disagreement",[]).append({"field":"country","values":{"marta2024 (Fortune country)":"China","leon_md HQ":hq,"project file":"HK"},
            "note":"Fortune counts it under China; HQ is given as partly Hong Kong; kept CN"})
    # industry
    ind=None
    if f5: ind=f500[f5]['Industry']; fs["fortuneIndustry"]=sref('f500us2025',company=f5,note="Fortune 500 (US) 2025 industry")
    elif mrow: ind=mrow['Industry']; fs["fortuneIndustry"]=sref('marta2024',company=mrow['Company'],note="Global 500 2024 edition industry")
    e["fortuneIndustry"]=ind
    if ind is None: e["industries"]=[]
    else:
        if ind not in IND: issues.append(('unmapped industry',ind)); e["industries"]=[]
        else: e["industries"]=IND[ind]
    # revenue
    if i in REV:
        v,k,t=REV[i]; e["revenueMillionsUSD"]=v; fs["revenueMillionsUSD"]=sref(k,statedAs=t)
    else: e["revenueMillionsUSD"]=None
    if f5:
        rv=f500[f5]['Revenue (rounded)'].replace('$','').replace(',','')
        e["usFortune500Revenue2025Rounded"]=int(rv)//1_000_000
    if en=='Apple':
        e.setdefault("disagreement",[]).append({"field":"revenueMillionsUSD","values":{"247wallst":381000,"f500us2025 (rounded)":391000},"note":"247wallst prints $381bn for Apple; Fortune 500 2025 gives $391bn. Rank unaffected."})
    # aliases from press sources
    if i in CN_ALIAS:
        a,k=CN_ALIAS[i]
        if a!=cn: aliases.append({"alias":a,"source":k})
    # 2024 rank for context
    r24=g24.get(norm(en))
    if r24: e["rank2024"]=r24
    # dedupe aliases
    seen=set(); al=[]
    for a in aliases:
        key=a['alias'].lower()
        if key in seen or key==en.lower() or a['alias']==cn: continue
        seen.add(key); al.append(a)
    e["aliases"]=al
    e["fieldSources"]=fs
    e["confidence"]="verified"
    if lk and lk[0]=='bridge': pass
    entries.append(e)

# project-file cross check
proj=json.load(open('/work/main/Sources/Matching/Resources/fortune-global-500.json'))
pc=[]
byname={norm(e['english']):e for e in entries}
PROJ_ALIAS={'Amazon.com':'Amazon','Alibaba Group Holding':'Alibaba Group Holding','Sinopec Group':'Sinopec Group',
 'Contemporary Amperex Technology (CATL)':'Contemporary Amperex Technology','Hon Hai Precision Industry (Foxconn)':'Hon Hai Precision Industry',
 'Taiwan Semiconductor Manufacturing':'Taiwan Semiconductor Manufacturing','Ingka Group (IKEA)':'Ingka Group','HP Inc.':'HP',
 'A.P. Møller–Maersk':'Maersk Group','AB Volvo':'Volvo','Anheuser-Busch InBev':'Anheuser-Busch InBev','Bunge':'Bunge Global',
 'Coca-Cola':'Coca-Cola','Aeon':'AEON','Sony Group':'Sony','Veolia Environnement':'Veolia Environnement','Kia':'Kia',
 'Xiamen Xiangyu Group':'XMXYG','SF Holding':'S.F. Holding','Hunan Iron & Steel Group':'Hunan Iron & Steel Group',
 'Louis Dreyfus':'Louis Dreyfus','Nestlé':'Nestlé','Guangzhou Industrial Investment Holding Group':'Guangzhou Industrial Investment Holdings',
 'Guangdong Guangxin Holdings Group':'Guangdong Guangxin Holdings','Shaanxi Coal & Chemical Industry Group':'Shaanxi Coal & Chemical Industry',
 'Xinjiang Guanghui Industry Investment':None,'Xiamen ITG Holding Group':'Xiamen ITG Holding Group','Mitsubishi Corporation':'Mitsubishi',
 'Walt Disney':'Walt Disney','Wilmar International':'Wilmar International','Archer Daniels Midland':'Archer Daniels Midland',
 'United Parcel Service':'United Parcel Service','Jardine Matheson Holdings':'Jardine Matheson'}
for p in proj['enterprises']:
    key=PROJ_ALIAS.get(p['english'],p['english'])
    e=byname.get(norm(key)) if key else None
    pc.append({"project":p['english'],"projectName":p['name'],"projectRank":p.get('rank'),"projectConfidence":p['confidence'],
               "onList2025":bool(e),"rank2025":e['rank'] if e else None,"english2025":e['english'] if e else None})
    if e and p.get('rank') and p['rank']!=e['rank']:
        e.setdefault("disagreement",[]).append({"field":"rank","values":{"ollytracker":e['rank'],"project file":p['rank']}})
        e["confidence"]="unverified"

json.dump(pc,open(OUT+'build/project_crosscheck.json','w'),ensure_ascii=False,indent=1)

doc={"edition":"Fortune Global 500, 2025 edition (ranks companies by fiscal-2024 revenue; entry threshold US$32.2 billion)",
 "published":"2025-07-29","compiledOn":"2026-12-05",
 "sources":list(SRC.values()),
 "fieldNotes":{
  "rank":"Position in the ordered 2025 list (source 'ollytracker'); rankCorroboratedBy lists independent sources that state the same rank.",
  "english":"Fortune's English name as exported in the ordered list (accents restored for 7 names, see sourceName).",
  "chinese":"财富中文网 form taken from the 2026 edition list (leon_raw) where the same company is on both lists; null otherwise. The 2025 form may differ slightly (e.g. 股份 vs 集团).",
  "country":"ISO 3166-1 alpha-2. Fortune's country (marta2024 / Fortune 500 US) first; leon_md only as flagged fallback; HK where the HQ is Hong Kong.",
  "headquarters":"US companies: Fortune 500 2025 City, State. Others: leon_md HQ (repo author's enrichment, flagged). null if none.",
  "fortuneIndustry":"Fortune's industry text: Fortune 500 2025 (US) or Global 500 2024 edition (marta2024). null if none of the sources has the company.",
  "industries":"Proposed project code(s) mapped from fortuneIndustry (see REPORT.md table). [] = no mapping / unknown.",
  "revenueMillionsUSD":"Only where a 2025 source states it (mostly rounded). usFortune500Revenue2025Rounded is the Fortune 500 (US) 2025 revenue rounded to $0.1bn.",
  "aliases":"Name forms shown by a source: English legal names / abbreviations from leon_md, Chinese short names from the press sources; each alias carries its source id.",
  "confidence":"'verified' = on the ordered 2025 list at that position (ollytracker, whose order matches all 26 independently stated 2025 ranks); 'unverified' = a source disagrees."},
 "entries":entries}
json.dump(doc,open(OUT+'fortune-global-500-2025.json','w'),ensure_ascii=False,indent=1)

# ---------------------------------------------------------------- build 2026
rev_link={r:i for i,(t,r) in link.items() if t in ('same','bridge')}
rel_link={r:i for i,(t,r) in link.items() if t=='related'}
e26=[]
for r in range(1,501):
    cnn,rev=cn26[r]; en_l,c,h=en26[r]
    x={"rank":r,"chinese":cnn,"revenueMillionsUSD":float(rev.replace(',',''))}
    i=rev_link.get(r)
    if i:
        x["english"]=entries[i-1]['english']; x["englishBasis"]="Fortune 2025 English name of the same company (ollytracker); 2026 form may differ"
        x["rank2025"]=i
        x["fortuneIndustry"]=entries[i-1]['fortuneIndustry']; x["industries"]=entries[i-1]['industries']
        if entries[i-1]['fortuneIndustry']: x["fortuneIndustryBasis"]="carried over from the 2025 entry (" + entries[i-1]['fieldSources']['fortuneIndustry']['id'] + ")"
        x["country"]=entries[i-1]['country']
    else:
        x["english"]=en_l; x["englishBasis"]="leon_md legal name (repo author's form, not necessarily Fortune's)"
        x["rank2025"]=None
        if r in rel_link: x["relatedRank2025"]=rel_link[r]
        x["fortuneIndustry"]=None; x["industries"]=[]
        x["country"]=ISO_CN.get(c.split(' / ')[0])
    x["headquarters"]=h
    x["aliases"]=[{"alias":a,"source":"leon_md"} for a in split_en(en_l) if norm(a)!=norm(x['english'])]
    x["source"]=f"github:leon7786/20260828-global500/companies_raw.json@1390426b9ec11f13a6f6bc88d14bab932129fa8a rank {r}"
    x["fieldSources"]={"rank,chinese,revenue":"leon_raw","country,headquarters":"leon_md (repo author's enrichment)" if not i else "country: 2025 entry; headquarters: leon_md"}
    corro=[]
    if r in (1,2): corro.append(sref('wikihq2026'))
    if corro: x["rankCorroboratedBy"]=corro; x["confidence"]="verified"
    else: x["confidence"]="unverified"
    e26.append(x)
doc26={"edition":"Fortune Global 500, 2026 edition (ranks companies by fiscal-2025 revenue)","published":"2026-07-28","compiledOn":"2026-12-05",
 "sources":[SRC['leon_raw'],SRC['leon_md'],SRC['wikihq2026'],SRC['ollytracker']],
 "fieldNotes":{"confidence":"'unverified' for all ranks that rest on the single third-party repository leon7786/20260828-global500; 'verified' only where a second source states the same rank (Amazon #1, Walmart #2).",
   "english":"Fortune 2025 English name where the company was on the 2025 list, else the repo author's English legal name.",
   "country":"From the 2025 entry where linked, else leon_md (repo author's enrichment)."},
 "entries":e26}
json.dump(doc26,open(OUT+'fortune-global-500-2026.json','w'),ensure_ascii=False,indent=1)
print('issues',issues)
print('2025 entries',len(entries),'2026 entries',len(e26),'links',len(link))
