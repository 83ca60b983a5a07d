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
    "600740.SH": {"controllingShareholder": "山西焦化集团有限公司 (as of 2018), a unit of 山西焦煤集团有限责任公司", "group": "山西焦煤集团有限责任公司",
                  "sources": ["https://q.stock.sohu.com/cn,gg,600740,2695193245.shtml (收购人山西焦化集团有限公司)", "https://profilpelajar.com/en/Shanxi_Coking_Coal_Group (parent of Shanxi Coking Company)"]},
}
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
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(out))


if __name__ == "__main__":
    main()
