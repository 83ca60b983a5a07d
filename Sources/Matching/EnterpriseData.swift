import LeadMessages

/// The foundation's starter list: well-known groups only, so that the pipeline classifies the
/// cases a bureau meets every week. The matching issue replaces it with the full, dated SASAC
/// list, the latest Fortune Global 500 edition and the Hong Kong groups, as data files.
public enum EnterpriseData {
    private static let sasac = "国资委央企名录 (starter list)"
    private static let global500 = "Fortune Global 500 (starter list)"
    private static let hongKong = "香港主要企业集团 (starter list)"

    public static let entries: [EnterpriseEntry] = [
        entry("中国建筑集团有限公司", ["中国建筑", "中建集团", "中建", "cscec"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国石油化工集团有限公司", ["中国石化", "中石化", "sinopec"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国石油天然气集团有限公司", ["中国石油", "中石油", "cnpc", "petrochina"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("国家电网有限公司", ["国家电网", "国网", "state grid"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国移动通信集团有限公司", ["中国移动", "china mobile"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国电信集团有限公司", ["中国电信", "china telecom"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国联合网络通信集团有限公司", ["中国联通", "china unicom"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国中铁股份有限公司", ["中国中铁", "中铁工", "china railway group"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国铁建股份有限公司", ["中国铁建", "crcc"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国交通建设集团有限公司", ["中国交建", "中交集团", "cccc"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国电力建设集团有限公司", ["中国电建", "powerchina"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中粮集团有限公司", ["中粮", "cofco"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("华润（集团）有限公司", ["华润", "china resources"], [.centralSOE, .hongKongFunded, .fortuneGlobal500], sasac),
        entry("招商局集团有限公司", ["招商局", "china merchants"], [.centralSOE, .hongKongFunded, .fortuneGlobal500], sasac),
        entry("中国五矿集团有限公司", ["中国五矿", "五矿", "minmetals"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国宝武钢铁集团有限公司", ["中国宝武", "宝武", "baowu"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国第一汽车集团有限公司", ["中国一汽", "一汽"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("东风汽车集团有限公司", ["东风汽车", "dongfeng motor"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国华能集团有限公司", ["华能", "huaneng"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("国家能源投资集团有限责任公司", ["国家能源集团", "国家能源投资", "chn energy"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国电子信息产业集团有限公司", ["中国电子信息产业集团", "中国电子"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("中国通用技术（集团）控股有限责任公司", ["通用技术集团", "genertec"], [.centralSOE, .fortuneGlobal500], sasac),
        entry("华为投资控股有限公司", ["华为", "huawei"], [.fortuneGlobal500], global500),
        entry("京东集团", ["京东", "jd.com"], [.fortuneGlobal500], global500),
        entry("阿里巴巴集团", ["阿里巴巴", "alibaba"], [.fortuneGlobal500], global500),
        entry("腾讯控股有限公司", ["腾讯", "tencent"], [.fortuneGlobal500], global500),
        entry("比亚迪股份有限公司", ["比亚迪", "byd"], [.fortuneGlobal500], global500),
        entry("美的集团股份有限公司", ["美的集团", "midea"], [.fortuneGlobal500], global500),
        entry("联想集团有限公司", ["联想", "lenovo"], [.fortuneGlobal500, .hongKongFunded], global500),
        entry("宁德时代新能源科技股份有限公司", ["宁德时代", "catl"], [.fortuneGlobal500], global500),
        entry("苹果公司", ["apple inc", "苹果公司"], [.fortuneGlobal500], global500),
        entry("西门子股份公司", ["西门子", "siemens"], [.fortuneGlobal500], global500),
        entry("大众汽车集团", ["大众汽车", "volkswagen"], [.fortuneGlobal500], global500),
        entry("丰田汽车公司", ["丰田", "toyota"], [.fortuneGlobal500], global500),
        entry("沃尔玛公司", ["沃尔玛", "walmart"], [.fortuneGlobal500], global500),
        entry("友邦保险控股有限公司", ["友邦", "aia group"], [.fortuneGlobal500, .hongKongFunded], global500),
        entry("长江和记实业有限公司", ["长江和记", "和记黄埔", "长江实业", "ck hutchison"], [.hongKongFunded, .fortuneGlobal500], hongKong),
        entry("新鸿基地产发展有限公司", ["新鸿基", "sun hung kai"], [.hongKongFunded], hongKong),
        entry("恒基兆业地产有限公司", ["恒基兆业", "henderson land"], [.hongKongFunded], hongKong),
        entry("新世界发展有限公司", ["新世界发展", "new world development"], [.hongKongFunded], hongKong),
        entry("九龙仓集团有限公司", ["九龙仓", "wharf"], [.hongKongFunded], hongKong),
        entry("周大福珠宝集团有限公司", ["周大福", "chow tai fook"], [.hongKongFunded], hongKong),
        entry("李锦记集团", ["李锦记", "lee kum kee"], [.hongKongFunded], hongKong),
        entry("香港中华煤气有限公司", ["中华煤气", "towngas"], [.hongKongFunded], hongKong),
        entry("电讯盈科有限公司", ["电讯盈科", "pccw"], [.hongKongFunded], hongKong),
    ]

    private static func entry(_ name: String, _ aliases: [String], _ classes: [EnterpriseClass], _ source: String)
        -> EnterpriseEntry
    {
        EnterpriseEntry(name: name, aliases: [name] + aliases, classes: classes, source: source)
    }
}
