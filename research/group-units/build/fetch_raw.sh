#!/bin/sh
# Recreate raw/ (not kept in the repo) from the fetched snapshots:
#   fetch github:DiamonWoo/Laosheng.top and github:xiaopengqiu/stock-agent first.
# Then: sh build/fetch_raw.sh && cd build && python3 parse_laosheng.py && python3 build_central.py && python3 build_final.py && python3 add_units_2.py && cd .. && python3 check.py
set -e
cd "$(dirname "$0")/.."; mkdir -p raw
git --git-dir=/work/.mirror/DiamonWoo+Laosheng.top/repo show b2a573dd919b18e66d5fe015d671dd0f6dfb4498:fuwu/yangqi.md > raw/laosheng-yangqi.md
git --git-dir=/work/.mirror/xiaopengqiu+stock-agent/repo show 68e7b6a68c4d8a3583920f8b98cf8e6160987868:build/stock_basic.json > raw/tushare-stock_basic-68e7b6a.json
git --git-dir=/work/.mirror/xiaopengqiu+stock-agent/repo show b19c382f7072b62a587fc03056a72b262166d49c:build/stock_basic.json > raw/tushare-stock_basic-b19c382.json
