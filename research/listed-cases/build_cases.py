#!/usr/bin/env python3
"""Build cases.jsonl for the A-share stratum of sample.jsonl.

Inputs (not committed, see RULE.md): population/a-share-stock_basic.csv (Tushare stock_basic
dump: 公司全称, 地区, 实控人名称, 企业性质) and build/yangqi-codes.json (listed-company → central
enterprise table extracted from DiamonWoo/Laosheng.top@b2a573dd919b18e66d5fe015d671dd0f6dfb4498:fuwu/yangqi.md,
"已收录436支股票，202302"). Group membership is read from the project's own
Sources/Matching/Resources/{central-soes,fortune-global-500}.json (names and rank only).
Per-company look-ups are in OVERRIDES below, each with its URL.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "Sources", "Matching", "Resources")
POP_SRC = "yhhe2004/QuantSandbox@4ef962f99751eb1cf0acfa1d16df9daa197d7a4e:data/stock_basic.csv (Tushare stock_basic: 公司全称/地区/实控人名称/企业性质, data of ~2026-02-26)"
YQ_SRC = "DiamonWoo/Laosheng.top@b2a573dd919b18e66d5fe015d671dd0f6dfb4498:fuwu/yangqi.md (央企股票一览表, 202302)"
SASAC = "国务院国有资产监督管理委员会"

AREA = {"北京": "北京市", "上海": "上海市", "天津": "天津市", "重庆": "重庆市", "深圳": "广东省深圳市",
        "内蒙": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "新疆": "新疆维吾尔自治区",
        "宁夏": "宁夏回族自治区"}

# Local-SOE jurisdictions that own a group on the 2025 list (json rank set): a company whose
# actual controller is one of these needs its controlling group named before G500 can be ruled out.
G500_JURISDICTION_MARKERS = ["山东省", "上海市", "深圳市", "广州市", "广东省", "山西省", "北京市", "江西省",
                             "河北省", "甘肃省", "陕西省", "四川省", "湖南省", "广西", "浙江省", "杭州市",
                             "厦门市", "福建省", "安徽省", "铜陵", "芜湖", "上杭"]

# Per-company look-ups. Keys: controllingShareholder, group, classes (override), uncertain, note, sources.
OVERRIDES = {
    "600469.SH": {"group": "中国中化控股有限责任公司", "note": "中国中化 is one of the 99 but has no entry with rank in fortune-global-500.json, so fortune-global-500 is not expected here; check whether Sinochem Holdings is on the 2025 list."},
    "688396.SH": {"group": "华润（集团）有限公司",
                  "note": "Registered in the Cayman Islands (华润微电子有限公司), run from 江苏无锡; controller chain ends in 华润, which the project counts as a Hong Kong–based group.",
                  "sources": []},
    "000550.SZ": {"uncertain": True, "classes": [],
                  "note": "Sources disagree: Tushare gives actual controller 南昌市国资委 (地方国有企业); the 央企股票一览表 lists 江铃汽车 under 中国兵器装备集团 (via 江铃控股, jointly held by 长安 and 江铃集团). Ford (Global 500) holds a minority stake only."},
    "001391.SZ": {"controllingShareholder": "中国航空资本控股有限责任公司 (中航集团 subsidiary)", "group": "中国航空集团有限公司",
                  "sources": ["https://www.sgpjbg.com/baogao/373688.html (国货航 招股说明书: 国货航承载了中航集团…)",
                              "http://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=4725129&stockid=601111 (国货航51%股权转让给中航集团全资子公司资本控股)"]},
    "688190.SH": {"group": "中国航空发动机集团有限公司",
                  "sources": ["https://m.nbd.com.cn/articles/2021-05-11/1742326.html (中国航发间接控股青岛云路)"]},
    "000713.SZ": {"controllingShareholder": "国投种业科技有限公司", "group": "国家开发投资集团有限公司",
                  "sources": ["https://www.chr1688.com/news/show-2249.html (控股股东国投种业, 国投集团旗下)"]},
    "300516.SZ": {"uncertain": True, "note": "Actual controller 国务院国资委 per Tushare, so central-soe; the controlling group (expected 中国船舶集团 via 华中光电技术研究所) was not confirmed from a source, so fortune-global-500 is unsettled (中国船舶集团 has no rank in the json, so it would be negative)."},
    "300540.SZ": {"controllingShareholder": "蜀道交通服务集团有限责任公司", "group": "蜀道投资集团有限责任公司",
                  "sources": ["http://www.jwview.com/jingwei/03-07/530467.shtml (控股股东为蜀道交通服务集团有限责任公司)",
                              "https://www.aijingu.com/notices/300540/AN202512011792004563.html (…与公司均为蜀道投资集团有限责任公司控制的主体)"]},
    "000750.SZ": {"controllingShareholder": "广西投资集团有限公司 (with 广投金控, 中恒集团 acting in concert)", "group": "广西投资集团有限公司",
                  "sources": ["https://www1.cfi.cn/p20250926004274.html (公司实际控制人广西投资集团有限公司)"]},
    "002716.SZ": {"controllingShareholder": "湖南省矿产资源集团 platform (湖南有色产业投资集团)", "group": None,
                  "note": "Controlled by 湖南省国资委 through 湖南省矿产资源集团; 湖南黄金集团 is a minority holder. Not 湖南钢铁集团.",
                  "sources": ["https://news.43zhubao.com/n/230545.html"]},
    "002427.SZ": {"controllingShareholder": "共青城胜帮凯米投资合伙企业(有限合伙)", "uncertain": True,
                  "note": "Actual controller 陕西省国资委 since the 2022 restructuring; the group above 胜帮凯米 was not established, so whether it is 陕西煤业化工集团 or 陕西延长石油 (both on the 2025 list) is open.",
                  "sources": ["https://aijingu.com/notices/002427/AN202211301580689773.html"]},
    "000027.SZ": {"uncertain": True, "note": "Actual controller 深圳市国资委; whether the controlling holder is the commission directly or 深圳市投资控股有限公司 (2025 list) was not established."},
    "603167.SH": {"controllingShareholder": "辽宁省大连海洋渔业集团公司 (as of the 2012 IPO)", "group": None,
                  "note": "Actual controller 辽宁省国资委 per Tushare (so not a 招商局-controlled 辽港 unit); controlling shareholder taken from the 2012 prospectus, may be outdated.",
                  "sources": ["http://money.finance.sina.com.cn/corp/view/vISSUE_RaiseExplanationDetail.php?id=955455&stockid=603167"]},
    "000636.SZ": {"controllingShareholder": "广东省广晟控股集团有限公司 (23.59%, first shareholder)", "group": "广东省广晟控股集团有限公司",
                  "sources": ["http://www.igu888.com/gonggao/ggnews.asp?code=000636&id=10874797"]},
    "600812.SH": {"controllingShareholder": "冀中能源集团有限责任公司 (华北制药集团 is its wholly owned subsidiary)", "group": "冀中能源集团有限责任公司",
                  "sources": ["https://paper.cnstock.com/html/2017-09/21/content_885535.htm", "https://q.stock.sohu.com/cn,gg,600812,6330839212.shtml"]},
    "000839.SZ": {"group": "中国中信集团有限公司",
                  "note": "中信 is a financial central enterprise (not among the 99) but is on the 2025 list."},
    "000913.SZ": {"uncertain": True, "classes": [],
                  "note": "Actual controller 李书福 (Tushare). The controlling holder is expected to be a 李书福 vehicle (吉利科技集团) rather than 浙江吉利控股集团 (2025 list); whether it counts as 'controlled by' the Global 500 group was not established."},
    "601298.SH": {"controllingShareholder": "山东港口青岛港集团有限公司 (wholly owned by 山东省港口集团有限公司 since 2022)", "group": "山东省港口集团有限公司",
                  "sources": ["https://paper.cnstock.com/html/2022-01/24/content_1560253.htm", "http://cnzlzc.com.cn/caijing/64115.html"]},
    "601083.SH": {"controllingShareholder": "上海国际港务(集团)股份有限公司 (spun off from 上港集团)", "group": "上海国际港务(集团)股份有限公司",
                  "sources": ["https://q.stock.sohu.com/cn,gg,600018,8762112693.shtml (上港集团关于分拆所属子公司锦江航运…)"]},
    "601279.SH": {"controllingShareholder": "开曼英利 (Cayman Islands holding company; actual controllers 林启彬, 陈榕煖, 林上炜, 林上琦, 林臻吟 per the 2021 IPO undertakings)",
                  "note": "Tushare types the actual controller as 外资. The 2021 IPO filing names the controlling shareholder 开曼英利 (Cayman) and the 林启彬 family as actual controllers, but does not give their residence, so hong-kong-funded is still unsettled.",
                  "sources": ["http://paper.cnstock.com/html/2021-04/14/content_1452066.htm (公司控股股东开曼英利; 公司实际控制人林启彬、陈榕煖、林上炜、林上琦、林臻吟)"]},
    "600740.SH": {"controllingShareholder": "山西焦化集团有限公司 (as of 2018), a unit of 山西焦煤集团有限责任公司", "group": "山西焦煤集团有限责任公司",
                  "sources": ["https://q.stock.sohu.com/cn,gg,600740,2695193245.shtml (收购人山西焦化集团有限公司)", "https://profilpelajar.com/en/Shanxi_Coking_Coal_Group (parent of Shanxi Coking Company)"]},
}
# Hong Kong main-board cases (H001…), labelled by hand in sample order from the sources given.
# Only the first HK_LABELLED sample ids are labelled; the tail is left unlabelled (see README).
TS = POP_SRC
HK_CASES = [
    {"sampleId": "H001", "companyName": "文化传信集团有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Bermuda-incorporated; principal place of business in Hong Kong (Far East Finance Centre, Admiralty), so hong-kong-funded by headquarters. Controlling shareholder not established, so central-soe/fortune-global-500 are not ruled out by a source.",
     "sources": ["https://reportify.ai/financials/1011001782391934976 (annual report 2024, corporate information: principal place of business Unit 1502, Far East Finance Centre, Hong Kong)",
                 "http://wp.juanha.com/2025/07/14/11755857 (2025 AGM circular: 文化传信集团有限公司, 于百慕达注册成立, 股份代号 00343)"]},
    {"sampleId": "H002", "companyName": "天机控股有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Virtual Mind Holding Company Limited, Cayman-incorporated; head office and principal place of business in Hong Kong (Peninsula Tower, Cheung Sha Wan), so hong-kong-funded by headquarters. Controlling shareholder not established (chairman 李阳).",
     "sources": ["https://www.fxbaogao.com/detail/4280466 (annual report 2023, corporate information: head office and principal place of business in Hong Kong)",
                 "https://reportify.ai/companies/HK:01520/documents?page=6 (公司名称: 天機控股有限公司)"]},
    {"sampleId": "H003", "companyName": "精英汇集团控股有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "BExcellent Group Holdings Limited, Cayman-incorporated private secondary-school tutoring group; 150.2 of 193.2 HK$ million revenue (FY2025) from Hong Kong customers. Head office not read from a filing (headquarters inferred from operations) and controlling shareholder not established.",
     "sources": ["https://reportify.ai/companies/HK:01775/documents?page=2 (BExcellent Group Holdings Limited 精英匯集團控股有限公司, 於開曼群島註冊成立)",
                 "https://reportify.ai/financials/1180677681008742400 (FY2025 results: revenue from external customers in Hong Kong HK$150.2m of HK$193.2m)"]},
    {"sampleId": "H004", "companyName": "宋都服务集团有限公司", "headquarters": "浙江省杭州市", "expectClasses": [],
     "controllingShareholder": None, "actualController": "俞建午", "group": None,
     "note": "Cayman-incorporated property manager founded and run in Hangzhou; spun off in 2021 by 俞建午, actual controller of 宋都股份. Private mainland control; residence of the natural-person controller not checked (as for A-share private companies).",
     "sources": ["http://wp.juanha.com/2025/07/15/11756807 (Sundy Service Group Co. Ltd 宋都服务集团有限公司, 于开曼群岛注册成立)",
                 "http://aimpact.com/stocks/index1?Code=09608 (本集團於一九九五年在杭州成立)",
                 "http://www.jwg6.cn/2021/01/30/%E6%B6%89%E5%AB%8C%E5%86%85%E5%B9%95%E4%BA%A4%E6%98%93%E8%A2%AB%E8%B0%83%E6%9F%A5-%E5%AE%8B%E9%83%BD%E5%AE%9E%E6%8E%A7%E4%BA%BA%E4%BF%9E%E5%BB%BA%E5%8D%88%E7%9A%84%E8%B5%84%E6%9C%AC%E5%9B%B0%E5%B1%80/ (宋都实控人俞建午…分拆物业公司宋都服务集团有限公司登陆港交所)"]},
    {"sampleId": "H005", "companyName": "Ritamix Global Limited", "headquarters": "马来西亚", "expectClasses": [],
     "controllingShareholder": "Garry-Worth Investment Limited", "actualController": None, "group": None, "uncertain": True,
     "note": "Malaysia-based animal-feed-additive distributor headquartered in Shah Alam; subsidiary of Garry-Worth Investment Limited. No Chinese registered name found (companyName is the English name). Owners of Garry-Worth and their residence not established, so hong-kong-funded is unsettled.",
     "sources": ["https://investorscraft.com/stocks/1936.hk (Malaysia-based… headquartered in Shah Alam… subsidiary of Garry-Worth Investment Limited)",
                 "https://stoxray.com/stocks/xhkg/1936 (headquartered in Shah Alam, Malaysia; subsidiary of Garry-Worth Investment Limited)"]},
    {"sampleId": "H006", "companyName": "上海复星医药(集团)股份有限公司", "headquarters": "上海市", "expectClasses": [],
     "controllingShareholder": "复星高科技", "actualController": "郭广昌", "actualControllerType": "民营企业", "group": None,
     "note": "H shares of the A+H issuer 复星医药 (600196.SH); facts from its A-share listing. Private mainland control.",
     "sources": [TS + " — row 600196.SH",
                 "http://www.igu888.com/gonggao/ggnews.asp?code=600196&id=10866809 (复星高科技系本公司之控股股东)"]},
    {"sampleId": "H007", "companyName": "华虹半导体有限公司", "headquarters": "上海市", "expectClasses": [],
     "controllingShareholder": None, "actualController": "上海市国有资产监督管理委员会", "actualControllerType": "企业", "group": None, "uncertain": True,
     "note": "Incorporated in Hong Kong with its registered office there (香港中环夏悫道12号美国银行中心2212室), but run from Shanghai (Tushare 地区 上海) and controlled by the Shanghai SASAC, so not hong-kong-funded (red chip of a mainland group). The controlling group (expected 上海华虹(集团)有限公司) was not confirmed from a source; Shanghai owns groups on the 2025 list, so fortune-global-500 is unsettled.",
     "sources": [TS + " — row 688347.SH",
                 "http://stock.stockstar.com/notice/SN2023080300030847.shtml (华虹公司科创板上市公告书: 华虹半导体有限公司, 香港中环夏悫道12号美国银行中心2212室)",
                 "http://ddx.gubit.cn/gonggao/688347/202409069911.html (interim report 2024: a company incorporated in Hong Kong with limited liability)"]},
    {"sampleId": "H008", "companyName": None, "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": "Cinda Securities Co., Ltd. (about 63%), indirectly controlled by China Cinda Asset Management Co., Ltd.", "actualController": "中华人民共和国财政部", "group": None, "uncertain": True,
     "note": "Cinda International Holdings Limited (Bermuda); head office and principal place of business in Hong Kong (COSCO Tower, Queen's Road Central), so hong-kong-funded by headquarters. Its Chinese registered name was not found in a source (left null). Controlled by the China Cinda group under the Ministry of Finance: a financial central enterprise, not among the 99 and not on the 2025 list, so neither central-soe nor fortune-global-500. Shareholding from a 2020 source.",
     "sources": ["https://vdocuments.mx/the-fsc-forest-stewardship-council-cindacomhk.html (annual report, corporate information: head office and principal place of business 45th Floor, COSCO Tower, Hong Kong)",
                 "https://analyzingbargainstocks.blogspot.com/2020/12/cinda-international-holdings-limited.html (63% owned by Cinda Securities, indirectly controlled by China Cinda Asset Management, ultimately the Ministry of Finance)"]},
    {"sampleId": "H009", "companyName": "中国人寿保险股份有限公司", "headquarters": "北京市", "expectClasses": [],
     "controllingShareholder": None, "actualController": "中华人民共和国财政部", "actualControllerType": "中央企业", "group": None, "uncertain": True,
     "note": "H shares of the A+H issuer 中国人寿 (601628.SH), registered at 北京市西城区金融大街16号. A financial central enterprise under the Ministry of Finance, not among SASAC's 99, so not central-soe. fortune-global-500 turns on whether the controlling shareholder is 中国人寿保险(集团)公司 (ranked in the json); no source read here states the holding, so it is unsettled (expected positive).",
     "sources": [TS + " — row 601628.SH",
                 "https://q.stock.sohu.com/cn,gg,601628,9061016461.shtml (偿付能力报告摘要: 公司中文名称 中国人寿保险股份有限公司, 注册地址 中国北京市西城区金融大街16号)"]},
    {"sampleId": "H010", "companyName": "HKE Holdings Limited", "headquarters": "新加坡", "expectClasses": [],
     "controllingShareholder": "Flourish Nation Enterprises Limited (52.70%, Feb 2026)", "actualController": None, "group": None, "uncertain": True,
     "note": "Cayman-incorporated, Singapore-based healthcare construction contractor (prospectus: 以新加坡為基地). No Chinese registered name found. The owner of Flourish Nation Enterprises Limited and its residence were not established, so hong-kong-funded is unsettled.",
     "sources": ["https://articles.zkiz.com/?tag=Koon (quotes the prospectus: 我們是一家以新加坡為基地的醫療保健行業專業承建商)",
                 "https://reportify.cn/filings/1216500796057849856 (placing announcement 2026-02-04: Flourish Nation Enterprises Limited 568,000,000 shares, 52.70%)"]},
    {"sampleId": "H011", "companyName": "国富量子创新有限公司", "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "GoFintech Quantum Innovation Limited (formerly 国富创新有限公司), Cayman-incorporated. Head office and controlling shareholder not established, so no class is settled.",
     "sources": ["http://wp.juanha.com/2025/07/28/11769196 (annual report 2025 cover: 国富量子创新有限公司, 于开曼群岛注册成立)",
                 "http://wp.juanha.com/?p=11796088 (2025-08 subscription announcement, website 290.com.hk)"]},
    {"sampleId": "H012", "companyName": None, "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name CHINA VERED FIN at code 02900. The only filing found is for China Vered Financial Holding Corporation Limited 中薇金融控股有限公司 (incorporated in Hong Kong) under stock code 245, so the issuer at 02900 and its facts were not established.",
     "sources": ["https://in.marketscreener.com/quote/stock/CHINA-VERED-FINANCIAL-HOL-6165755/news/China-Minsheng-Financial-1-INTERIM-RESULTS-FOR-THE-SIX-MONTHS-ENDED-30-JUNE-2020-2-CHANGE-OF-31182229/ (中薇金融控股有限公司, Stock Code 245, 2020)"]},
    # --- H013–H039: second HKEX pass (sources per case; no class filled from memory) ---
    {"sampleId": "H013", "companyName": None, "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name CALB. Two searches (Chinese and English) returned no filing or page for the issuer, so its registered name, head office and controller were not established; no class is settled.",
     "sources": []},
    {"sampleId": "H014", "companyName": None, "headquarters": "宁夏回族自治区银川市", "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "達力環保 (TIL Enviro, 01790), listed 29 Nov (IPO at HK$0.58); sewage-treatment operator in 銀川市, Ningxia (four plants, ~78% of the city's treatment volume). Headquarters inferred from operations; full registered Chinese name and controlling shareholder not found.",
     "sources": ["http://biz.searchina.net/id/1672134 (達力環保(TILエンバイロ、証券コード:01790)… 寧夏回族自治区の銀川市で汚水処理サービスを手掛ける)"]},
    {"sampleId": "H015", "companyName": "天能动力国际有限公司", "headquarters": "浙江省湖州市", "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Tianneng Power International Limited, Cayman-incorporated lead-acid battery maker; listed 2007 as the Hong Kong vehicle of 天能集团 (private group, chairman 张天任, head office 浙江长兴). Headquarters taken from the group; the controlling shareholder of 00819 itself was not read from a filing (expected 张天任, private), so classes are not settled by a source.",
     "sources": ["https://hkstock.cngold.org/gsgg/c17507.htm (2016 results: TIANNENG POWER INTERNATIONAL LIMITED 天能动力国际有限公司, 於开曼群岛注册成立, 股份代号 00819)",
                 "http://www.cn338.cn/news/detail/201911/69057.html (天能集团董事长张天任…唯一民营企业…总部位于浙江长兴)",
                 "http://paper.wenweipo.com/2009/03/21/zt0903210023.htm (天能動力…2007年6月11日…香港聯合交易所主板上市(00819.HK))"]},
    {"sampleId": "H016", "companyName": "宏基资本有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Rykadan Capital Limited, Cayman-incorporated; its Hong Kong headquarters and principal place of business is a unit in Rykadan Capital Tower, 135 Hoi Bun Road, Kowloon, so hong-kong-funded by headquarters. The 2025 circular mentions a closely allied group of shareholders holding over 50%, but who they are was not established.",
     "sources": ["https://uk.marketscreener.com/quote/stock/RYKADAN-CAPITAL-LIMITED-6170952/news/Rykadan-Capital-Circulars-1-Very-Substantial-Disposal-New-Framework-Agreement-in-Relation-to-S-29106054 (Rykadan Capital Limited 宏基資本有限公司, Incorporated in the Cayman Islands, Stock Code 2288)",
                 "https://news.futunn.com/en/post/49684317/rykadan-capital-02288-no-decision-has-been-made-on-the (unit occupied by the company as its Hong Kong headquarters and primary business location)",
                 "http://wp.juanha.com/2025/07/25/11767670 (2025 circular: 一组有密切联系的股东…合共持有50%以上投票权)"]},
    {"sampleId": "H017", "companyName": "荣智控股有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Wing Chi Holdings Limited, Cayman-incorporated foundation and site-formation contractor whose results are driven by the Hong Kong construction market. Head office not read from a filing (headquarters inferred from operations, as for H003); controlling shareholder not established.",
     "sources": ["http://wp.juanha.com/2025/07/16/11758213 (2025 AGM circular: WING CHI HOLDINGS LIMITED 荣智控股有限公司, 于开曼群岛注册成立, 股份代号 6080)",
                 "https://reportify.ai/companies/HK:06080/documents (annual results FY2025: foundation and site-formation works; weak Hong Kong economy)"]},
    {"sampleId": "H018", "companyName": None, "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name CENTRAL NEW EGY; Chinese short name 中环新能源 (formerly 中环控股), businesses in new-energy EPC, green building, smart energy, health and food supply chain. Registered Chinese name, head office and controlling shareholder not established.",
     "sources": ["https://reportify.ai/companies/HK:01735/documents?page=6 (中环新能源(01735.HK)… five main business segments)",
                 "http://co.zgjrw.com/kx/2022/0811/39135.html (中环控股(01735))"]},
    {"sampleId": "H019", "companyName": None, "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name WATTS INT'L (02258). Data sites give the English name as Watts International Maritime Company Limited (stockanalysis) or Watts International Maritime Engineering Ltd. (TipRanks); insiders hold about 43.5%. No Chinese name, head office or controller found.",
     "sources": ["https://stockanalysis.com/quote/hkg/2258/statistics (Watts International Maritime Company Limited; owned by insiders 43.47%)",
                 "https://fastly.tipranks.com/stocks/hk:2258/statistics (Watts International Maritime Engineering Ltd.)"]},
    {"sampleId": "H020", "companyName": "高力集团有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Golik Holdings Limited, Bermuda-incorporated metal products and construction materials group; head office and principal place of business Suite 5608, Central Plaza, Wanchai, Hong Kong (2004–2013 reports), so hong-kong-funded by headquarters. Controlling shareholder not established (chairman PANG Tak Chung).",
     "sources": ["https://vdocuments.mx/eeoeoee-golik-basic-and-diluted-hk842-cents-hk805-cents.html (2013 interim report: 高力集團有限公司; head office and principal place of business Central Plaza, Wanchai, Hong Kong)",
                 "https://reportify.ai/companies/HK:01118/documents?page=2 (高力集团(01118) 2024 annual results)"]},
    {"sampleId": "H021", "companyName": "长江实业集团有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": "李嘉诚 / 李泽钜 (about 33.6% interest, 2019)", "actualController": "李嘉诚家族", "group": None,
     "note": "CK Asset Holdings Limited (renamed from 长江实业地产有限公司 in 2017), the Li Ka-shing family's property flagship, run from Hong Kong; hong-kong-funded by headquarters and by a Hong Kong controller. It is a sister company of 长江和记实业 (ranked), not controlled by it, so not fortune-global-500.",
     "sources": ["http://news.winshang.com/html/062/0547.html (长实地产…中文名称更改为“长江实业集团有限公司”)",
                 "https://www.finet.hk/newscenter/news_content/5d63b635bde0b3718d707a61 (李嘉诚及李泽鉅被视作持有长实集团权益 33.6% 及 33.66%)",
                 "https://cacnews.ca/65980.html (长江集团…“香港正是当中最重要的营运中心之一”)"]},
    {"sampleId": "H022", "companyName": "连达科技控股有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Datronix Holdings Limited, Bermuda-incorporated electronic-components maker; principal place of business in Hong Kong (North Point Industrial Building, 499 King's Road), so hong-kong-funded by headquarters. Controlling shareholder not established (chairman SIU Paul Y.).",
     "sources": ["https://paperzz.com/doc/6906074/datronix-holdings-limited-%E9%80%A3%E9%81%94%E7%A7%91%E6%8A%80%E6%8E%A7%E8%82%A1%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8 (2017 circular: DATRONIX HOLDINGS LIMITED 連達科技控股有限公司, principal place of business in Hong Kong, North Point)",
                 "https://uk.marketscreener.com/quote/stock/DATRONIX-HOLDINGS-LIMITED-6170722/news/Datronix-INTERIM-REPORT-2020-31264727/ (interim report 2020, corporate information: principal place of business in Hong Kong)"]},
    {"sampleId": "H023", "companyName": "YGM贸易有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": "陈氏家族 (about 63.49% beneficially, 2017)", "actualController": "陈氏家族", "group": None,
     "note": "YGM Trading Limited, incorporated in Hong Kong, meetings and offices at 22 Tai Yau Street, San Po Kong, Kowloon; controlled by the Chan family, which also controls 长江制衣 (00294). Hong Kong company run from Hong Kong, so hong-kong-funded; private family control rules out the other classes. Shareholding from a 2017 announcement.",
     "sources": ["https://hkstock.cngold.org/gsgg/c18001.htm (2017 circular: YGM贸易有限公司, 於香港注册成立, 股份代号 00375; meeting at 香港九龙新蒲岗大有街22号)",
                 "https://hkstock.cngold.org/gsgg/c17202.htm (陈氏家族实益持有之股份…相当於…YGM全部已发行股本…约63.49%)"]},
    {"sampleId": "H024", "companyName": "亚积邦租赁控股有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "AP Rentals Holdings Limited, Cayman-incorporated; describes itself as a leading equipment rental company in Hong Kong, most revenue from Hong Kong (HK$77.9m of HK$83.6m in 1H2023). Headquarters inferred from operations; controlling shareholder not established (chairman 刘邦成).",
     "sources": ["https://pdfslide.us/documents/announcement-of-interim-results-for-the-six-months-ended-30-.html (AP RENTALS HOLDINGS LIMITED 亞積邦租賃控股有限公司, Incorporated in the Cayman Islands, Stock Code 1496)",
                 "http://wp.juanha.com/2025/07/30/11772710 (2025 annual report: 亚积邦租赁是香港的领先设备出租服务公司)",
                 "https://reportify.ai/companies/HK:01496/documents?page=3 (revenue from Hong Kong HK$77,911,000 in 1H2023)"]},
    {"sampleId": "H025", "companyName": "英皇资本集团有限公司", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Emperor Capital Group Limited; adopted the Chinese secondary name 英皇资本集团有限公司 in 2023. Hong Kong financial-services group (loans, brokerage, corporate finance) founded 1993, listed 2007; headquarters inferred from its Hong Kong business. Controlling shareholder not established from a source.",
     "sources": ["https://fxbaogao.com/detail/3753795 (interim report 2023: 英皇资本集团有限公司…于1993年成立…于2007年4月于香港联合交易所有限公司主板上市; 新中文名称)",
                 "https://reportify.ai/companies/HK:00717/documents?page=2 (annual report 2022: Hong Kong securities market conditions)"]},
    {"sampleId": "H026", "companyName": None, "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name CHINA SANJIANG (02198). One search returned no page about the issuer, so its name, head office and controller were not established.",
     "sources": []},
    {"sampleId": "H027", "companyName": "Infinities Technology International (Cayman) Holding Ltd.", "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name INFINITIES TECH (01961); English name from a data site. No Chinese name, head office or controller found.",
     "sources": ["https://www.marketsmojo.com/stocks-analysis/recommendation/infinities-technology-international-cayman-holding-1249488-102 (Infinities Technology International (Cayman) Holding Ltd.)"]},
    {"sampleId": "H028", "companyName": "海尔智家股份有限公司", "headquarters": "山东省", "expectClasses": ["fortune-global-500"],
     "controllingShareholder": None, "actualController": "海尔集团公司", "actualControllerType": "集体企业", "group": "海尔智家股份有限公司",
     "note": "H shares of the A+H issuer 海尔智家 (600690.SH); facts from its A-share row. The company itself is ranked in fortune-global-500.json, so fortune-global-500; its controller 海尔集团公司 is a collective enterprise, not a central SOE.",
     "sources": [TS + " — row 600690.SH"]},
    {"sampleId": "H029", "companyName": "智富资源投资控股集团有限公司", "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Wisdom Wealth Resources Investment Holding Group Limited, Bermuda-incorporated; electronic-products trading, financial services, properties in Beijing and Zhanjiang, sand mining in Papua New Guinea; trading suspended and a winding-up petition filed in 2025. Head office and controlling shareholder not established.",
     "sources": ["http://wp.juanha.com/?p=11764154 (2025: 智富资源投资控股集团有限公司, 于百慕达注册成立, 股份代号 7; 清盘呈请及继续暂停买卖)",
                 "https://reportify.ai/financials/1024136285029273600 (annual report 2020: Beijing properties, Zhanjiang project, Papua New Guinea sand mining)"]},
    {"sampleId": "H030", "companyName": "恒达集团(控股)有限公司", "headquarters": "河南省", "expectClasses": [],
     "controllingShareholder": "李小冰 (chairman, executive director and controlling shareholder, 2025)", "actualController": "李小冰", "group": None,
     "note": "Ever Reach Group (Holdings) Company Limited, Cayman-incorporated property developer operating in Henan through 河南大地 (property sold to the chairman is in 郑州). Headquarters is the province of operations (head office address not read). Private control by a natural person; residence not checked (as for A-share private companies).",
     "sources": ["http://wp.juanha.com/2025/08/01/11779871 (annual report 2024: Ever Reach Group (Holdings) Company Limited 恒达集团(控股)有限公司, 于开曼群岛注册成立, 股份代号 3616)",
                 "https://reportify.ai/companies/HK:03616/documents?page=3 (2025-09-08: subsidiary 河南大地 sells a Zhengzhou flat to 李小冰, chairman, executive director and controlling shareholder)"]},
    {"sampleId": "H031", "companyName": "中国长远控股有限公司", "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "China Fortune Holdings Limited, Bermuda-incorporated, carries on business in Hong Kong as CFH Limited; mobile-phone and electronics trading in mainland China and Hong Kong. Head office and controlling shareholder not established.",
     "sources": ["https://reportify.ai/companies/HK:00110/documents?page=3 (China Fortune Holdings Limited 中國長遠控股有限公司, 於百慕達註冊成立…以CFH Limited之名稱於香港進行業務, 股份代號 110)",
                 "https://reportify.ai/companies/HK:00110/documents?page=2 (2025 interim: growth in mobile phone trading in mainland China and Hong Kong)"]},
    {"sampleId": "H032", "companyName": None, "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Prosperous Future Holdings Limited (Chinese short name 未来发展控股; formerly Future Development Holdings), Cayman-incorporated; a data site places its headquarters in Central, Hong Kong (not read from a filing). Full Chinese registered name not found (null). Insiders hold about 26%; controlling shareholder not established.",
     "sources": ["https://stoxray.com/stocks/xhkg/1259 (Prosperous Future Holdings Limited… incorporated in 2011 and is headquartered in Central, Hong Kong)",
                 "https://www.itiger.com/news/1177242042 (未来发展控股(股票代码:01259))",
                 "https://stockanalysis.com/quote/hkg/1259/statistics (owned by insiders 25.89%)"]},
    {"sampleId": "H033", "companyName": "国际娱乐有限公司", "headquarters": "菲律宾", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": "Brighten Path Ltd (acquired control in 2017; an investment holding company based in Hong Kong)", "actualController": None, "group": None, "uncertain": True,
     "note": "International Entertainment Corporation, Cayman-incorporated, a Manila-based hotel and casino operator (New World Manila Bay). Labelled hong-kong-funded because its controlling shareholder Brighten Path Ltd is described as Hong Kong–based (2018 source); who owns Brighten Path was not established, and a 2025–26 convertible-note deal with DigiPlus (Philippines) may shift control, so uncertain.",
     "sources": ["https://vdocument.in/international-entertainment-corporation-oeeoee-measured-at-fair-values.html (INTERNATIONAL ENTERTAINMENT CORPORATION 國際娛樂有限公司, Incorporated in the Cayman Islands, Stock Code 1009)",
                 "https://menafn.com/1109421438/International-Entertainment-Corporation-Sets-Vision-To-Expand-Investment-In-Philippine-Casino-Resorts (a Manila-based casino and hotel operator)",
                 "https://thefilam.net/archives/27839 (In 2017, the corporation was acquired by Brighten Path Ltd, an investment holding company also based in Hong Kong)",
                 "http://riaugreen.com/view/MediaOutReach/108264/International-Entertainment-Corporation-to-Hold-EGM-on-26-February-2026-for-Proposed-Convertible-Notes-Issuance.html (up to HK$1.6bn notes to DigiPlus; 53.89% on full conversion)"]},
    {"sampleId": "H034", "companyName": "AI X Tech Inc.", "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name AI X TECH (01490); English name from a data site; revenue reported in CNY; insiders hold about 71%. No Chinese name, head office or controller found.",
     "sources": ["https://stockanalysis.com/quote/hkg/1490/statistics (AI X Tech Inc.; owned by insiders 71.43%)",
                 "https://www.stockopedia.com/share-prices/ai-x-tech-HKG:1490 (revenue in CNY m)"]},
    {"sampleId": "H035", "companyName": None, "headquarters": None, "expectClasses": [],
     "controllingShareholder": "珠海华发科技产业集团有限公司 and 香港华发投资控股有限公司 (华发集团, 74.99% of votes after the 2023 subscriptions)", "actualController": None, "group": None,
     "note": "迪信通 (06188), mobile-phone retailer with almost all revenue in mainland China. Formerly controlled by the 刘 family; 华发集团 (珠海华发科技产业集团 and its Hong Kong arm) took control. 华发 is a Zhuhai group (not among SASAC's 99, not ranked, not Hong Kong–headquartered), so no class. Registered Chinese name and head office were not read from a source (left null).",
     "sources": ["https://staging.reportify.cn/companies/HK:06188/documents?page=5 (2023 annual results: 前控股股东为劉氏家族, 后被珠海华发科技产业集团有限公司及香港华发投资控股有限公司收购; 华发集团控制公司总投票权的74.99%)"]},
    {"sampleId": "H036", "companyName": "周六福珠宝股份有限公司", "headquarters": "广东省深圳市", "expectClasses": [],
     "controllingShareholder": "李伟柱、李伟蓬 (together about 83–94% through holding vehicles)", "actualController": "李伟柱、李伟蓬", "group": None,
     "note": "Jewellery brand founded in 2004 in 深圳水贝 (predecessor 深圳市周天福珠宝首饰有限公司), listed in Hong Kong on 26 June 2025; controlled by the 李 brothers from 汕头. Private mainland control; the sources contrast it with Hong Kong–funded jewellers. Residence of the controllers not checked.",
     "sources": ["https://money.123.com.cn/show/b1097001.html (周六福珠宝股份有限公司…实控人为李伟柱、李伟蓬兄弟, 合计持有94.11%)",
                 "https://www.alphaseek.cn/?p=657750 (2004年…成立了“深圳市周天福珠宝首饰有限公司”)",
                 "https://staging.reportify.cn/companies/HK:06168/documents?page=16 (发源于深圳水贝产业区 不同于周大福等港资老牌的内地品牌; 李氏兄弟…83.39%)"]},
    {"sampleId": "H037", "companyName": None, "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "HKEX short name TR INTERIORS (06162). Only ratio pages were found; registered name, head office and controller not established.",
     "sources": ["https://mpf.etnet.com.hk/www/eng/stocks/realtime/quote_ci_ratio.php?code=6162 (06162 TR INTERIORS, financial ratios only)"]},
    {"sampleId": "H038", "companyName": "TechStar Acquisition Corporation", "headquarters": "香港", "expectClasses": ["hong-kong-funded"],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Cayman-incorporated special purpose acquisition company (SPAC), no Chinese name; described as a Hong Kong firm. Promoters 信银(香港)资本有限公司, 清科管理顾问集团, 清科资本, 倪正东, 李竹, 刘伟杰 hold the Class B shares (25m vs 100.1m Class A), so there is no controlling shareholder; hong-kong-funded rests on headquarters only. De-SPAC with Seyond (图达通) completed after the population date (Dec 2025).",
     "sources": ["http://www.ccyxbj.cn/baogao/471277.html (2024 interim report: TechStar Acquisition Corporation, 於開曼群島註冊成立; 發起人 信銀(香港)資本有限公司, 清科管理顧問集團有限公司, 清科資本有限公司…)",
                 "https://reportify.cc/filings/966075780956295168 (100,100,000 Class A and 25,000,000 Class B shares)",
                 "https://media.dealstreetasia.com/stories/techstar-acquisition-seyond-unit-424432 (HK firm TechStar Acquisition…)"]},
    {"sampleId": "H039", "companyName": "首都信息发展股份有限公司", "headquarters": None, "expectClasses": [],
     "controllingShareholder": None, "actualController": None, "group": None, "uncertain": True,
     "note": "Capinfo Company Limited, a joint-stock company incorporated in the PRC (H shares only). Head office and controlling shareholder were not read from a source, so central-soe/fortune-global-500 are not ruled out.",
     "sources": ["https://hkstock.cngold.org/gsgg/c17062.htm (2016 results: CAPINFO COMPANY LIMITED 首都信息发展股份有限公司, 於中华人民共和国注册成立之股份有限公司, 股份代号 1075)"]},
]
FOREIGN_NOTE = "Tushare types the actual controller as 外资 (foreign); the controller's residence (Hong Kong or elsewhere) was not established, so hong-kong-funded is unsettled."


def main():
    soe = {x["name"] for x in json.load(open(os.path.join(RES, "central-soes.json")))["enterprises"]}
    g500 = {x["name"]: x["rank"] for x in json.load(open(os.path.join(RES, "fortune-global-500.json")))["enterprises"] if x.get("rank")}
    norm = lambda s: (s or "").replace("(", "（").replace(")", "）")
    pop = {r["股票代码"]: r for r in csv.DictReader(open(os.path.join(HERE, "population", "a-share-stock_basic.csv"), encoding="utf-8-sig"))}
    yq = json.load(open(os.path.join(HERE, "build", "yangqi-codes.json")))
    out = []
    for line in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"):
        s = json.loads(line)
        if s["exchange"] == "HKEX":
            continue
        r = pop[s["code"]]
        ov = OVERRIDES.get(s["code"], {})
        act, kind = r["实控人名称"], r["企业性质"]
        area = r["地区"]
        hq = AREA.get(area, area + "省")
        sources = [POP_SRC]
        note, uncertain = ov.get("note"), ov.get("uncertain", False)
        group = ov.get("group", "__unset__")
        yqg = yq.get(s["code"].split(".")[0])
        if group == "__unset__":
            group = None
            if norm(act) in {norm(x) for x in soe}:
                group = act
            elif yqg:
                group = yqg[0][0]
        if yqg:
            sources.append(YQ_SRC)
        sources += ov.get("sources", [])
        classes = []
        central = act == SASAC or norm(act) in {norm(x) for x in soe} or norm(group) in {norm(x) for x in soe}
        if s["code"] == "688396.SH":
            central = True
        if central and kind not in ("地方国有企业",):
            classes.append("central-soe")
        if group and norm(group) in {norm(k) for k in g500}:
            classes.append("fortune-global-500")
        if norm(group) in ("华润（集团）有限公司", "招商局集团有限公司"):
            classes.insert(1 if "central-soe" in classes else 0, "hong-kong-funded")
        if central and not group:
            uncertain = True
            note = note or "Actual controller 国务院国资委 (Tushare), so central-soe; the controlling group was not established, so fortune-global-500 is unsettled."
        if kind == "地方国有企业" and "controllingShareholder" not in ov and "group" not in ov:
            if act.endswith("公司"):
                note = note or ("Local SOE; Tushare names the controlling group %s, which is not on the 2025 list." % act)
            elif any(m in act for m in G500_JURISDICTION_MARKERS) and not any(k in act.split("市")[-1] for k in ("区", "县", "镇", "街道")):
                uncertain = True
                note = note or ("Actual controller %s (Tushare); its jurisdiction owns a group on the 2025 list and the controlling group was not established, so fortune-global-500 is unsettled." % act)
            else:
                note = note or ("Local SOE; actual controller %s (Tushare). No group owned by that jurisdiction is on the 2025 list; controlling group not looked up." % act)
        if kind == "外资":
            uncertain = True
            note = note or FOREIGN_NOTE
        if kind in ("其他",) and act == "无实际控制人":
            note = note or "No actual controller (Tushare: 无实际控制人), so no class by control."
        if "classes" in ov:
            classes = ov["classes"]
        order = ["central-soe", "hong-kong-funded", "fortune-global-500"]
        classes = [c for c in order if c in classes]
        case = {
            "id": "L%03d" % (len(out) + 1),
            "sampleId": s["sampleId"],
            "code": s["code"],
            "exchange": s["exchange"],
            "companyName": r["公司全称"],
            "headquarters": hq,
            "expectClasses": classes,
            "controllingShareholder": ov.get("controllingShareholder"),
            "actualController": act,
            "actualControllerType": kind,
            "group": group if (group and (norm(group) in {norm(x) for x in soe} or norm(group) in {norm(k) for k in g500})) else None,
            "sources": sources,
        }
        if uncertain:
            case["uncertain"] = True
        if note:
            case["note"] = note
        out.append(case)
    samples = {json.loads(l)["sampleId"]: json.loads(l) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")}
    for h in HK_CASES:
        s = samples[h["sampleId"]]
        classes = [c for c in order if c in h["expectClasses"]]
        case = {"id": "L%03d" % (len(out) + 1), "sampleId": s["sampleId"], "code": s["code"], "exchange": s["exchange"],
                "companyName": h["companyName"], "headquarters": h["headquarters"], "expectClasses": classes,
                "controllingShareholder": h["controllingShareholder"], "actualController": h["actualController"]}
        if "actualControllerType" in h:
            case["actualControllerType"] = h["actualControllerType"]
        case["group"] = h["group"]
        case["sources"] = h["sources"]
        if h.get("uncertain"):
            case["uncertain"] = True
        if h.get("note"):
            case["note"] = h["note"]
        out.append(case)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(out))


if __name__ == "__main__":
    main()
