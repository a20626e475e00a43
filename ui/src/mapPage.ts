// The map: vessels at a chosen time (time slider), event markers with dark-period gaps drawn,
// the selected vessel's track, filters and a legend. Vessels with a stored sanctions match (the
// vessel screening job) are drawn larger, above the others: a strong match (an IMO number, MMSI
// or call sign, or a name scoring 0.90 or more) in red with a dark ring and a translucent red
// halo, a possible match (a name scoring below 0.90) as a red ring; a filter shows them alone.
import * as maplibregl from 'maplibre-gl';
import { get, type Overview, type Page, type TidewatchEvent } from './api';
import { createMap, setData } from './basemap';
import { EVENT_COLOURS, colour, el, when } from './util';

/** The colour of listed vessels (also in style.css, .dot.listed). */
const LISTED_COLOUR = '#d0021b';

/** A name match scoring this or more is drawn as listed; below it, as a possible listing. */
const STRONG_SCORE = 0.9;

/** The properties of a vessel feature of /api/v1/positions. */
interface VesselProps {
  mmsi: number;
  name?: string;
  sog_kn?: number;
  time: string;
  listed?: boolean;
  listedScore?: number;
  listedCaption?: string;
  listedLists?: string;
  listedClaim?: string;
  listedValue?: string;
}

