#!/usr/bin/env python3
"""Writes huiji-ledger-2023.xlsx, the realistic ledger the import tests read: a district bureau's
项目台账 as officers keep it in Excel (openpyxl writes what Excel writes: shared strings, merged
cells, date cells as numbers). Run once by hand (pip install openpyxl); the .xlsx is committed."""
import datetime
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2023年台账"
# A title row merged across the table, then a line of notes: the header is on row 3.
ws.append(["惠济区2023年招商引资项目台账"])
ws.merge_cells("A1:L1")
ws.append(["填报单位：区投资促进局", None, None, None, None, "单位：万元"])
ws.append(["序号", "企业名称", "总部所在地", "项目名称", "所属产业", "投资额（万元）", "阶段",
           "签约金额（万元）", "签约时间", "负责人", "载体园区", "备注"])
rows = [
    # 4: signed, date as an Excel date cell; 负责人 merged over rows 4-6
    [1, "中建七局", "河南郑州", "花园口智能制造产业园", "智能制造", 123000, "已签约", 123000,
     datetime.date(2023, 3, 5), "王敏", "古荥智能制造产业园", "三个一批"],
    # 5: traditional characters and a full-width amount
    [2, "華為技術（深圳）有限公司", "广东深圳", "鲲鹏生态创新中心", "新一代信息技术", "２０００００", "在谈",
     None, None, None, "花园口新兴产业园", None],
    # 6: an amount with its own unit in a 万元 column, and Excel's floating artifact in another
    [3, "腾讯科技（深圳）有限公司", "广东深圳", "元宇宙文旅体验中心", None, "4.5亿", "洽谈中",
     None, None, None, None, "对方要求保密"],
    # 7: blank
    [None] * 12,
    # 8: the same company as row 5, the same project reworded: a duplicate within the file
    [4, "华为技术有限公司", "广东深圳", "鲲鹏生态创新中心项目", "新一代信息技术", 200000, "在谈",
     None, None, "李娜", None, None],
    # 9: no project name: rejected
    [5, "长江和记实业有限公司", "香港", None, "现代服务业", 30000, "已接洽", None, None, "李娜", None, None],
    # 10: signed, date written as text, amount with float noise
    [6, "国投电力控股股份有限公司", "北京", "黄河滩区光伏项目", "新能源", 12.300000000000001, "签约",
     12.300000000000001, "2023年6月18日", "张伟", None, None],
    # 11: an existing lead in the pipeline (the test says so): a duplicate of L-000001
    [7, "中国建筑第七工程局有限公司", "河南郑州", "花园口智能制造产业园二期", "智能制造", 50000, "在谈",
     None, None, "王敏", None, None],
    # 12: a signed stage without a signing date: rejected
    [8, "中粮集团有限公司", "北京", "冷链物流园", "现代物流", 80000, "已签约", 80000, None, "张伟", None, None],
    # 13: the total line
    ["合计", None, None, None, None, 953012.3, None, None, None, None, None, None],
]
for row in rows:
    ws.append(row)
ws.merge_cells("J4:J6")  # 王敏 for rows 4 to 6
ws["I4"].number_format = "yyyy-mm-dd"
wb.save("huiji-ledger-2023.xlsx")
