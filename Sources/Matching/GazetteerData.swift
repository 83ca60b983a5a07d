import LeadMessages

/// The foundation's built-in gazetteer (see `Gazetteer`). Region membership follows DESIGN.md:
/// 京津冀 = Beijing, Tianjin, all of Hebei; 长三角 = Shanghai, Jiangsu, Zhejiang, Anhui;
/// 大湾区 = Hong Kong, Macao and nine Guangdong cities only.
public enum GazetteerData {
    /// Province-level units: full name, short forms, English; the region when the province decides it.
    private static let provinces: [(name: String, aliases: [String], region: Region?)] = [
        ("北京市", ["北京", "京", "beijing", "peking"], .jingjinji),
        ("天津市", ["天津", "tianjin"], .jingjinji),
        ("河北省", ["河北", "冀", "hebei"], .jingjinji),
        ("上海市", ["上海", "沪", "shanghai"], .yangtzeRiverDelta),
        ("江苏省", ["江苏", "苏", "jiangsu"], .yangtzeRiverDelta),
        ("浙江省", ["浙江", "浙", "zhejiang"], .yangtzeRiverDelta),
        ("安徽省", ["安徽", "皖", "anhui"], .yangtzeRiverDelta),
        ("香港特别行政区", ["香港", "hongkong", "hong kong", "hksar"], .greaterBayArea),
        ("澳门特别行政区", ["澳门", "macao", "macau"], .greaterBayArea),
        ("广东省", ["广东", "粤", "guangdong"], nil),
        ("山西省", ["山西", "shanxi"], .other), ("内蒙古自治区", ["内蒙古", "inner mongolia"], .other),
        ("辽宁省", ["辽宁", "liaoning"], .other), ("吉林省", ["吉林省", "jilin"], .other),
        ("黑龙江省", ["黑龙江", "heilongjiang"], .other), ("福建省", ["福建", "fujian"], .other),
        ("江西省", ["江西", "jiangxi"], .other), ("山东省", ["山东", "shandong"], .other),
        ("河南省", ["河南", "henan"], .other), ("湖北省", ["湖北", "hubei"], .other),
        ("湖南省", ["湖南", "hunan"], .other), ("广西壮族自治区", ["广西", "guangxi"], .other),
        ("海南省", ["海南", "hainan"], .other), ("重庆市", ["重庆", "chongqing"], .other),
        ("四川省", ["四川", "sichuan"], .other), ("贵州省", ["贵州", "guizhou"], .other),
        ("云南省", ["云南", "yunnan"], .other), ("西藏自治区", ["西藏", "tibet", "xizang"], .other),
        ("陕西省", ["陕西", "shaanxi"], .other), ("甘肃省", ["甘肃", "gansu"], .other),
        ("青海省", ["青海", "qinghai"], .other), ("宁夏回族自治区", ["宁夏", "ningxia"], .other),
        ("新疆维吾尔自治区", ["新疆", "xinjiang"], .other), ("台湾省", ["台湾", "taiwan"], .other),
    ]