export async function mapPage(root: HTMLElement): Promise<void> {
  const overview = await get<Overview>('/api/v1/overview');
  const start = Date.parse(overview.firstSeen ?? new Date().toISOString());
  const end = Date.parse(overview.lastSeen ?? new Date().toISOString());
  const slider = el('input', { type: 'range', min: String(start), max: String(end), step: '600000', value: String(end), 'data-testid': 'time-slider' });
  const clock = el('span', { 'data-testid': 'map-time' });
  const status = el('span', { class: 'muted', 'data-testid': 'map-status' }, 'loading…');
  const filters = el('div', { class: 'filters' });
  const legend = el('div', { class: 'legend', 'data-testid': 'legend' }, el('strong', {}, 'Legend'));
  legend.append(el('div', {}, el('span', { class: 'dot', style: 'background:#0b5394' }), ' vessel (latest report)'));
  legend.append(el('div', { 'data-testid': 'legend-listed' }, el('span', { class: 'dot listed' }), ' listed vessel (identifier, or name ≥ 0.90)'));
  legend.append(el('div', { 'data-testid': 'legend-possible' }, el('span', { class: 'dot possible' }), ' possible listing (name < 0.90)'));
  legend.append(el('div', {}, el('span', { class: 'line', style: 'border-color:#0b5394' }), ' selected track'));
  legend.append(el('div', {}, el('span', { class: 'line dashed', style: 'border-color:#2b2b2b' }), ' dark period (gap)'));
  const types = overview.eventTypes.length ? overview.eventTypes : Object.keys(EVENT_COLOURS).slice(0, 4);
  const enabled = new Set(types);
  for (const t of types) {
    legend.append(el('div', {}, el('span', { class: 'dot', style: `background:${colour(t)}` }), ` ${t}`));
    const box = el('input', { type: 'checkbox', checked: '', 'data-testid': `filter-${t}` });
    box.addEventListener('change', () => {
      if (box.checked) enabled.add(t);
      else enabled.delete(t);
      applyFilter();
    });
    filters.append(el('label', {}, box, ` ${t}`));
  }
  const listedOnly = el('input', { type: 'checkbox', 'data-testid': 'filter-listed' });
  listedOnly.addEventListener('change', () => applyVesselFilter());
  filters.prepend(
    el('label', { title: overview.vesselsScreenedAt ? `screened ${when(overview.vesselsScreenedAt)}` : 'vessels not screened yet' }, listedOnly, ` listed only (${overview.listedVessels})`),
  );
  const mapBox = el('div', { id: 'map', 'data-testid': 'map' });
  root.replaceChildren(
    el('section', { class: 'toolbar' }, el('label', {}, 'Time ', slider), clock, status),
    el('section', { class: 'mapwrap' }, mapBox, el('aside', {}, filters, legend)),
  );
  const map = await createMap(mapBox);

  // events, with gaps drawn as dashed lines between the report before and after
  const events = await get<Page<TidewatchEvent>>('/api/v1/events?size=500');
  setData(map, 'events', {
    type: 'FeatureCollection',
    features: events.items.filter((e) => e.latitude_deg != null && e.longitude_deg != null).map((e) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.longitude_deg as number, e.latitude_deg as number] },
      properties: { id: e.id, type: e.type, colour: colour(e.type), summary: e.summary },
    })),
  });
  setData(map, 'track', { type: 'FeatureCollection', features: [] });
  setData(map, 'gaps', { type: 'FeatureCollection', features: [] });
  setData(map, 'vessels', { type: 'FeatureCollection', features: [] });
  map.addLayer({ id: 'track', type: 'line', source: 'track', paint: { 'line-color': '#0b5394', 'line-width': 2 } });
  map.addLayer({ id: 'gaps', type: 'line', source: 'gaps', paint: { 'line-color': '#2b2b2b', 'line-width': 2, 'line-dasharray': [2, 2] } });
  const listed: maplibregl.ExpressionSpecification = ['==', ['get', 'listed'], true];
  const strong: maplibregl.ExpressionSpecification = ['all', listed, ['any', ['!=', ['get', 'listedClaim'], 'NAME'], ['>=', ['get', 'listedScore'], STRONG_SCORE]]];
  // a translucent halo under listed vessels: no event marker has one
  map.addLayer({
    id: 'vessels-listed-halo',
    type: 'circle',
    source: 'vessels',
    filter: strong,
    paint: { 'circle-radius': 13, 'circle-color': LISTED_COLOUR, 'circle-opacity': 0.25, 'circle-stroke-color': LISTED_COLOUR, 'circle-stroke-width': 1.5 },
  });
  map.addLayer({
    id: 'vessels',
    type: 'circle',
    source: 'vessels',
    layout: { 'circle-sort-key': ['case', strong, 2, listed, 1, 0] },
    paint: {
      'circle-radius': ['case', strong, 7, listed, 6, 4],
      'circle-color': ['case', strong, LISTED_COLOUR, listed, '#ffffff', '#0b5394'],
      'circle-stroke-color': ['case', strong, '#1d1d1d', listed, LISTED_COLOUR, '#fff'],
      'circle-stroke-width': ['case', strong, 2, listed, 3, 1],
    },
  });
  map.addLayer({ id: 'events', type: 'circle', source: 'events', paint: { 'circle-radius': 7, 'circle-color': ['get', 'colour'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } });

  function applyVesselFilter(): void {
    map.setFilter('vessels', listedOnly.checked ? listed : null);
  }

  function applyFilter(): void {
    map.setFilter('events', ['in', ['get', 'type'], ['literal', [...enabled]]]);
  }

  let loading = 0;
  async function loadVessels(): Promise<void> {
    const at = new Date(Number(slider.value)).toISOString();
    clock.textContent = when(at);
    const mine = ++loading;
    const fc = await get<GeoJSON.FeatureCollection>(`/api/v1/positions?at=${encodeURIComponent(at)}&maxAge_s=21600`);
    if (mine !== loading) return;
    setData(map, 'vessels', fc);
    const nListed = fc.features.filter((f) => f.properties?.listed === true).length;
    status.textContent = `${fc.features.length} vessels, ${nListed} listed`;
    mapBox.dataset.vessels = String(fc.features.length);
    mapBox.dataset.listed = String(nListed);
  }
  slider.addEventListener('input', () => void loadVessels());
  await loadVessels();

  async function showTrack(mmsi: number): Promise<void> {
    const to = new Date(Number(slider.value) + 1000).toISOString();
    const from = new Date(Number(slider.value) - 30 * 86400_000).toISOString();
    const zoom = Math.round(map.getZoom());
    const fc = await get<GeoJSON.FeatureCollection>(`/api/v1/vessels/${mmsi}/track?from=${from}&to=${to}&zoom=${zoom}`);
    setData(map, 'track', fc);
    const gaps = (fc.features[0]?.properties?.gaps ?? []) as { fromCoordinates: number[]; toCoordinates: number[] }[];
    setData(map, 'gaps', {
      type: 'FeatureCollection',
      features: gaps.map((g) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [g.fromCoordinates, g.toCoordinates] } })),
    });
  }

  map.on('click', 'vessels', (e) => {
    const f = e.features?.[0];
    if (!f) return;
    const p = f.properties as VesselProps;
    void showTrack(p.mmsi);
    const link = el('a', { href: `#/vessel/${p.mmsi}`, 'data-testid': 'popup-vessel-link' }, `${p.name ?? 'unnamed'} (${p.mmsi})`);
    const body = el('div', {}, link, el('br'), `${p.sog_kn ?? '?'} kn at ${when(p.time)}`);
    if (p.listed) {
      body.append(
        el('br'),
        el('strong', { class: 'listed-text', 'data-testid': 'popup-listed' }, `Listed: ${p.listedCaption ?? '?'}`),
        ` (${p.listedLists ?? ''}), score ${Number(p.listedScore ?? 0).toFixed(2)} on ${p.listedClaim ?? ''} ${p.listedValue ?? ''}`,
      );
    }
    new maplibregl.Popup().setLngLat(e.lngLat).setDOMContent(body).addTo(map);
  });
  map.on('click', 'events', (e) => {
    const f = e.features?.[0];
    if (!f) return;
    const p = f.properties as { id: string; type: string; summary: string };
    const link = el('a', { href: `#/event/${encodeURIComponent(p.id)}`, 'data-testid': 'popup-event-link' }, p.type);
    new maplibregl.Popup().setLngLat(e.lngLat).setDOMContent(el('div', {}, link, el('br'), p.summary)).addTo(map);
  });
  for (const layer of ['vessels', 'events']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  map.once('idle', () => (mapBox.dataset.ready = 'true'));
  // expose for end-to-end tests (clicking canvas features is brittle)
  (window as unknown as { tidewatchMap: maplibregl.Map }).tidewatchMap = map;
}
