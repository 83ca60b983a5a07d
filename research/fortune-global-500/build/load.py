import csv, re, json, unicodedata
RAW='/work/staging/fg500/raw/'
def names2025():
    return [l.strip() for l in open(RAW+'ollytracker_fortune500_raw.txt',encoding='utf-8') if l.strip()][1:]
def marta():
    rows=list(csv.DictReader(open(RAW+'marta_fortune500_data_2022_2024.csv',encoding='utf-8')))
    return {r['Company']:r for r in rows if r['Year']=='2024'}
def f500us():
    txt=open(RAW+'stablemap_fortune500Raw_2025US.ts',encoding='utf-8').read()
    body=txt.split('`')[1]
    rows=list(csv.DictReader(body.splitlines(),skipinitialspace=True))
    return {r['Company']:r for r in rows}
def g500_2024():
    txt=open(RAW+'stablemap_fortuneGlobal500Raw_2024.ts',encoding='utf-8').read()
    body=txt.split('`')[1]
    rows=list(csv.DictReader(body.splitlines()))
    return rows
def l2026():
    cn={int(r[0]):(r[1],r[2]) for r in csv.reader(open(RAW+'leon7786_companies_raw_2026.tsv',encoding='utf-8'),delimiter='\t')}
    en={int(r[0]):(r[1],r[2],r[3]) for r in csv.reader(open(RAW+'leon7786_listmd_2026_en_country_hq.tsv',encoding='utf-8'),delimiter='\t')}
    return cn,en
def norm(s):
    s=s.replace('\ufffd','?')
    s=unicodedata.normalize('NFKD',s)
    s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    s=s.replace('&',' and ')
    s=re.sub(r"[^a-z0-9 ]"," ",s)
    return ' '.join(s.split())