    /// Prefecture-level cities (and municipalities' own entries) by province, with extra aliases:
    /// districts and new areas that belong to them.
    private static let cities: [(province: String, region: Region, names: [(String, [String])])] = [
        ("北京市", .jingjinji, [("北京市", ["北京", "beijing", "中关村", "海淀", "朝阳区", "亦庄", "西城区", "东城区"])]),
        ("天津市", .jingjinji, [("天津市", ["天津", "tianjin", "滨海新区", "天津港"])]),
        (
            "河北省", .jingjinji,
            [
                ("石家庄市", ["石家庄", "shijiazhuang"]), ("唐山市", ["唐山", "tangshan", "曹妃甸"]),
                ("秦皇岛市", ["秦皇岛"]), ("邯郸市", ["邯郸"]), ("邢台市", ["邢台"]),
                ("保定市", ["保定", "baoding", "雄安新区", "雄安", "xiongan", "xiong'an"]), ("张家口市", ["张家口"]),
                ("承德市", ["承德"]), ("沧州市", ["沧州"]), ("廊坊市", ["廊坊"]), ("衡水市", ["衡水"]),
            ]
        ),
        ("上海市", .yangtzeRiverDelta, [("上海市", ["上海", "shanghai", "浦东", "pudong", "临港", "陆家嘴", "张江"])]),
        (
            "江苏省", .yangtzeRiverDelta,
            [
                ("南京市", ["南京", "nanjing"]), ("无锡市", ["无锡", "wuxi"]), ("徐州市", ["徐州", "xuzhou"]),
                ("常州市", ["常州", "changzhou"]), ("苏州市", ["苏州", "suzhou", "苏州工业园区", "昆山", "张家港", "常熟"]),
                ("南通市", ["南通", "nantong"]), ("连云港市", ["连云港"]), ("淮安市", ["淮安"]), ("盐城市", ["盐城"]),
                ("扬州市", ["扬州", "yangzhou"]), ("镇江市", ["镇江"]), ("泰州市", ["泰州"]), ("宿迁市", ["宿迁"]),
            ]
        ),
        (
            "浙江省", .yangtzeRiverDelta,
            [
                ("杭州市", ["杭州", "hangzhou", "滨江区", "余杭"]), ("宁波市", ["宁波", "ningbo"]),
                ("温州市", ["温州", "wenzhou"]), ("嘉兴市", ["嘉兴"]), ("湖州市", ["湖州"]), ("绍兴市", ["绍兴"]),
                ("金华市", ["金华", "义乌"]), ("衢州市", ["衢州"]), ("舟山市", ["舟山"]), ("台州市", ["台州"]),
                ("丽水市", ["丽水"]),
            ]
        ),
        (
            "安徽省", .yangtzeRiverDelta,
            [
                ("合肥市", ["合肥", "hefei"]), ("芜湖市", ["芜湖", "wuhu"]), ("蚌埠市", ["蚌埠"]), ("淮南市", ["淮南"]),
                ("马鞍山市", ["马鞍山"]), ("淮北市", ["淮北"]), ("铜陵市", ["铜陵"]), ("安庆市", ["安庆"]),
                ("黄山市", ["黄山"]), ("滁州市", ["滁州"]), ("阜阳市", ["阜阳"]), ("宿州市", ["宿州"]),
                ("六安市", ["六安"]), ("亳州市", ["亳州"]), ("池州市", ["池州"]), ("宣城市", ["宣城"]),
            ]
        ),
        ("香港特别行政区", .greaterBayArea, [("香港", ["香港", "hong kong", "hongkong", "九龙", "kowloon", "中环", "铜锣湾"])]),
        ("澳门特别行政区", .greaterBayArea, [("澳门", ["澳门", "macau", "macao"])]),
        (
            "广东省", .greaterBayArea,
            [
                ("广州市", ["广州", "guangzhou", "南沙", "天河区", "黄埔区"]), ("深圳市", ["深圳", "shenzhen", "前海", "南山区", "福田区"]),
                ("珠海市", ["珠海", "zhuhai", "横琴"]), ("佛山市", ["佛山", "foshan", "顺德"]), ("惠州市", ["惠州"]),
                ("东莞市", ["东莞", "dongguan"]), ("中山市", ["中山市", "zhongshan"]), ("江门市", ["江门", "jiangmen"]),
                ("肇庆市", ["肇庆", "zhaoqing"]),
            ]
        ),
        (
            "广东省", .other,
            [
                ("汕头市", ["汕头", "shantou"]), ("韶关市", ["韶关"]), ("湛江市", ["湛江"]), ("茂名市", ["茂名"]),
                ("梅州市", ["梅州"]), ("汕尾市", ["汕尾"]), ("河源市", ["河源"]), ("阳江市", ["阳江"]),
                ("清远市", ["清远"]), ("潮州市", ["潮州"]), ("揭阳市", ["揭阳"]), ("云浮市", ["云浮"]),
            ]
        ),
        (
            "河南省", .other,
            [
                ("郑州市", ["郑州", "zhengzhou", "惠济区", "郑东新区", "航空港"]), ("洛阳市", ["洛阳"]), ("开封市", ["开封"]),
            ]
        ),
        ("重庆市", .other, [("重庆市", ["重庆", "chongqing"])]),
        ("湖北省", .other, [("武汉市", ["武汉", "wuhan"])]),
        ("四川省", .other, [("成都市", ["成都", "chengdu"])]),
        ("陕西省", .other, [("西安市", ["西安", "xi'an", "xian"])]),
        ("山东省", .other, [("济南市", ["济南", "jinan"]), ("青岛市", ["青岛", "qingdao"])]),
        ("湖南省", .other, [("长沙市", ["长沙", "changsha"])]),
        ("福建省", .other, [("福州市", ["福州", "fuzhou"]), ("厦门市", ["厦门", "xiamen"])]),
    ]

    public static let places: [Place] =
        provinces.map {
            Place(name: $0.name, province: $0.name, city: nil, region: $0.region, aliases: [$0.name] + $0.aliases)
        }
        + cities.flatMap { group in
            group.names.map { name, aliases in
                Place(name: name, province: group.province, city: name, region: group.region, aliases: [name] + aliases)
            }
        }
}
