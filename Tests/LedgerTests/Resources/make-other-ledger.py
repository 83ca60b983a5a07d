#!/usr/bin/env python3
"""Writes another-district-ledger.xlsx: a ledger from another district's template, as openpyxl
(what Excel writes) saves it — headers the built-in spellings do not all share (投资主体, 企业注册地,
行业类别, 项目总投资（亿元）, 跟踪人, 签约日期, 签约金额（亿元）, 拟落户园区), industry words as officers
type them, and date cells. Run once by hand (pip install openpyxl); the .xlsx is committed."""
import datetime
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "重点项目"
ws.append(["2023年重点招商项目推进表"])
ws.merge_cells("A1:J1")
ws.append(["序号", "投资主体", "企业注册地", "项目名称", "行业类别", "项目总投资（亿元）", "跟踪人", "签约日期",
           "签约金额（亿元）", "拟落户园区"])
ws.append([1, "山东黄河文旅投资集团有限公司", "山东济南", "黄河国家文化公园配套项目", "文化旅游", 12, "李娜",
           datetime.date(2023, 4, 18), 10, "大运河文化片区"])
ws.append([2, "苏州精工智造有限公司", "江苏苏州", "精密传动部件基地", "智能制造", 6.5, "王敏", None, None,
           "古荥智能制造产业园"])
ws.append([3, "深圳前海数联科技有限公司", "广东深圳", "数字经济产业园", "数字经济", "3亿", "张伟", None, None, None])
for row in (3,):
    ws.cell(row=row, column=8).number_format = "yyyy/m/d"
wb.save("another-district-ledger.xlsx")
