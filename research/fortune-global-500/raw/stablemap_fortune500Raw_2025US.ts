export const FORTUNE_500_CSV = `Rank,Company,Industry,City,State,Zip Code,Website,Employees,Revenue (rounded),CEO
1,Walmart,General Merchandisers,Bentonville,Arkansas,72716,walmart.com,"2,100,000","$681,000,000,000",Douglas McMillon
2,Amazon,Internet Services and Retailing,Seattle,Washington,98109,amazon.com,"1,556,000","$638,000,000,000",Andrew Jassy
3,UnitedHealth Group,Health Care: Insurance and Managed Care,Eden Prairie,Minnesota,55344,unitedhealthgroup.com,"400,000","$400,300,000,000",Stephen Hemsley
4,Apple,"Computers, Office Equipment",Cupertino,California,95014,apple.com,"164,000","$391,000,000,000",Timothy Cook
5,CVS Health,Health Care: Pharmacy and Other Services,Woonsocket,Rhode Island,2895,cvshealth.com,"259,500","$372,800,000,000",David Joyner
6,Berkshire Hathaway,Insurance: Property and Casualty (Stock),Omaha,Nebraska,68131,berkshirehathaway.com,"392,400","$371,400,000,000",Warren Buffett
7,Alphabet,Internet Services and Retailing,Mountain View,California,94043,abc.xyz,"183,300","$350,000,000,000",Sundar Pichai
8,Exxon Mobil,Petroleum Refining,Spring,Texas,77389,exxonmobil.com,"60,900","$349,600,000,000",Darren Woods
9,McKesson,Wholesalers: Health Care,Irving,Texas,75039,mckesson.com,"48,000","$309,000,000,000",Brian Tyler
10,Cencora,Wholesalers: Health Care,Conshohocken,Pennsylvania,19428,cencora.com,"44,000","$294,000,000,000",Robert Mauch
11,JPMorgan Chase,Commercial Banks,New York,New York,10179,jpmorganchase.com,"317,200","$278,900,000,000",James Dimon
12,Costco Wholesale,General Merchandisers,Issaquah,Washington,98027,costco.com,"333,000","$254,500,000,000",Ron Vachris
13,Cigna,Health Care: Pharmacy and Other Services,Bloomfield,Connecticut,6002,thecignagroup.com,"72,400","$247,100,000,000",David Cordani
14,Microsoft,Computer Software,Redmond,Washington,98052,microsoft.com,"228,000","$245,100,000,000",Satya Nadella
15,Cardinal Health,Wholesalers: Health Care,Dublin,Ohio,43017,cardinalhealth.com,"48,400","$226,800,000,000",Jason Hollar
16,Chevron,Petroleum Refining,Houston,Texas,77002,chevron.com,"45,300","$202,800,000,000",Michael Wirth
17,Bank of America,Commercial Banks,Charlotte,North Carolina,28255,bankofamerica.com,"213,200","$192,400,000,000",Brian Moynihan
18,General Motors,Motor Vehicles & Parts,Detroit,Michigan,48265,gm.com,"162,000","$187,400,000,000",Mary Barra
19,Ford Motor,Motor Vehicles & Parts,Dearborn,Michigan,48126,ford.com,"171,000","$185,000,000,000",James Farley Jr.
20,Elevance Health,Health Care: Insurance and Managed Care,Indianapolis,Indiana,46204,elevancehealth.com,"103,700","$177,000,000,000",Gail Boudreaux
21,Citi,Commercial Banks,New York,New York,10013,citigroup.com,"227,900","$170,800,000,000",Jane Fraser
22,Meta Platforms,Internet Services and Retailing,Menlo Park,California,94025,meta.com,"74,100","$164,500,000,000",Mark Zuckerberg
23,Centene,Health Care: Insurance and Managed Care,St. Louis,Missouri,63105,centene.com,"60,500","$163,100,000,000",Sarah London
24,Home Depot,Specialty Retailers: Other,Atlanta,Georgia,30339,homedepot.com,"470,100","$159,500,000,000",Edward Decker
25,Fannie Mae,Diversified Financials,Washington,District Of Columbia,20005,fanniemae.com,"8,200","$152,700,000,000",Priscilla Almodovar
26,Walgreens Boots Alliance,Food & Drug Stores,Deerfield,Illinois,60015,walgreensbootsalliance.com,"252,500","$147,700,000,000",Timothy Wentworth
27,Kroger,Food & Drug Stores,Cincinnati,Ohio,45202,thekrogerco.com,"409,000","$147,100,000,000",Ronald Sargent
28,Phillips 66,Petroleum Refining,Houston,Texas,77042,phillips66.com,"13,200","$145,500,000,000",Mark Lashier
29,Marathon Petroleum,Petroleum Refining,Findlay,Ohio,45840,marathonpetroleum.com,"18,300","$140,400,000,000",Maryann Mannen
30,Verizon Communications,Telecommunications,New York,New York,10036,verizon.com,"99,600","$134,800,000,000",Hans Vestberg
31,Nvidia,Semiconductors and Other Electronic Components,Santa Clara,California,95051,nvidia.com,"36,000","$130,500,000,000",Jensen Huang
32,Goldman Sachs Group,Commercial Banks,New York,New York,10282,goldmansachs.com,"46,500","$126,900,000,000",David Solomon
33,Wells Fargo,Commercial Banks,San Francisco,California,94104,wellsfargo.com,"217,500","$125,400,000,000",Charles Scharf
34,Valero Energy,Petroleum Refining,San Antonio,Texas,78249,valero.com,"9,900","$124,000,000,000",Lane Riggs
35,Comcast Corporation,Telecommunications,Philadelphia,Pennsylvania,19103,comcast.com,"182,000","$123,700,000,000",Brian Roberts
36,State Farm Insurance,Insurance: Property and Casualty (Mutual),Bloomington,Illinois,61710,statefarm.com,"67,400","$123,000,000,000",Jon Farney
37,AT&T,Telecommunications,Dallas,Texas,75202,att.com,"141,000","$122,300,000,000",John Stankey
38,Freddie Mac,Diversified Financials,McLean,Virginia,22102,freddiemac.com,"8,100","$122,100,000,000",Michael Hutchins
39,Humana,Health Care: Insurance and Managed Care,Louisville,Kentucky,40202,humana.com,"65,700","$117,800,000,000",James Rechtin
40,Morgan Stanley,Commercial Banks,New York,New York,10036,morganstanley.com,"80,500","$107,300,000,000",Edward Pick
41,Target,General Merchandisers,Minneapolis,Minnesota,55403,target.com,"440,000","$106,600,000,000",Brian Cornell
42,StoneX Group,Diversified Financials,New York,New York,10169,stonex.com,"4,500","$99,900,000,000",Philip Smith
43,Tesla,Motor Vehicles & Parts,Austin,Texas,78725,tesla.com,"125,700","$97,700,000,000",Elon Musk
44,Dell Technologies,"Computers, Office Equipment",Round Rock,Texas,78682,delltechnologies.com,"108,000","$95,600,000,000",Michael Dell
45,PepsiCo,Food Consumer Products,Purchase,New York,10577,pepsico.com,"319,000","$91,900,000,000",Ramon Laguarta
46,Walt Disney,Entertainment,Burbank,California,91521,waldisney.com,"205,000","$91,400,000,000",Robert Iger
47,UPS,"Mail, Package and Freight Delivery",Atlanta,Georgia,30328,ups.com,"372,200","$91,100,000,000",Carol Tomé
48,Johnson & Johnson,Pharmaceuticals,New Brunswick,New Jersey,8933,jnj.com,"138,100","$88,800,000,000",Joaquin Duato
49,FedEx, "Mail, Package and Freight Delivery",Memphis,Tennessee,38120,fedex.com,"422,100","$87,700,000,000",Rajesh Subramaniam
50,Archer Daniels Midland,Food Production,Chicago,Illinois,60601,adm.com,"43,200","$85,500,000,000",Juan Luciano
51,Procter & Gamble,Household and Personal Products,Cincinnati,Ohio,45202,pginvestor.com,"108,000","$84,000,000,000",Jon Moeller
52,Lowe's,Specialty Retailers: Other,Mooresville,North Carolina,28117,lowes.com,"215,500","$83,700,000,000",Marvin Ellison
53,Energy Transfer,Pipelines,Dallas,Texas,75225,energytransfer.com,"16,200","$82,700,000,000",Thomas Long
54,RTX Corporation,Aerospace & Defense,Arlington,Virginia,22209,rtx.com,"186,000","$80,700,000,000",Christopher Calio
55,Albertsons,Food & Drug Stores,Boise,Idaho,83706,albertsonscompanies.com,"196,600","$79,200,000,000",Susan Morris
56,Sysco,Wholesalers: Food and Grocery,Houston,Texas,77077,sysco.com,"76,000","$78,800,000,000",Kevin Hourican
57,Progressive,Insurance: Property and Casualty (Stock),Mayfield Village,Ohio,44143,progressive.com,"66,300","$75,400,000,000",Susan Patricia Griffith
58,American Express,Diversified Financials,New York,New York,10285,americanexpress.com,"75,100","$74,200,000,000",Stephen Squeri
59,Lockheed Martin,Aerospace & Defense,Bethesda,Maryland,20817,lockheedmartin.com,"121,000","$71,000,000,000",James Taiclet
60,MetLife,"Insurance: Life, Health (Stock)",New York,New York,10166,metlife.com,"45,000","$71,000,000,000",Michel Khalaf
61,HCA Healthcare,Health Care: Medical Facilities,Nashville,Tennessee,37203,hcahealthcare.com,"271,000","$70,600,000,000",Samuel Hazen
62,Prudential Financial,"Insurance: Life, Health (Stock)",Newark,New Jersey,7102,prudential.com,"37,900","$70,400,000,000",Andrew Sullivan
63,Boeing,Aerospace & Defense,Arlington,Virginia,22202,boeing.com,"172,000","$66,500,000,000",Robert Ortberg
64,Caterpillar,Construction and Farm Machinery,Irving,Texas,75039,caterpillar.com,"112,900","$64,800,000,000",Jospeh Creed
65,Merck,Pharmaceuticals,Rahway,New Jersey,7065,merck.com,"74,000","$64,200,000,000",Robert Davis
66,Allstate,Insurance: Property and Casualty (Stock),Northbrook,Illinois,60062,allstate.com,"55,200","$64,100,000,000",Thomas Wilson
67,Pfizer,Pharmaceuticals,New York,New York,10001,pfizer.com,"81,000","$63,600,000,000",Albert Bourla
68,IBM,Information Technology Services,Armonk,New York,10504,ibm.com,"284,500","$62,800,000,000",Arvind Krishna
69,New York Life Insurance,"Insurance: Life, Health (Mutual)",New York,New York,10010,newyorklife.com,"15,100","$62,600,000,000",Craig DeSanto
70,Delta Air Lines,Airlines,Atlanta,Georgia,30354,delta.com,"103,000","$61,600,000,000",Edward Bastian
71,Publix Super Markets,Food & Drug Stores,Lakeland,Florida,33811,publix.com,"255,000","$60,200,000,000",Kevin Murphy
72,Nationwide,Insurance: Property and Casualty (Mutual),Columbus,Ohio,43215,nationwide.com,"22,500","$58,600,000,000",Kirt Walker
73,TD Synnex,Wholesalers: Electronics and Office Equipment,Fremont,California,94538,tdsynnex.com,"25,800","$58,500,000,000",Patrick Zammit
74,United Airlines Holdings,Airlines,Chicago,Illinois,60606,united.com,"107,300","$57,100,000,000",Scott Kirby
75,ConocoPhillips,"Mining, Crude-Oil Production",Houston,Texas,77079,conocophillips.com,"11,800","$57,000,000,000",Ryan Lance
76,TJX Companies,Specialty Retailers: Apparel,Framingham,Massachusetts,1701,tjx.com,"364,000","$56,400,000,000",Ernie Herrman
77,AbbVie,Pharmaceuticals,North Chicago,Illinois,60064,abbvie.com,"55,000","$56,300,000,000",Robert Michael
78,Enterprise Products Partners,Pipelines,Houston,Texas,77002,enterpriseproducts.com,"7,800","$56,200,000,000",James Teague
79,Charter Communications,Telecommunications,Stamford,Connecticut,6902,charter.com,"94,500","$55,100,000,000",Christopher Winfrey
80,Performance Food Group,Wholesalers: Food and Grocery,Richmond,Virginia,23238,pfgc.com,"36,800","$54,700,000,000",George Holm
81,American Airlines Group,Airlines,Fort Worth,Texas,76155,aa.com,"133,300","$54,200,000,000",Robert Isom
82,Capital One Financial,Commercial Banks,McLean,Virginia,22102,capitalone.com,"52,600","$53,900,000,000",Richard Fairbank
83,Cisco Systems,Network and Other Communications Equipment,San Jose,California,95134,cisco.com,"90,400","$53,800,000,000",Charles Robbins
84,HP,"Computers, Office Equipment",Palo Alto,California,94304,hp.com,"58,000","$53,600,000,000",Enrique Lores
85,Tyson Foods,Food Production,Springdale,Arkansas,72762,tysonfoods.com,"138,000","$53,300,000,000",Donnie King
86,Intel,Semiconductors and Other Electronic Components,Santa Clara,California,95054,intel.com,"108,900","$53,100,000,000",Lip-Bu Tan
87,Oracle,Computer Software,Austin,Texas,78741,oracle.com,"159,000","$53,000,000,000",Safra Catz
88,Broadcom,Semiconductors and Other Electronic Components,Palo Alto,California,94304,broadcom.com,"37,000","$52,400,000,000",Hock Tan
89,Deere & Company (John Deere),Construction and Farm Machinery,Moline,Illinois,61265,deere.com,"55,500","$51,700,000,000",John May
90,Nike,Apparel,Beaverton,Oregon,97005,nike.com,"79,400","$51,400,000,000",Elliott Hill
91,Liberty Mutual Insurance,Insurance: Property and Casualty (Stock),Boston,Massachusetts,2116,libertymutual.com,"40,000","$50,400,000,000",Timothy Sweeney
92,Plains GP Holdings,Pipelines,Houston,Texas,77002,plains.com,"4,200","$50,100,000,000",Wilfred Chiang
93,USAA,Insurance: Property and Casualty (Stock),San Antonio,Texas,78288,usaa.com,"38,000","$48,600,000,000",Juan Andrade
94,Bristol-Myers Squibb,Pharmaceuticals,Princeton,New Jersey,8543,bms.com,"34,100","$48,300,000,000",Christopher Boerner
95,Ingram Micro,Wholesalers: Electronics and Office Equipment,Irvine,California,92612,ingrammicro.com,"26,100","$48,000,000,000",Paul Bay
96,General Dynamics,Aerospace & Defense,Reston,Virginia,20190,gd.com,"117,000","$47,700,000,000",Phebe Novakovic
97,Coca-Cola Company,Beverages,Atlanta,Georgia,30313,coca-colacompany.com,"69,700","$47,100,000,000",James Quincey
98,TIAA,"Insurance: Life, Health (Mutual)",New York,New York,10017,tiaa.org,"15,600","$46,900,000,000",Thasunda Brown Duckett
99,Travelers Companies,Insurance: Property and Casualty (Stock),New York,New York,10017,travelers.com,"34,000","$46,400,000,000",Alan Schnitzer
100,Eli Lilly,Pharmaceuticals,Indianapolis,Indiana,46285,lilly.com,"47,000","$45,000,000,000",David Ricks
101,Uber Technologies,Internet Services and Retailing,San Francisco,California,94158,uber.com,"31,100","$44,000,000,000",Dara Khosrowshahi
102,MassMutual,"Insurance: Life, Health (Mutual)",Springfield,Massachusetts,1111,massmutual.com,"11,200","$43,100,000,000",Roger Crandall
103,Dow,Chemicals,Midland,Michigan,48674,dow.com,"36,000","$43,000,000,000",James Fitterling
104,Thermo Fisher Scientific,"Scientific, Photographic and Control Equipment",Waltham,Massachusetts,2451,thermofisher.com,"125,000","$42,900,000,000",Marc Casper
105,U.S. Bancorp,Commercial Banks,Minneapolis,Minnesota,55402,usbank.com,"70,300","$42,700,000,000",Gunjan Kedia
106,World Kinect,Energy,Miami,Florida,33178,world-kinect.com,"4,700","$42,200,000,000",Michael Kasbar
107,Abbott Laboratories,Medical Products and Equipment,Abbott Park,Illinois,60064,abbott.com,"114,000","$42,000,000,000",Robert Ford
108,Best Buy,Specialty Retailers: Other,Richfield,Minnesota,55423,bestbuy.com,"85,000","$41,500,000,000",Corie Barry
109,Northwestern Mutual,"Insurance: Life, Health (Mutual)",Milwaukee,Wisconsin,53202,northwesternmutual.com,"8,200","$41,400,000,000",Timothy Gerend
110,Northrop Grumman,Aerospace & Defense,Falls Church,Virginia,22042,northropgrumman.com,"97,000","$41,000,000,000",Kathy Warden
111,Molina Healthcare,Health Care: Insurance and Managed Care,Long Beach,California,90802,molinahealthcare.com,"18,000","$40,600,000,000",Joseph Zubretsky
112,Dollar General,Specialty Retailers: Other,Goodlettsville,Tennessee,37072,dollargeneral.com,"194,200","$40,600,000,000",Todd Vasos
113,Bank of New York Mellon,Commercial Banks,New York,New York,10286,bny.com,"51,800","$39,900,000,000",Robin Vince
114,Warner Bros. Discovery,Entertainment,New York,New York,10003,wbd.com,"35,000","$39,300,000,000",David Zaslav
115,CHS,Food Production,Inver Grove Heights,Minnesota,55077,chsinc.com,"10,700","$39,300,000,000",Jay Debertin
116,Netflix,Entertainment,Los Gatos,California,95032,netflix.com,"14,000","$39,000,000,000",Ted Sarandos
117,Qualcomm,Semiconductors and Other Electronic Components,San Diego,California,92121,qualcomm.com,"49,000","$39,000,000,000",Cristiano Amon
118,General Electric,Aerospace & Defense,Evendale,Ohio,45215,ge.com,"53,000","$38,700,000,000",Lawrence Culp Jr.
119,Honeywell International,Industrial Machinery,Charlotte,North Carolina,28202,honeywell.com,"102,000","$38,500,000,000",Vimal Kapur
120,Salesforce,Computer Software,San Francisco,California,94105,salesforce.com,"76,500","$37,900,000,000",Marc Benioff
121,Philip Morris International,Tobacco,Stamford,Connecticut,6901,pmi.com,"83,100","$37,900,000,000",Jacek Olczak
122,US Foods,Wholesalers: Food and Grocery,Rosemont,Illinois,60018,usfoods.com,"30,000","$37,900,000,000",David Flitman
123,D.R. Horton,Homebuilders,Arlington,Texas,76011,drhorton.com,"14,800","$36,800,000,000",Paul Romanowski
124,Lithia Motors,"Automotive Retailing, Services",Medford,Oregon,97501,lithiadriveway.com,"30,200","$36,600,000,000",Bryan DeBoer
125,Mondelez International,Food Consumer Products,Chicago,Illinois,60607,mondelezinternational.com,"90,000","$36,400,000,000",Dirk Van de Put
126,Starbucks,Food Services,Seattle,Washington,98134,starbucks.com,"361,000","$36,200,000,000",Brian Niccol
127,Visa,Financial Data Services,San Francisco,California,94105,visa.com,"31,600","$35,900,000,000",Ryan McInerney
128,CBRE Group,Real Estate,Dallas,Texas,75201,cbre.com,"140,000","$35,800,000,000",Robert Sulentic
129,Lennar,Homebuilders,Miami,Florida,33126,lennar.com,"13,300","$35,400,000,000",Jonathan Jaffe
130,GE Vernova,Energy,Cambridge,Massachusetts,2141,gevernova.com,"76,800","$34,900,000,000",Scott Strazik
131,PNC Financial Services,Commercial Banks,Pittsburgh,Pennsylvania,15222,pnc.com,"54,400","$34,400,000,000",William Demchak
132,Cummins,Industrial Machinery,Columbus,Indiana,47201,cummins.com,"69,600","$34,100,000,000",Jennifer Rumsey
133,Paccar,Motor Vehicles & Parts,Bellevue,Washington,98004,paccar.com,"30,100","$33,700,000,000",Preston Feight
134,Amgen,Pharmaceuticals,Thousand Oaks,California,91320,amgen.com,"28,000","$33,400,000,000",Robert Bradway
135,PBF Energy,Petroleum Refining,Parsippany,New Jersey,7054,pbfenergy.com,"3,900","$33,100,000,000",Matthew Lucey
136,GuideWell Mutual,"Insurance: Life, Health (Stock)",Jacksonville,Florida,32246,guidewell.com,"17,900","$33,000,000,000",Patrick Geraghty
137,PayPal Holdings,Financial Data Services,San Jose,California,95131,paypal.com,"24,400","$31,800,000,000",Alex Chriss
138,United Natural Foods,Wholesalers: Food and Grocery,Providence,Rhode Island,2908,unfi.com,"28,300","$31,000,000,000",Sandy Douglas
139,Dollar Tree,Specialty Retailers: Other,Chesapeake,Virginia,23320,dollartree.com,"139,600","$30,800,000,000","Michael Creedon, Jr."
140,Nucor Corporation,Metals,Charlotte,North Carolina,28211,nucor.com,"32,700","$30,700,000,000",Leon Topalian
141,Penske Automotive Group,"Automotive Retailing, Services",Bloomfield Hills,Michigan,48302,penskeautomotive.com,"28,900","$30,500,000,000",Roger Penske
142,Coupang,Internet Services and Retailing,Seattle,Washington,98101,aboutcoupang.com,"95,000","$30,300,000,000",Bom Kim
143,Hewlett Packard Enterprise,"Computers, Office Equipment",Spring,Texas,77389,hpe.com,"61,000","$30,100,000,000",Antonio Neri
144,Duke Energy,Utilities: Gas and Electric,Charlotte,North Carolina,28202,duke-energy.com,"26,400","$29,900,000,000",Harry Sideris
145,KKR & Co.,Securities,New York,New York,10001,kkr.com,"4,800","$29,900,000,000",Joseph Bae
146,Ferguson,Wholesalers: Diversified,Newport News,Virginia,23606,ferguson.com,"35,000","$29,600,000,000",Kevin Murphy
147,Paramount Global,Entertainment,New York,New York,10036,paramount.com,"20,400","$29,200,000,000",Brian Robbins
148,Jabil,Semiconductors and Other Electronic Components,St. Petersburg,Florida,33716,jabil.com,"138,000","$28,900,000,000",Michael Dastoor
149,Gilead Sciences,Pharmaceuticals,Foster City,California,94404,gilead.com,"17,600","$28,800,000,000",Daniel O'Day
150,HF Sinclair,Petroleum Refining,Dallas,Texas,75219,hfsinclair.com,"5,300","$28,600,000,000",Tim Go
151,CarMax,"Automotive Retailing, Services",Richmond,Virginia,23238,carmax.com,"29,800","$28,200,000,000",William Nash
152,Mastercard,Financial Data Services,Purchase,New York,10577,mastercard.com,"35,300","$28,200,000,000",Michael Miebach
153,NRG Energy,Energy,Houston,Texas,77002,nrg.com,"15,600","$28,100,000,000",Lawrence Coben
154,Arrow Electronics,Wholesalers: Electronics and Office Equipment,Centennial,Colorado,80112,arrow.com,"21,500","$27,900,000,000",Sean Kerins
155,Baker Hughes,"Oil and Gas Equipment, Services",Houston,Texas,77079,bakerhughes.com,"57,000","$27,800,000,000",Lorenzo Simonelli
156,Southwest Airlines,Airlines,Dallas,Texas,75235,southwest.com,"72,400","$27,500,000,000",Robert Jordan
157,American International Group,Insurance: Property and Casualty (Stock),New York,New York,10020,aig.com,"22,200","$27,300,000,000",Peter Zaffino
158,Applied Materials,Semiconductors and Other Electronic Components,Santa Clara,California,95054,appliedmaterials.com,"35,700","$27,200,000,000",Gary Dickerson
159,Occidental Petroleum,"Mining, Crude-Oil Production",Houston,Texas,77046,oxy.com,"13,300","$26,900,000,000",Vicki Hollub
160,AutoNation,"Automotive Retailing, Services",Fort Lauderdale,Florida,33301,autonation.com,"25,100","$26,800,000,000",Michael Manley
161,Southern Company,Utilities: Gas and Electric,Atlanta,Georgia,30308,southerncompany.com,"28,500","$26,700,000,000",Christopher Womack
162,The Hartford Financial Services Group,Insurance: Property and Casualty (Stock),Hartford,Connecticut,6155,thehartford.com,"19,100","$26,500,000,000",Christopher Swift
163,Apollo Global Management,Securities,New York,New York,10019,apollo.com,"5,100","$26,300,000,000",Marc Rowan
164,Charles Schwab,Securities,Westlake,Texas,76262,aboutschwab.com,"32,100","$26,000,000,000",Richard Wurster
165,McDonald's,Food Services,Chicago,Illinois,60607,mcdonalds.com,"150,000","$25,900,000,000",Christopher Kempczinski
166,Kraft Heinz,Food Consumer Products,Chicago,Illinois,60601,kraftheinzcompany.com,"36,000","$25,800,000,000",Carlos Abrams-Rivera
167,Advanced Micro Devices,Semiconductors and Other Electronic Components,Santa Clara,California,95054,amd.com,"28,000","$25,800,000,000",Lisa Su
168,Truist Financial,Commercial Banks,Charlotte,North Carolina,28202,truist.com,"37,600","$25,600,000,000",William Rogers Jr.
169,Freeport-McMoRan,"Mining, Crude-Oil Production",Phoenix,Arizona,85004,fcx.com,"28,500","$25,500,000,000",Kathleen Quirk
170,Micron Technology,Semiconductors and Other Electronic Components,Boise,Idaho,83716,micron.com,"48,000","$25,100,000,000",Sanjay Mehrotra
171,Marriott International,"Hotels, Casinos, Resorts",Bethesda,Maryland,20814,marriott.com,"155,000","$25,100,000,000",Anthony Capuano
172,Carrier Global,Industrial Machinery,Palm Beach Gardens,Florida,33418,carrier.com,"48,000","$24,800,000,000",David Gitlin
173,NextEra Energy,Utilities: Gas and Electric,Juno Beach,Florida,33408,nexteraenergy.com,"16,800","$24,800,000,000",John Ketchum
174,3M Company,Chemicals,St. Paul,Minnesota,55144,3m.com,"61,500","$24,600,000,000",William Brown
175,Marsh & McLennan,Diversified Financials,New York,New York,10036,marshmclennan.com,"90,000","$24,500,000,000",John Doyle
176,PG&E Corporation,Utilities: Gas and Electric,Oakland,California,94612,pgecorp.com,"28,400","$24,400,000,000",Patricia Poppe
177,Union Pacific,Railroads,Omaha,Nebraska,68179,up.com,"32,400","$24,200,000,000",Jim Vena
178,Synchrony Financial,Diversified Financials,Stamford,Connecticut,6902,synchrony.com,"20,000","$24,200,000,000",Brian Doubles
179,Block,Financial Data Services,Oakland,California,94612,block.xyz,"11,400","$24,100,000,000",Jack Dorsey
180,Danaher,Medical Products and Equipment,Washington,District Of Columbia,20037,danaher.com,"62,000","$23,900,000,000",Rainer Blair
181,Avnet,Wholesalers: Electronics and Office Equipment,Phoenix,Arizona,85034,avnet.com,"15,500","$23,800,000,000",Philip Gallagher
182,Booking Holdings,Internet Services and Retailing,Norwalk,Connecticut,6854,bookingholdings.com,"24,200","$23,700,000,000",Glenn Fogel
183,EOG Resources,"Mining, Crude-Oil Production",Houston,Texas,77002,eogresources.com,"3,200","$23,700,000,000",Ezra Yacob
184,Quanta Services,Engineering & Construction,Houston,Texas,77008,quantaservices.com,"58,400","$23,700,000,000",Earl Austin Jr.
185,Discover Financial Services,Diversified Financials,Riverwoods,Illinois,60015,discover.com,"21,000","$23,600,000,000",Michael Shepherd
186,Constellation Energy,Energy,Baltimore,Maryland,21231,constellationenergy.com,"14,200","$23,600,000,000",Joseph Dominguez
187,Genuine Parts Company,Wholesalers: Diversified,Atlanta,Georgia,30339,genpt.com,"63,000","$23,500,000,000",William Stengel II
188,Jones Lang LaSalle,Real Estate,Chicago,Illinois,60601,jll.com,"112,100","$23,400,000,000",Christian Ulbrich
189,Lear Corporation,Motor Vehicles & Parts,Southfield,Michigan,48033,lear.com,"173,700","$23,300,000,000",Raymond Scott
190,Live Nation Entertainment,Entertainment,Beverly Hills,California,90210,livenationentertainment.com,"24,200","$23,200,000,000",Michael Rapino
191,Sherwin-Williams,Chemicals,Cleveland,Ohio,44115,sherwin-williams.com,"63,900","$23,100,000,000",Heidi Petz
192,Exelon,Utilities: Gas and Electric,Chicago,Illinois,60603,exeloncorp.com,"20,000","$23,000,000,000",Calvin Butler Jr.
193,Macy's,General Merchandisers,New York,New York,10001,macysinc.com,"94,200","$23,000,000,000",Tony Spring
194,Halliburton,"Oil and Gas Equipment, Services",Houston,Texas,77032,halliburton.com,"48,000","$22,900,000,000",Jeffrey Miller
195,Stryker Corporation,Medical Products and Equipment,Portage,Michigan,49002,stryker.com,"53,000","$22,600,000,000",Kevin Lobo
196,Reinsurance Group of America,"Insurance: Life, Health (Stock)",Chesterfield,Missouri,63017,rgare.com,"4,100","$22,100,000,000",Tony Cheng
197,Waste Management,Waste Management,Houston,Texas,77002,wm.com,"61,700","$22,100,000,000",James Fish Jr.
198,State Street Corporation,Commercial Banks,Boston,Massachusetts,2114,statestreet.com,"52,600","$22,100,000,000",Ronald O'Hanley
199,WESCO International,Wholesalers: Diversified,Pittsburgh,Pennsylvania,15219,wesco.com,"20,000","$21,800,000,000",John Engel
200,Oneok,Pipelines,Tulsa,Oklahoma,74103,oneok.com,"5,200","$21,700,000,000",Pierce Norton II
201,Adobe,Computer Software,San Jose,California,95110,adobe.com,"30,700","$21,500,000,000",Shantanu Narayen
202,American Family Insurance Group,Insurance: Property and Casualty (Stock),Madison,Wisconsin,53783,amfam.com,"11,100","$21,300,000,000",William Westrate
203,L3Harris Technologies,Aerospace & Defense,Melbourne,Florida,32919,l3harris.com,"47,000","$21,300,000,000",Christopher Kubasik
204,Ross Stores,Specialty Retailers: Apparel,Dublin,California,94568,rossstores.com,"107,000","$21,100,000,000",James Conroy
205,CDW,Information Technology Services,Vernon Hills,Illinois,60061,cdw.com,"15,100","$21,000,000,000",Christine Leahy
206,Tenet Healthcare,Health Care: Medical Facilities,Dallas,Texas,75254,tenethealth.com,"86,200","$20,700,000,000",Saumya Sutaria
207,BJ's Wholesale Club,General Merchandisers,Marlborough,Massachusetts,1752,bjs.com,"33,000","$20,500,000,000",Robert Eddy
208,Fiserv,Financial Data Services,Milwaukee,Wisconsin,53203,fiserv.com,"38,000","$20,500,000,000",Michael Lyons
209,Altria Group,Tobacco,Richmond,Virginia,23230,altria.com,"6,200","$20,400,000,000",William Gifford Jr.
210,BlackRock,Securities,New York,New York,10001,blackrock.com,"21,100","$20,400,000,000",Laurence Fink
211,Becton Dickinson,Medical Products and Equipment,Franklin Lakes,New Jersey,7417,bd.com,"74,000","$20,200,000,000",Thomas Polen
212,Colgate-Palmolive,Household and Personal Products,New York,New York,10022,colgatepalmolive.com,"34,000","$20,100,000,000",Noel Wallace
213,Kimberly-Clark,Household and Personal Products,Irving,Texas,75038,kimberly-clark.com,"38,000","$20,100,000,000",Michael Hsu
214,Group 1 Automotive,"Automotive Retailing, Services",Houston,Texas,77024,group1auto.com,"20,400","$19,900,000,000",Daryl Kenningham
215,Parker-Hannifin,Industrial Machinery,Cleveland,Ohio,44124,parker.com,"61,100","$19,900,000,000",Jennifer Parmentier
216,General Mills,Food Consumer Products,Minneapolis,Minnesota,55426,generalmills.com,"34,000","$19,900,000,000",Jeffrey Harmening
217,Cognizant Technology Solutions,Information Technology Services,Teaneck,New Jersey,7666,cognizant.com,"336,800","$19,700,000,000",Ravi Kumar S
218,American Electric Power,Utilities: Gas and Electric,Columbus,Ohio,43215,aep.com,"16,300","$19,700,000,000",William Fehrman
219,GE HealthCare Technologies,Medical Products and Equipment,Chicago,Illinois,60661,gehealthcare.com,"53,000","$19,700,000,000",Peter Arduini
220,Automatic Data Processing,Diversified Outsourcing Services,Roseland,New Jersey,7068,adp.com,"64,000","$19,200,000,000",Maria Black
221,Cleveland-Cliffs,Metals,Cleveland,Ohio,44114,clevelandcliffs.com,"30,000","$19,200,000,000",Lourenco Goncalves
222,Aflac,"Insurance: Life, Health (Stock)",Columbus,Georgia,31999,aflac.com,"12,700","$18,900,000,000",Daniel Amos
223,Goodyear Tire & Rubber,Motor Vehicles & Parts,Akron,Ohio,44316,goodyear.com,"68,000","$18,900,000,000",Mark Stewart
224,Corebridge Financial,Diversified Financials,Houston,Texas,77019,corebridgefinancial.com,"5,200","$18,800,000,000",Kevin Hogan
225,Newmont,"Mining, Crude-Oil Production",Denver,Colorado,80237,newmont.com,"22,200","$18,700,000,000",Thomas Palmer
226,International Paper,Packaging, Containers,Memphis,Tennessee,38197,internationalpaper.com,"37,000","$18,600,000,000",Andrew Silvernail
227,AutoZone,Specialty Retailers: Other,Memphis,Tennessee,38103,autozone.com,"100,800","$18,500,000,000",Philip Daniele III
228,Lincoln National,"Insurance: Life, Health (Stock)",Radnor,Pennsylvania,19087,lincolnfinancial.com,"9,800","$18,400,000,000",Ellen Cooper
229,PulteGroup,Homebuilders,Atlanta,Georgia,30326,pultegroupinc.com,"6,800","$17,900,000,000",Ryan Marshall
230,Ameriprise Financial,Diversified Financials,Minneapolis,Minnesota,55474,ameriprise.com,"13,600","$17,900,000,000",James Cracchiolo
231,Murphy USA,Specialty Retailers: Other,El Dorado,Arkansas,71730,murphyusa.com,"11,600","$17,900,000,000",Andrew Clyde
232,ManpowerGroup,Diversified Outsourcing Services,Milwaukee,Wisconsin,53212,manpowergroup.com,"26,700","$17,900,000,000",Jonas Prising
233,C.H. Robinson Worldwide,Transportation and Logistics,Eden Prairie,Minnesota,55347,chrobinson.com,"13,800","$17,700,000,000",David Bozeman
234,PPG Industries,Chemicals,Pittsburgh,Pennsylvania,15272,ppg.com,"46,000","$17,700,000,000",Timothy Knavish
235,Edison International,Utilities: Gas and Electric,Rosemead,California,91770,edisoninvestor.com,"14,000","$17,600,000,000",Pedro Pizarro
236,Steel Dynamics,Metals,Fort Wayne,Indiana,46804,steeldynamics.com,"13,000","$17,500,000,000",Mark Millett
237,Loews Corporation,Insurance: Property and Casualty (Stock),New York,New York,10019,loews.com,"13,000","$17,500,000,000",Benjamin Tisch
238,Emerson Electric,Industrial Machinery,St. Louis,Missouri,63136,emerson.com,"73,000","$17,500,000,000",Karsanbhai
239,Aramark,Diversified Outsourcing Services,Philadelphia,Pennsylvania,19103,aramark.com,"266,700","$17,400,000,000",John Zillmer
240,MGM Resorts International,"Hotels, Casinos, Resorts",Las Vegas,Nevada,89109,mgmresorts.com,"69,000","$17,200,000,000",William Hornbuckle
241,Vistra,Energy,Irving,Texas,75039,vistracorp.com,"6,800","$17,200,000,000",James Burke
242,Asbury Automotive Group,"Automotive Retailing, Services",Duluth,Georgia,30097,asburyauto.com,"15,000","$17,200,000,000",David Hult
243,W.W. Grainger,Wholesalers: Diversified,Lake Forest,Illinois,60045,grainger.com,"25,000","$17,200,000,000",Macpherson
244,Global Partners,Energy,Waltham,Massachusetts,2453,globalp.com,"3,800","$17,200,000,000",Eric Slifka
245,Jacobs Solutions,Diversified Outsourcing Services,Dallas,Texas,75201,jacobs.com,"44,000","$17,000,000,000",Bob Pragada
246,Corteva Agriscience,Food Production,Indianapolis,Indiana,46268,corteva.com,"22,000","$16,900,000,000",Charles Magro
247,Peter Kiewit Sons',Engineering & Construction,Omaha,Nebraska,68102,kiewit.com,"31,800","$16,800,000,000",Rick Lanoha
248,Boston Scientific,Medical Products and Equipment,Marlborough,Massachusetts,1752,bostonscientific.com,"53,000","$16,700,000,000",Michael Mahoney
249,O'Reilly Automotive,Specialty Retailers: Other,Springfield,Missouri,65802,oreillyauto.com,"85,600","$16,700,000,000",Brad Beckham
250,Leidos Holdings,Information Technology Services,Reston,Virginia,20190,leidos.com,"48,000","$16,700,000,000",Thomas Bell
251,Markel,Insurance: Property and Casualty (Stock),Glen Allen,Virginia,23060,mklgroup.com,"22,000","$16,600,000,000",Thomas Gayner
252,Whirlpool Corporation,"Electronics, Electrical Equip.",Benton Harbor,Michigan,49022,whirlpoolcorp.com,"44,000","$16,600,000,000",Marc Bitzer
253,Guardian Life Insurance Company of America,"Insurance: Life, Health (Mutual)",New York,New York,10001,guardianlife.com,"7,500","$16,500,000,000",Andrew McMahon
254,Builders FirstSource,"Building Materials, Glass",Irving,Texas,75039,bldr.com,"29,000","$16,400,000,000",Peter Jackson
255,Ally Financial,Diversified Financials,Detroit,Michigan,48226,ally.com,"10,700","$16,400,000,000",Michael Rhodes
256,Targa Resources,Pipelines,Houston,Texas,77002,targaresources.com,"3,400","$16,400,000,000",Matthew Meloy
257,Fluor Corporation,Engineering & Construction,Irving,Texas,75039,fluor.com,"26,900","$16,300,000,000",James Breuer
258,Intuit,Computer Software,Mountain View,California,94043,intuit.com,"24,200","$16,300,000,000",Sasan Goodarzi
259,AECOM,Engineering & Construction,Dallas,Texas,75240,aecom.com,"51,000","$16,300,000,000",Troy Rudd
260,Edward Jones,Securities,Des Peres,Missouri,63131,edwardjones.com,"55,000","$16,300,000,000",Penny Pennington
261,Kohl's,General Merchandisers,Menomonee Falls,Wisconsin,53051,kohls.com,"60,000","$16,200,000,000",Michael Bender
262,Land O'Lakes,Food Consumer Products,Arden Hills,Minnesota,55126,landolakesinc.com,"9,000","$16,200,000,000",Beth Ford
263,Principal Financial Group,"Insurance: Life, Health (Stock)",Des Moines,Iowa,50392,principal.com,"19,700","$16,100,000,000",Deanna Strable-Soethout
264,Dominion Energy,Utilities: Gas and Electric,Richmond,Virginia,23219,dominionenergy.com,"14,700","$16,100,000,000",Robert Blue
265,Kyndryl Holdings,Information Technology Services,New York,New York,10017,kyndryl.com,"80,000","$16,100,000,000",Martin Schroeter
266,Republic Services,Waste Management,Phoenix,Arizona,85054,republicservices.com,"42,000","$16,000,000,000",Jon Vander Ark
267,Devon Energy,Mining, Crude-Oil Production,Oklahoma City,Oklahoma,73102,devonenergy.com,"2,300","$15,900,000,000",Clay Gaspar
268,Illinois Tool Works,Industrial Machinery,Glenview,Illinois,60025,itw.com,"44,000","$15,900,000,000",Christopher O'Herlihy
269,Northern Trust Corporation,Commercial Banks,Chicago,Illinois,60603,northerntrust.com,"23,300","$15,900,000,000",Michael O'Grady
270,Auto-Owners Insurance,Insurance: Property and Casualty (Mutual),Lansing,Michigan,48917,auto-owners.com,"7,300","$15,800,000,000",Jamie Whisnant
271,Universal Health Services,Health Care: Medical Facilities,King of Prussia,Pennsylvania,19406,uhs.com,"87,500","$15,800,000,000",Marc Miller
272,Pacific Life,"Insurance: Life, Health (Stock)",Newport Beach,California,92660,pacificlife.com,"4,300","$15,800,000,000",Darryl Button
273,EchoStar,Telecommunications,Englewood,Colorado,80112,echostar.com,"13,700","$15,800,000,000",Hamid Akhavan
274,Ecolab,Chemicals,St. Paul,Minnesota,55102,ecolab.com,"48,000","$15,700,000,000",Christophe Beck
275,Cheniere Energy,Pipelines,Houston,Texas,77002,cheniere.com,"1,700","$15,700,000,000",Jack Fusco
276,Omnicom Group,"Advertising, Marketing",New York,New York,10017,omnicomgroup.com,"74,900","$15,700,000,000",John Wren
277,Texas Instruments,Semiconductors and Other Electronic Components,Dallas,Texas,75243,ti.com,"34,000","$15,600,000,000",Haviv Ilan
278,United States Steel Corporation,Metals,Pittsburgh,Pennsylvania,15219,ussteel.com,"22,100","$15,600,000,000",David Burritt
279,Estée Lauder Companies,Household and Personal Products,New York,New York,10153,elcompanies.com,"53,000","$15,600,000,000",Stéphane de La Faverie
280,Farmers Insurance Exchange,Insurance: Property and Casualty (Mutual),Woodland Hills,California,91367,farmers.com,"9,900","$15,500,000,000",Raul Nicholas Vargas Ochoa
281,Kenvue,Household and Personal Products,Summit,New Jersey,7901,kenvue.com,"22,000","$15,500,000,000",Thibaut Mongon
282,IQVIA Holdings,Health Care: Pharmacy and Other Services,Durham,North Carolina,27703,iqvia.com,"88,000","$15,400,000,000",Ari Bousbib
283,Stanley Black & Decker,Industrial Machinery,New Britain,Connecticut,6053,stanleyblackanddecker.com,"48,500","$15,400,000,000",Donald Allan Jr.
284,Keurig Dr Pepper,Beverages,Burlington,Massachusetts,1803,keurigdrpepper.com,"29,400","$15,400,000,000",Timothy Cofer
285,United Rentals,Specialty Retailers: Other,Stamford,Connecticut,6902,unitedrentals.com,"27,900","$15,300,000,000",Matthew Flannery
286,Consolidated Edison,Utilities: Gas and Electric,New York,New York,10003,conedison.com,"15,100","$15,300,000,000",Timothy Cawley
287,Amphenol,Network and Other Communications Equipment,Wallingford,Connecticut,6492,amphenol.com,"125,000","$15,200,000,000",Adam Norwitt
288,Baxter International,Medical Products and Equipment,Deerfield,Illinois,60015,baxter.com,"38,000","$15,100,000,000",Brent Shafer
289,Kinder Morgan,Pipelines,Houston,Texas,77002,kindermorgan.com,"10,900","$15,100,000,000",Kimberly Dang
290,Gap Inc.,Specialty Retailers: Apparel,San Francisco,California,94105,gapinc.com,"82,000","$15,100,000,000",Richard Dickson
291,Nordstrom,General Merchandisers,Seattle,Washington,98101,nordstrom.com,"41,000","$15,000,000,000",Erik Nordstrom
292,Super Micro Computer,"Computers, Office Equipment",San Jose,California,95131,supermicro.com,"5,700","$15,000,000,000",Charles Liang
293,First Citizens BancShares,Commercial Banks,Raleigh,North Carolina,27609,firstcitizens.com,"17,300","$15,000,000,000",Frank Holding Jr.
294,Raymond James Financial,Securities,St. Petersburg,Florida,33716,raymondjames.com,"19,000","$14,900,000,000",Paul Shoukry
295,Lam Research,Semiconductors and Other Electronic Components,Fremont,California,94538,lamresearch.com,"17,400","$14,900,000,000",Timothy Archer
296,Tractor Supply,Specialty Retailers: Other,Brentwood,Tennessee,37027,tractorsupply.com,"39,000","$14,900,000,000",Harry Lawton III
297,Casey's General Stores,Specialty Retailers: Other,Ankeny,Iowa,50021,caseys.com,"33,100","$14,900,000,000",Darren Rebelez
298,Viatris,Pharmaceuticals,Canonsburg,Pennsylvania,15317,viatris.com,"32,000","$14,700,000,000",Scott Smith
299,Mutual of Omaha Insurance,"Insurance: Life, Health (Mutual)",Omaha,Nebraska,68175,mutualofomaha.com,"6,500","$14,600,000,000",James Blackledge
300,EMCOR Group,Engineering & Construction,Norwalk,Connecticut,6851,emcorgroup.com,"40,400","$14,600,000,000",Anthony Guzzi
301,CSX,Railroads,Jacksonville,Florida,32202,csx.com,"23,500","$14,500,000,000",Joseph Hinrichs
302,LKQ Corporation,Wholesalers: Diversified,Antioch,Tennessee,37013,lkqcorp.com,"47,000","$14,400,000,000",Justin Jude
303,Otis Worldwide,Industrial Machinery,Farmington,Connecticut,6032,otis.com,"72,000","$14,300,000,000",Judith Marks
304,Sonic Automotive,"Automotive Retailing, Services",Charlotte,North Carolina,28211,sonicautomotive.com,"10,800","$14,200,000,000",David Bruton Smith
305,S&P Global,Financial Data Services,New York,New York,10041,spglobal.com,"42,400","$14,200,000,000",Martina Cheung
306,Regeneron Pharmaceuticals,Pharmaceuticals,Tarrytown,New York,10591,regeneron.com,"15,100","$14,200,000,000",Leonard Schleifer
307,BorgWarner,Motor Vehicles & Parts,Auburn Hills,Michigan,48326,borgwarner.com,"38,300","$14,100,000,000",Joseph Fadool
308,Fox Corporation,Entertainment,New York,New York,10036,foxcorporation.com,"10,200","$14,000,000,000",Lachlan Murdoch
309,Reliance,Metals,Scottsdale,Arizona,85254,reliance.com,"16,000","$13,800,000,000",Karla Lewis
310,Western & Southern Financial Group,"Insurance: Life, Health (Mutual)",Cincinnati,Ohio,45202,westernsouthern.com,"2,700","$13,800,000,000",John Barrett
311,Textron Inc.,Aerospace & Defense,Providence,Rhode Island,2903,textron.com,"34,000","$13,700,000,000",Scott Donnelly
312,Expedia Group,Internet Services and Retailing,Seattle,Washington,98119,expediagroup.com,"16,500","$13,700,000,000",Ariane Gorin
313,Fidelity National Financial,Insurance: Property and Casualty (Stock),Jacksonville,Florida,32204,fnf.com,"23,500","$13,700,000,000",Michael Nolan
314,Carvana,"Automotive Retailing, Services",Tempe,Arizona,85281,carvana.com,"17,400","$13,700,000,000",Ernest Garcia III
315,DXC Technology,Information Technology Services,Ashburn,Virginia,20147,dxc.technology,"130,000","$13,700,000,000",Raul Fernandez
316,W.R. Berkley,Insurance: Property and Casualty (Stock),Greenwich,Connecticut,6830,berkley.com,"8,600","$13,600,000,000",Robert Berkley Jr.
317,M&T Bank,Commercial Banks,Buffalo,New York,14203,mtb.com,"22,100","$13,500,000,000",René Jones
318,Dick's Sporting Goods,Specialty Retailers: Other,Coraopolis,Pennsylvania,15108,dickssportinggoods.com,"37,400","$13,400,000,000",Lauren Hobart
319,Xcel Energy,Utilities: Gas and Electric,Minneapolis,Minnesota,55401,xcelenergy.com,"11,400","$13,400,000,000",Robert Frenzel
320,Fifth Third Bancorp,Commercial Banks,Cincinnati,Ohio,45263,53.com,"18,600","$13,300,000,000",Timothy Spence
321,Blackstone,Diversified Financials,New York,New York,10154,blackstone.com,"4,900","$13,200,000,000",Stephen Schwarzman
322,Sempra,Utilities: Gas and Electric,San Diego,California,92101,sempra.com,"16,800","$13,200,000,000",Walker Martin
323,Erie Insurance Group,Insurance: Property and Casualty (Mutual),Erie,Pennsylvania,16530,erieinsurance.com,"6,700","$13,200,000,000",Timothy NeCastro
324,Corning,"Electronics, Electrical Equip.",Corning,New York,14831,corning.com,"56,300","$13,100,000,000",Wendell Weeks
325,Lumen Technologies,Telecommunications,Monroe,Louisiana,71203,lumen.com,"25,000","$13,100,000,000",Kathleen Johnson
326,FirstEnergy,Utilities: Gas and Electric,Akron,Ohio,44308,firstenergycorp.com,"12,300","$13,000,000,000",Brian Tierney
327,Hess Corporation,"Mining, Crude-Oil Production",New York,New York,10036,hess.com,"1,800","$13,000,000,000",John Hess
328,Labcorp Holdings,Health Care: Pharmacy and Other Services,Burlington,North Carolina,27215,labcorp.com,"65,400","$13,000,000,000",Adam Schechter
329,Western Digital,"Computers, Office Equipment",San Jose,California,95119,westerndigital.com,"51,000","$13,000,000,000",Tiang Yew Tan
330,Unum Group,"Insurance: Life, Health (Stock)",Chattanooga,Tennessee,37402,unum.com,"10,900","$12,900,000,000",Richard McKenney
331,DaVita,Health Care: Medical Facilities,Denver,Colorado,80202,davita.com,"76,000","$12,800,000,000",Javier Rodriguez
332,Kellanova,Food Consumer Products,Chicago,Illinois,60654,kellanova.com,"24,000","$12,700,000,000",Steven Cahillane
333,Henry Schein,Wholesalers: Health Care,Melville,New York,11747,henryschein.com,"25,000","$12,700,000,000",Stanley Bergman
334,Ryder System,Transportation and Logistics,Coral Gables,Florida,33134,ryder.com,"50,700","$12,600,000,000",Robert Sanchez
335,Community Health Systems,Health Care: Medical Facilities,Franklin,Tennessee,37067,chs.net,"52,500","$12,600,000,000",Tim Hingtgen
336,Delek US Holdings,Petroleum Refining,Brentwood,Tennessee,37027,delekus.com,"2,000","$12,500,000,000",Avigal Soreq
337,DTE Energy,Utilities: Gas and Electric,Detroit,Michigan,48226,dteenergy.com,"9,500","$12,500,000,000",Gerardo Norcia
338,Equitable Holdings,"Insurance: Life, Health (Stock)",New York,New York,10105,equitableholdings.com,"10,300","$12,400,000,000",Mark Pearson
339,DuPont,Chemicals,Wilmington,Delaware,19805,dupont.com,"24,000","$12,400,000,000",Lori Koch
340,LPL Financial Holdings,Securities,San Diego,California,92121,lpl.com,"9,000","$12,400,000,000",Rich Steinmeier
341,Citizens Financial Group,Commercial Banks,Providence,Rhode Island,2903,citizensbank.com,"17,300","$12,400,000,000",Bruce Van Saun
342,MasTec,Engineering & Construction,Coral Gables,Florida,33134,mastec.com,"32,000","$12,300,000,000",José Mas
343,The AES Corporation,Utilities: Gas and Electric,Arlington,Virginia,22203,aes.com,"9,100","$12,300,000,000",Andrés Gluski
344,Berry Global Group,"Packaging, Containers",Evansville,Indiana,47710,berryglobal.com,"42,000","$12,300,000,000",Kevin Kwilinski
345,Westlake,Chemicals,Houston,Texas,77056,westlake.com,"15,500","$12,100,000,000",Jean-Marc Gilson
346,Norfolk Southern,Railroads,Atlanta,Georgia,30308,norfolksouthern.com,"19,600","$12,100,000,000",Mark George
347,Air Products & Chemicals,Chemicals,Allentown,Pennsylvania,18106,airproducts.com,"22,400","$12,100,000,000",Eduardo Menezes
348,J.B. Hunt Transport Services,"Trucking, Truck Leasing",Lowell,Arkansas,72745,jbhunt.com,"33,600","$12,100,000,000",Shelley Simpson
349,Ball Corporation,"Packaging, Containers",Westminster,Colorado,80021,ball.com,"16,000","$12,100,000,000",Daniel Fisher
350,Conagra Brands,Food Consumer Products,Chicago,Illinois,60654,conagrabrands.com,"18,500","$12,100,000,000",Sean Connolly
351,Huntington Bancshares,Commercial Banks,Columbus,Ohio,43287,huntington.com,"19,900","$12,000,000,000",Stephen Steinour
352,Hormel Foods,Food Consumer Products,Austin,Minnesota,55912,hormelfoods.com,"20,000","$11,900,000,000",James Snee
353,Eversource Energy,Utilities: Gas and Electric,Springfield,Massachusetts,1104,eversource.com,"10,700","$11,900,000,000",Joseph Nolan Jr.
354,Alcoa Corporation,Metals,Pittsburgh,Pennsylvania,15212,alcoa.com,"13,900","$11,900,000,000",William Oplinger
355,Entergy Corporation,Utilities: Gas and Electric,New Orleans,Louisiana,70113,entergy.com,"12,300","$11,900,000,000",Andrew Marsh
356,Assurant,Insurance: Property and Casualty (Stock),Atlanta,Georgia,30339,assurant.com,"14,200","$11,900,000,000",Keith Demmings
357,Chewy,Internet Services and Retailing,Plantation,Florida,33322,chewy.com,"18,000","$11,900,000,000",Sumit Singh
358,Wayfair,Internet Services and Retailing,Boston,Massachusetts,2116,wayfair.com,"12,100","$11,900,000,000",Niraj Shah
359,Crown Holdings,"Packaging, Containers",Tampa,Florida,33637,crowncork.com,"23,000","$11,800,000,000",Timothy Donahue
360,Avis Budget Group,"Automotive Retailing, Services",Parsippany,New Jersey,7054,avisbudgetgroup.com,"20,500","$11,800,000,000",Joseph Ferraro
361,Intercontinental Exchange,Securities,Atlanta,Georgia,30328,ice.com,"12,900","$11,800,000,000",Jeffrey Sprecher
362,Alaska Air Group,Airlines,Seattle,Washington,98188,alaskaair.com,"32,100","$11,700,000,000",Benito Minicucci
363,GXO Logistics,Transportation and Logistics,Greenwich,Connecticut,6831,gxo.com,"128,500","$11,700,000,000",Malcolm Wilson
364,AGCO Corporation,Construction and Farm Machinery,Duluth,Georgia,30096,agcocorp.com,"24,000","$11,700,000,000",Eric Hansotia
365,Graybar Electric,Wholesalers: Diversified,St. Louis,Missouri,63105,graybar.com,"10,000","$11,600,000,000",Kathleen Mazzarella
366,Molson Coors Beverage,Beverages,Chicago,Illinois,60606,molsoncoors.com,"16,800","$11,600,000,000",Gavin Hattersley
367,Arthur J. Gallagher,Diversified Financials,Rolling Meadows,Illinois,60008,ajg.com,"56,000","$11,600,000,000",Patrick Gallagher Jr.
368,Huntington Ingalls Industries,Aerospace & Defense,Newport News,Virginia,23607,hii.com,"44,000","$11,500,000,000",Christopher Kastner
369,International Flavors & Fragrances,Chemicals,New York,New York,10019,iff.com,"22,400","$11,500,000,000",Erik Fyrwald
370,Darden Restaurants,Food Services,Orlando,Florida,32837,darden.com,"191,100","$11,400,000,000",Ricardo Cardenas
371,Cincinnati Financial,Insurance: Property and Casualty (Stock),Fairfield,Ohio,45014,cinfin.com,"5,600","$11,300,000,000",Stephen Spray
372,Chipotle Mexican Grill,Food Services,Newport Beach,California,92660,chipotle.com,"130,500","$11,300,000,000",Scott Boatwright
373,Yum China Holdings,Food Services,Plano,Texas,75074,yumchina.com,"245,500","$11,300,000,000",Joey Wat
374,Las Vegas Sands,Hotels, Casinos, Resorts,Las Vegas,Nevada,89113,sands.com,"40,100","$11,300,000,000",Robert Goldstein
375,Ulta Beauty,Specialty Retailers: Other,Bolingbrook,Illinois,60440,ulta.com,"39,000","$11,300,000,000",Kecia Steelman
376,Caesars Entertainment,"Hotels, Casinos, Resorts",Reno,Nevada,89501,caesars.com,"50,000","$11,300,000,000",Thomas Reeg
377,BrightSpring Health Services,Health Care: Pharmacy and Other Services,Louisville,Kentucky,40222,brightspringhealth.com,"37,000","$11,300,000,000",Jon Rousseau
378,The Andersons,Food Production,Maumee,Ohio,43537,andersonsinc.com,"2,300","$11,300,000,000",William Krueger
379,The Hershey Company,Food Consumer Products,Hershey,Pennsylvania,17033,thehersheycompany.com,"19,300","$11,200,000,000",Michele Buck
380,Hilton Worldwide Holdings,"Hotels, Casinos, Resorts",McLean,Virginia,22102,hilton.com,"181,000","$11,200,000,000",Christopher Nassetta
381,The Mosaic Company,Chemicals,Tampa,Florida,33602,mosaicco.com,"13,800","$11,100,000,000",Bruce Bodine
382,Airbnb,Internet Services and Retailing,San Francisco,California,94103,airbnb.com,"7,300","$11,100,000,000",Brian Chesky
383,Diamondback Energy,"Mining, Crude-Oil Production",Midland,Texas,79701,diamondbackenergy.com,"2,000","$11,100,000,000",Kaes Van’t Hof
384,American Tower Corporation,Real Estate,Boston,Massachusetts,2116,americantower.com,"4,700","$11,000,000,000",Steven Vondran
385,Vertex Pharmaceuticals,Pharmaceuticals,Boston,Massachusetts,2210,vrtx.com,"6,100","$11,000,000,000",Reshma Kewalramani
386,ServiceNow,Computer Software,Santa Clara,California,95054,servicenow.com,"26,300","$11,000,000,000",William McDermott
387,Owens Corning,"Building Materials, Glass",Toledo,Ohio,43659,owenscorning.com,"25,000","$11,000,000,000",Brian Chambers
388,Thrivent Financial for Lutherans,"Insurance: Life, Health (Mutual)",Minneapolis,Minnesota,55415,thrivent.com,"4,000","$10,900,000,000",Teresa Rasmussen
389,Advance Auto Parts,Specialty Retailers: Other,Raleigh,North Carolina,27609,advanceautoparts.com,"48,000","$10,900,000,000",Shane O'Kelly
390,Toll Brothers,Homebuilders,Fort Washington,Pennsylvania,19034,tollbrothers.com,"4,900","$10,800,000,000",Douglas Yearley Jr.
391,Mohawk Industries,"Home Equipment, Furnishings",Calhoun,Georgia,30701,mohawkind.com,"41,900","$10,800,000,000",Jeffrey Lorberbaum
392,Motorola Solutions,Network and Other Communications Equipment,Chicago,Illinois,60661,motorolasolutions.com,"21,000","$10,800,000,000",Gregory Brown
393,Oshkosh Corporation,Construction and Farm Machinery,Oshkosh,Wisconsin,54902,oshkoshcorp.com,"18,500","$10,700,000,000",John Pfeifer
394,DoorDash,Internet Services and Retailing,San Francisco,California,94107,doordash.com,"23,700","$10,700,000,000",Tony Xu
395,Owens & Minor,Wholesalers: Health Care,Glen Allen,Virginia,23060,owens-minor.com,"23,200","$10,700,000,000",Edward Pesicka
396,NVR,Homebuilders,Reston,Virginia,20190,nvrinc.com,"7,000","$10,700,000,000",Eugene Bredow
397,Interpublic Group,"Advertising, Marketing",New York,New York,10022,interpublic.com,"53,300","$10,700,000,000",Philippe Krakowsky
398,Booz Allen Hamilton Holding,Information Technology Services,McLean,Virginia,22102,boozallen.com,"34,200","$10,700,000,000",Horacio Rozanski
399,Burlington Stores,Specialty Retailers: Apparel,Burlington,New Jersey,8016,burlingtoninvestors.com,"47,300","$10,600,000,000",Michael O’Sullivan
400,Expeditors International of Washington,Transportation and Logistics,Bellevue,Washington,98006,expeditors.com,"18,900","$10,600,000,000",Daniel Wall
401,Lululemon Athletica,Specialty Retailers: Apparel,Sumner,Washington,98390,lululemon.com,"39,000","$10,600,000,000",Calvin McDonald
402,Fidelity National Information Services,Financial Data Services,Jacksonville,Florida,32202,fisglobal.com,"50,000","$10,500,000,000",Stephanie Ferris
403,Jefferies Financial Group,Diversified Financials,New York,New York,10022,jefferies.com,"7,800","$10,500,000,000",Richard Handler
404,The Williams Companies,Pipelines,Tulsa,Oklahoma,74172,williams.com,"5,800","$10,500,000,000",Alan Armstrong
405,VF Corporation,Apparel,Denver,Colorado,80202,vfc.com,"24,000","$10,500,000,000",Bracken Darrell
406,FM Global,Insurance: Property and Casualty (Stock),Johnston,Rhode Island,2919,fm.com,"5,800","$10,400,000,000",Malcolm Roberts
407,Autoliv,Motor Vehicles & Parts,Auburn Hills,Michigan,48326,autoliv.com,"62,300","$10,400,000,000",Mikael Bratt
408,Westinghouse Air Brake Technologies,Industrial Machinery,Pittsburgh,Pennsylvania,15212,wabteccorp.com,"29,500","$10,400,000,000",Rafael Santana
409,Public Service Enterprise Group,Utilities: Gas and Electric,Newark,New Jersey,7102,pseg.com,"13,000","$10,300,000,000",Ralph LaRossa
410,Dana Incorporated,Motor Vehicles & Parts,Maumee,Ohio,43537,dana.com,"39,600","$10,300,000,000",Bruce McDonald
411,eBay,Internet Services and Retailing,San Jose,California,95125,ebay.com,"11,500","$10,300,000,000",Jamie Iannone
412,Celanese,Chemicals,Irving,Texas,75039,celanese.com,"12,200","$10,300,000,000",Scott Richardson
413,Global Payments,Financial Data Services,Atlanta,Georgia,30326,globalpaymentsinc.com,"27,000","$10,100,000,000",Cameron Bready
414,News Corp,"Publishing, Printing",New York,New York,10036,newscorp.com,"23,900","$10,100,000,000",Robert Thomson
415,THOR Industries,Motor Vehicles & Parts,Elkhart,Indiana,46514,thorindustries.com,"22,300","$10,000,000,000",Robert Martin
416,QVC,Internet Services and Retailing,Englewood,Colorado,80112,qvcgrp.com,"19,000","$10,000,000,000",David Rawlinson II
417,Icahn Enterprises,Diversified Financials,Sunny Isles Beach,Florida,33160,ielp.com,"15,000","$10,000,000,000",Andrew Teno
418,Constellation Brands,Beverages,Victor,New York,14564,cbrands.com,"9,300","$10,000,000,000",William Newlands
419,Quest Diagnostics,Health Care: Pharmacy and Other Services,Secaucus,New Jersey,7094,questdiagnostics.com,"50,500","$9,900,000,000",James Davis
420,KLA Corporation,Semiconductors and Other Electronic Components,Milpitas,California,95035,kla.com,"15,100","$9,800,000,000",Richard Wallace
421,QXO,Wholesalers: Diversified,Herndon,Virginia,20170,qxo.com,"8,100","$9,800,000,000",Julian Francis
422,APA Corporation,"Mining, Crude-Oil Production",Houston,Texas,77042,apacorp.com,"2,300","$9,700,000,000",John Christmann IV
423,A-Mark Precious Metals,Wholesalers: Diversified,El Segundo,California,90245,amark.com,500,"$9,700,000,000",Gregory Roberts
424,Biogen,Pharmaceuticals,Cambridge,Massachusetts,2142,biogen.com,"7,600","$9,700,000,000",Christopher Viehbacher
425,Campbell Soup Company,Food Consumer Products,Camden,New Jersey,8103,thecampbellscompany.com,"14,400","$9,600,000,000",Mick Beekhuizen
426,Concentrix,Information Technology Services,Newark,California,94560,concentrix.com,"450,000","$9,600,000,000",Christopher Caldwell
427,Cintas,Diversified Outsourcing Services,Cincinnati,Ohio,45262,cintas.com,"46,500","$9,600,000,000",Todd Schneider
428,SpartanNash,Wholesalers: Food and Grocery,Byron Center,Michigan,49315,spartannash.com,"15,000","$9,500,000,000",Tony Sarsam
429,Ace Hardware,Wholesalers: Diversified,Oak Brook,Illinois,60523,acehardware.com,"12,500","$9,500,000,000",John Venhuizen
430,Analog Devices,Semiconductors and Other Electronic Components,Wilmington,Massachusetts,1887,analog.com,"24,000","$9,400,000,000",Vincent Roche
431,Eastman Chemical Company,Chemicals,Kingsport,Tennessee,37660,eastman.com,"14,000","$9,400,000,000",Mark Costa
432,Interactive Brokers Group,Securities,Greenwich,Connecticut,6830,interactivebrokers.com,"3,000","$9,400,000,000",Milan Galik
433,Regions Financial,Commercial Banks,Birmingham,Alabama,35203,regions.com,"19,600","$9,400,000,000",John Turner Jr.
434,JetBlue Airways,Airlines,Long Island City,New York,11101,jetblue.com,"19,800","$9,300,000,000",Joanna Geraghty
435,Zoetis,Pharmaceuticals,Parsippany,New Jersey,7054,zoetis.com,"13,800","$9,300,000,000",Kristin Peck
436,KeyCorp,Commercial Banks,Cleveland,Ohio,44114,key.com,"16,800","$9,200,000,000",Christopher Gorman
437,Oscar Health,Health Care: Insurance and Managed Care,New York,New York,10013,hioscar.com,"2,400","$9,200,000,000",Mark Bertolini
438,Ovintiv,"Mining, Crude-Oil Production",Denver,Colorado,80202,ovintiv.com,"1,600","$9,200,000,000",Brendan McCracken
439,Seaboard Corporation,Food Production,Merriam,Kansas,66202,seaboardcorp.com,"14,000","$9,100,000,000",Robert Steer
440,Hertz Global Holdings,"Automotive Retailing, Services",Estero,Florida,33928,hertz.com,"26,000","$9,000,000,000",Gil West
441,Skechers U.S.A.,Apparel,Manhattan Beach,California,90266,skechers.com,"15,100","$9,000,000,000",Robert Greenberg
442,Altice USA,Telecommunications,Long Island City,New York,11101,alticeusa.com,"10,900","$9,000,000,000",Dennis Mathew
443,NOV Inc.,"Oil and Gas Equipment, Services",Houston,Texas,77042,nov.com,"34,000","$8,900,000,000",Clay Williams
444,Graphic Packaging Holding,"Packaging, Containers",Atlanta,Georgia,30328,graphicpkg.com,"23,000","$8,800,000,000",Michael Doss
445,Avery Dennison,"Packaging, Containers",Mentor,Ohio,44060,averydennison.com,"35,000","$8,800,000,000",Deon Stander
446,Equinix,Real Estate,Redwood City,California,94065,equinix.com,"13,600","$8,700,000,000",Adaire Fox-Martin
447,Insight Enterprises,Information Technology Services,Chandler,Arizona,85286,insight.com,"14,300","$8,700,000,000",Joyce Mullen
448,Sirius XM Holdings,Entertainment,New York,New York,10020,siriusxm.com,"5,500","$8,700,000,000",Jennifer Witz
449,PVH Corp.,Apparel,New York,New York,10017,pvh.com,"22,000","$8,700,000,000",Stefan Larsson
450,CenterPoint Energy,Utilities: Gas and Electric,Houston,Texas,77002,centerpointenergy.com,"8,900","$8,600,000,000",Jason Wells
451,WEC Energy Group,Utilities: Gas and Electric,Milwaukee,Wisconsin,53203,wecenergygroup.com,"7,000","$8,600,000,000",Scott Lauber
452,Xylem,Industrial Machinery,Washington,District Of Columbia,20003,xylem.com,"23,000","$8,600,000,000",Matthew Pine
453,Franklin Resources,Securities,San Mateo,California,94403,franklinresources.com,"10,200","$8,500,000,000",Jennifer Johnson
454,PPL Corporation,Utilities: Gas and Electric,Allentown,Pennsylvania,18101,pplweb.com,"6,700","$8,500,000,000",Vincent Sorgi
455,Workday,Computer Software,Pleasanton,California,94588,workday.com,"20,500","$8,400,000,000",Carl Eschenbach
456,Dover Corporation,Industrial Machinery,Downers Grove,Illinois,60515,dovercorporation.com,"24,000","$8,400,000,000",Richard Tobin
457,Packaging Corporation of America,"Packaging, Containers",Lake Forest,Illinois,60045,packagingcorp.com,"15,400","$8,400,000,000",Mark Kowlzan
458,ABM Industries,Diversified Outsourcing Services,New York,New York,10006,abm.com,"117,000","$8,400,000,000",Scott Salmirs
459,Intuitive Surgical,Medical Products and Equipment,Sunnyvale,California,94086,intuitive.com,"15,600","$8,400,000,000",Gary Guthart
460,American Financial Group,Insurance: Property and Casualty (Stock),Cincinnati,Ohio,45202,afginc.com,"8,700","$8,300,000,000",Carl Lindner lll
461,Rockwell Automation,"Electronics, Electrical Equip.",Milwaukee,Wisconsin,53204,rockwellautomation.com,"27,000","$8,300,000,000",Blake Moret
462,Solventum,Medical Products and Equipment,Maplewood,Minnesota,55144,solventum.com,"22,000","$8,300,000,000",Bryan Hanson
463,Old Republic International,Insurance: Property and Casualty (Stock),Chicago,Illinois,60601,oldrepublic.com,"9,400","$8,200,000,000",Craig Smiddy
464,Securian Financial Group,"Insurance: Life, Health (Stock)",St. Paul,Minnesota,55101,securian.com,"5,600","$8,200,000,000",Christopher Hilger
465,Prologis,Real Estate,San Francisco,California,94111,prologis.com,"2,700","$8,200,000,000",Hamid Moghadam
466,The J.M. Smucker Company,Food Consumer Products,Orrville,Ohio,44667,jmsmucker.com,"9,000","$8,200,000,000",Mark Smucker
467,Taylor Morrison Home,Homebuilders,Scottsdale,Arizona,85251,taylormorrison.com,"3,000","$8,200,000,000",Sheryl Palmer
468,XPO,Transportation and Logistics,Greenwich,Connecticut,6831,xpo.com,"39,500","$8,100,000,000",Mario Harik
469,Voya Financial,Diversified Financials,New York,New York,10169,voya.com,"10,000","$8,000,000,000",Heather Lavallee
470,Palo Alto Networks,Network and Other Communications Equipment,Santa Clara,California,95054,paloaltonetworks.com,"15,300","$8,000,000,000",Nikesh Arora
471,Vertiv Holdings,"Electronics, Electrical Equip.",Westerville,Ohio,43082,vertiv.com,"31,000","$8,000,000,000",Giordano Albertazzi
472,Welltower,Real Estate,Toledo,Ohio,43615,welltower.com,700,"$8,000,000,000",Shankh Mitra
473,Foot Locker,Specialty Retailers: Apparel,New York,New York,10001,footlocker.com,"30,200","$8,000,000,000",Mary Dillon
474,Par Pacific Holdings,Petroleum Refining,Houston,Texas,77024,parpacific.com,"1,800","$8,000,000,000",William Monteleone
475,TransDigm Group,Aerospace & Defense,Cleveland,Ohio,44115,transdigm.com,"16,600","$7,900,000,000",Kevin Stein
476,Commercial Metals Company,Metals,Irving,Texas,75039,cmc.com,"13,200","$7,900,000,000",Peter Matt
477,Post Holdings,Food Consumer Products,St. Louis,Missouri,63144,postholdings.com,"11,500","$7,900,000,000",Robert Vitale
478,Masco Corporation,"Home Equipment, Furnishings",Livonia,Michigan,48152,masco.com,"18,000","$7,800,000,000",Keith Allman
479,Rush Enterprises,"Automotive Retailing, Services",New Braunfels,Texas,78130,rushenterprises.com,"7,900","$7,800,000,000",Rush
480,KBR,Information Technology Services,Houston,Texas,77002,kbr.com,"38,000","$7,700,000,000",Stuart Bradie
481,Sprouts Farmers Market,Food & Drug Stores,Phoenix,Arizona,85054,sprouts.com,"35,000","$7,700,000,000",Jack Sinclair
482,Williams-Sonoma,Specialty Retailers: Other,San Francisco,California,94109,williams-sonomainc.com,"19,600","$7,700,000,000",Laura Alber
483,Zimmer Biomet Holdings,Medical Products and Equipment,Warsaw,Indiana,46580,zimmerbiomet.com,"17,000","$7,700,000,000",Ivan Tornos
484,CACI International,Information Technology Services,Reston,Virginia,20190,caci.com,"24,000","$7,700,000,000",John Mengucci
485,Microchip Technology,Semiconductors and Other Electronic Components,Chandler,Arizona,85224,microchip.com,"22,300","$7,600,000,000",Steve Sanghi
486,Watsco,Wholesalers: Diversified,Miami,Florida,33133,watsco.com,"7,300","$7,600,000,000",Albert Nahmad
487,Newell Brands,"Home Equipment, Furnishings",Atlanta,Georgia,30328,newellbrands.com,"23,700","$7,600,000,000",Christopher Peterson
488,ARKO,Specialty Retailers: Other,Richmond,Virginia,23227,arkocorp.com,"11,800","$7,600,000,000",Arie Kotler
489,Sanmina,Semiconductors and Other Electronic Components,San Jose,California,95134,sanmina.com,"34,500","$7,600,000,000",Jure Sola
490,Electronic Arts,Entertainment,Redwood City,California,94065,ea.com,"13,700","$7,600,000,000",Andrew Wilson
491,Yum! Brands,Food Services,Louisville,Kentucky,40213,yum.com,"31,700","$7,500,000,000",David Gibbs
492,Fastenal,Wholesalers: Diversified,Winona,Minnesota,55987,fastenal.com,"21,000","$7,500,000,000",Daniel Florness
493,CMS Energy,Utilities: Gas and Electric,Jackson,Michigan,49201,cmsenergy.com,"8,300","$7,500,000,000",Garrick Rochow
494,Monster Beverage,Beverages,Corona,California,92879,monsterbevcorp.com,"6,000","$7,500,000,000",Rodney Sacks
495,Endeavor Group Holdings,Entertainment,Beverly Hills,California,90210,endeavorco.com,"10,000","$7,500,000,000",Mark Shapiro
496,Science Applications International,Information Technology Services,Reston,Virginia,20190,saic.com,"24,000","$7,500,000,000",Toni Townes-Whitley
497,Core & Main,Wholesalers: Diversified,St. Louis,Missouri,63146,coreandmain.com,"5,700","$7,400,000,000",Mark Witkowski
498,Howmet Aerospace,Aerospace & Defense,Pittsburgh,Pennsylvania,15212,howmet.com,"23,900","$7,400,000,000",John Plant
499,Ingredion,Food Production,Westchester,Illinois,60154,ingredion.com,"11,200","$7,400,000,000",James Zallie
500,Vulcan Materials,"Building Materials, Glass",Birmingham,Alabama,35242,vulcanmaterials.com,"12,000","$7,400,000,000",Thomas Hill`;
