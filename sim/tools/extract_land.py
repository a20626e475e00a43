#!/usr/bin/env python3
"""Extracts Natural Earth land rings (world-atlas TopoJSON) intersecting the theatre box into the
compact text resource the simulator reads: one ring per line, 'lon,lat lon,lat ...' (4 decimals).
Natural Earth is public domain. Usage: extract_land.py CORPUS/geo/world-atlas/land-50m.json OUT"""
import json, sys

W, E, S, N = 116.0, 143.0, 26.0, 47.0
topo = json.load(open(sys.argv[1]))
sx, sy = topo['transform']['scale']
tx, ty = topo['transform']['translate']
arcs = []
for arc in topo['arcs']:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx; y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)

def ring(idx):
    out = []
    for i in idx:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out

rings = []
for g in topo['objects']['land']['geometries']:
    polys = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']]
    for poly in polys:
        for r in poly:
            pts = ring(r)
            xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
            if max(xs) < W or min(xs) > E or max(ys) < S or min(ys) > N:
                continue
            rings.append(pts)
with open(sys.argv[2], 'w') as f:
    f.write('# Natural Earth land (public domain) via world-atlas 2.0.2, rings intersecting %g-%gE %g-%gN\n' % (W, E, S, N))
    for pts in rings:
        f.write(' '.join('%.4f,%.4f' % p for p in pts) + '\n')
print(len(rings), 'rings', sum(len(r) for r in rings), 'points')
