import re, json, sys
src = open('/work/main/research/group-units/raw/laosheng-yangqi.md').read().split('\n')
groups = {}
for l in src[253:370]:
    m = re.search(r'\{:id="(\d+)"\}.*?家上市.*?\t⠀(\S+?) \t', l)
    if m: groups[m.group(1)] = m.group(2)
rows = []
for i, l in enumerate(src[402:870], start=403):
    m = re.match(r'\[(\d+)[△▲]\]\(#\d+\)\{:target="_top"\}\{:id="G(\d+)"\}⠀\t([^\t]*)\t([^\t]*)\t<sub>([^\t]*)\t⠀([^\t]*)\t⠀\[([^\]]*)\]\(([^)]*)\)', l)
    if not m:
        continue
    idx, gid, short, code, market, _, full, web = m.groups()
    cm = re.match(r'\[([0-9A-Za-z]+)\]', code)
    rows.append(dict(line=i, gid=gid, group=groups.get(gid), short=short.strip(), code=cm.group(1) if cm else '', market=market.replace('⠀',' ').strip(), full=full.strip(), web=web))
json.dump(rows, open('/work/main/research/group-units/build/laosheng-rows.json','w'), ensure_ascii=False, indent=0)
print(len(rows), sum(1 for r in rows if not r['group']), sum(1 for r in rows if not r['code']), sum(1 for r in rows if not r['full']))
for r in rows:
    if not r['group'] or not r['code'] or not r['full']: print(r)
