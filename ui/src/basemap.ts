// The offline basemap: Natural Earth land (world-atlas land-50m, public domain) shipped with the
// app as TopoJSON, converted once to GeoJSON; no tile server.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

// MapLibre's worker, bundled by Vite as a module worker (served from our own origin)
maplibregl.setWorkerUrl(workerUrl);

let land: Promise<FeatureCollection> | null = null;

function loadLand(): Promise<FeatureCollection> {
  land ??= fetch('/basemap/land-50m.json')
    .then((r) => r.json())
    .then((topo: Topology) => {
      const f = feature(topo, topo.objects.land as GeometryCollection);
      return (f.type === 'FeatureCollection' ? f : { type: 'FeatureCollection', features: [f] }) as FeatureCollection;
    });
  return land;
}

export const SEA = '#cfe3ef';
export const LAND = '#f4f1ea';

/** A map over the offline basemap; resolves once the land layer is in. */
export async function createMap(
  container: HTMLElement,
  center: [number, number] = [124.5, 36.5],
  zoom = 4.5,
): Promise<maplibregl.Map> {
  const map = new maplibregl.Map({
    container,
    center,
    zoom,
    attributionControl: false,
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'sea', type: 'background', paint: { 'background-color': SEA } }],
    },
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    new maplibregl.AttributionControl({ compact: true, customAttribution: 'Natural Earth (public domain)' }),
  );
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  map.addSource('land', { type: 'geojson', data: await loadLand() });
  map.addLayer({ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND, 'fill-outline-color': '#b9b2a3' } });
  return map;
}

/** Sets (or creates) a GeoJSON source's data. */
export function setData(map: maplibregl.Map, id: string, data: GeoJSON.GeoJSON): void {
  const src = map.getSource(id) as maplibregl.GeoJSONSource | undefined;
  if (src) src.setData(data);
  else map.addSource(id, { type: 'geojson', data });
}
