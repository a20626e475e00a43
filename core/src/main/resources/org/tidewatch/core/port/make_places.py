# Derives core/src/main/resources/org/tidewatch/core/port/places.csv from the shared corpus:
# NGA World Port Index (public domain) + GFW anchorage points (Apache-2.0) in NE Asia.
import csv, sys
corpus = sys.argv[1]; out = sys.argv[2]
INTEREST = {  # locode -> tag
 'RUVYP':'RUS_OIL_TERMINAL','RUNJK':'RUS_OIL_TERMINAL','RUSLA':'RUS_OIL_TERMINAL','RUVVO':'RUS_OIL_TERMINAL',
 'RUSKA':'RUS_OIL_TERMINAL','RUZAR':'RUS_OIL_TERMINAL',
 'CNLKU':'CHN_TRADE_PORT','CNDAL':'CHN_TRADE_PORT','CNDDZ':'CHN_TRADE_PORT','CNNBO':'CHN_TRADE_PORT',
 'CNZOS':'CHN_TRADE_PORT','CNYTG':'CHN_TRADE_PORT',
}
rows = []
with open(f'{corpus}/ports/WPI.csv', encoding='utf-8-sig') as f:
    r = csv.DictReader(f)
    for p in r:
        lat = float(p['Latitude']); lon = float(p['Longitude'])
        loc = (p['UN/LOCODE'] or '').replace(' ', '')
        cc = p['Country Code']
        tag = INTEREST.get(loc, '')
        if loc.startswith('KP') or cc in ('North Korea', "Korea, North", "Korea, Democratic People's Republic of"):
            tag = 'DPRK_PORT'
        oil = 'Y' if (p.get('Facilities - Oil Terminal') or '').lower().startswith('y') else ''
        name = p['Main Port Name'].replace(',', ' ')
        rows.append(('WPI-' + str(int(float(p['World Port Index Number']))), name, cc.replace(',', ' '), loc, f'{lat:.6f}', f'{lon:.6f}', 'PORT', oil, tag))
n = 0
seen = set()
with open(f'{corpus}/ports/anchorage_overrides.csv', encoding='utf-8') as f:
    for a in csv.DictReader(f):
        lat = float(a['latitude']); lon = float(a['longitude'])
        key = (round(lat / 0.02), round(lon / 0.02))
        if 20 <= lat <= 55 and 110 <= lon <= 150 and key not in seen:
            seen.add(key)
            rows.append(('GFW-' + a['s2id'], (a['label'] + (' ' + a['sublabel'] if a['sublabel'] else '')).replace(',', ' '), a['iso3'], '', f'{lat:.5f}', f'{lon:.5f}', 'ANCHORAGE', '', ''))
            n += 1
with open(out, 'w', encoding='utf-8') as f:
    f.write('# Ports and anchorages for tidewatch port-call detection. Derived by make_places.py (see core/.../port/README.md)\n')
    f.write('# from the NGA World Port Index (Pub. 150, public domain) and Global Fishing Watch anchorage points\n')
    f.write('# (anchorages_pipeline anchorage_overrides.csv, Apache-2.0; NE Asia 20-55N 110-150E, one point per 0.02 deg cell).\n')
    f.write('id,name,country,locode,lat,lon,kind,oil,interest\n')
    for r in rows: f.write(','.join(r) + '\n')
print(len(rows), n, sum(1 for r in rows if r[8]))
for r in rows:
    if r[8]: print(r)
