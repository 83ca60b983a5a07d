from load import *
import re
STOP=set('inc corporation corp co ltd limited company group holdings holding plc sa s a se ag nv n v the of and lp l p spa s p a pjsc llc asa a s bv b v gmbh oyj ab kgaa sab de cv c v'.split())
def toks(s):
    s=re.sub(r'\(.*?\)',' ',s) if not s.startswith('(') else s
    return [t for t in norm(s).split() if t not in STOP]
def toks_full(s):
    return [t for t in norm(s).split() if t not in STOP]
n=names2025(); cn,en=l2026()
res=[]
for i,x in enumerate(n,1):
    a=set(toks_full(x))
    best=(0,None)
    for r,(e,c,h) in en.items():
        b=set(toks_full(e))
        if not a or not b: continue
        j=len(a&b)/len(a|b)
        if j>best[0]: best=(j,r)
    res.append((i,x,best[0],best[1],en[best[1]][0] if best[1] else None))
import json
json.dump(res,open('match26_auto.json','w'),ensure_ascii=False,indent=0)
for i,x,s,r,e in res:
    flag='' if s>=0.5 else '??'
    print(f"{i}\t{x}\t{s:.2f}\t{r}\t{e}\t{flag}")
