// Vessel page, events list, event page, screening page, login.
import { ApiError, get, login, post, type Delivery, type Page, type Profile, type Risk, type ScreeningResult, type TidewatchEvent, type Match, type VesselScreening } from './api';
import { DELIVERY_HEADERS, deliveryRows } from './ledgerPage';
import { createMap, setData } from './basemap';
import { colour, el, hours, table, when } from './util';

export function loginPage(root: HTMLElement, done: () => void): void {
  const user = el('input', { name: 'username', autocomplete: 'username', 'data-testid': 'login-user' });
  const pass = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', 'data-testid': 'login-password' });
  const msg = el('p', { class: 'error', 'data-testid': 'login-error' });
  const form = el('form', { class: 'card', 'data-testid': 'login-form' }, el('h2', {}, 'Sign in'), el('label', {}, 'User ', user), el('label', {}, 'Password ', pass), el('button', { type: 'submit', 'data-testid': 'login-submit' }, 'Sign in'), msg);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await login(user.value, pass.value);
      done();
    } catch (e) {
      msg.textContent = e instanceof ApiError ? e.message : String(e);
    }
  });
  root.replaceChildren(form);
  user.focus();
}

function vesselLink(mmsi: number, text?: string): HTMLAnchorElement {
  return el('a', { href: `#/vessel/${mmsi}` }, text ?? String(mmsi));
}

function eventRows(events: TidewatchEvent[]): (Node | string)[][] {
  return events.map((e) => [
    el('a', { href: `#/event/${encodeURIComponent(e.id)}`, 'data-testid': 'event-link' }, el('span', { class: 'dot', style: `background:${colour(e.type)}` }), ` ${e.type}`),
    el('span', {}, ...e.mmsis.flatMap((m, i) => (i ? [' + ', vesselLink(m)] : [vesselLink(m)]))),
    when(e.start),
    hours(e.duration_s),
    e.summary,
    e.marking,
  ]);
}

function matchRows(ms: { claim?: string; value?: string; match: Match }[]): (Node | string)[][] {
  return ms.map(({ claim, value, match }) => [
    match.caption,
    match.type,
    match.score.toFixed(2),
    claim ? `${claim} ${value}` : match.matchedName,
    match.listings.map((l) => `${l.list}:${l.entryId} ${l.programs.join(' ')}`).join('; '),
    el('span', { class: 'explain' }, match.explanation),
  ]);
}

/** The vessel's stored screening: when, against which list versions, and each match. */
function storedScreening(s: VesselScreening): Node[] {
  if (s.status === 'none') {
    return [el('p', { class: 'muted' }, 'The vessels have not been screened (no sanctions list ingested, or screening failed).')];
  }
  const lists = Object.entries(s.lists).map(([id, version]) => `${id} ${version}`).join(', ');
  const basis = el('p', { class: 'muted', 'data-testid': 'screening-basis' }, `Screened ${when(s.screenedAt ?? '')} against ${lists}, threshold ${(s.threshold ?? 0).toFixed(2)}; every name, IMO number and call sign the vessel used, and its MMSI.`);
  const out: Node[] = [];
  if (s.status === 'stale') {
    out.push(el('p', { class: 'error', 'data-testid': 'screening-stale' }, `Stale: screening again failed (${s.problem ?? 'unknown'}); these are the previous results.`));
  }
  out.push(basis);
  out.push(
    s.matches.length
      ? table(
          ['listed party', 'lists', 'programmes', 'score', 'matched claim', 'listed name', 'explanation'],
          s.matches.map((m) => [el('span', { class: 'listed-text' }, m.caption), m.lists.join(', '), m.programs.join(', '), m.score.toFixed(2), `${m.claim} ${m.value}`, m.matchedName || '–', el('span', { class: 'explain' }, m.explanation)]),
          'screening-table',
        )
      : el('p', { 'data-testid': 'screening-clean' }, 'No match in the lists screened against (among the claims you are cleared to see).'),
  );
  return out;
}

export async function vesselPage(root: HTMLElement, mmsi: number): Promise<void> {
  const p = await get<Profile>(`/api/v1/vessels/${mmsi}`);
  const v = p.vessel;
  const mapBox = el('div', { class: 'minimap', 'data-testid': 'vessel-map' });
  const events = await get<Page<TidewatchEvent>>(`/api/v1/vessels/${mmsi}/events?size=200`);
  const sanctions = el('div', { 'data-testid': 'vessel-sanctions' }, 'loading the stored screening…');
  const [risk, deliveries] = await Promise.all([get<Risk>(`/api/v1/vessels/${mmsi}/risk`), get<Page<Delivery>>(`/api/v1/vessels/${mmsi}/deliveries?size=200`)]);
  const riskBox = riskSection(risk, p.events, p.eventTypes);
  root.replaceChildren(
    el(
      'h2',
      { 'data-testid': 'vessel-title' },
      `${v.name ?? 'unnamed'} — MMSI ${v.mmsi}`,
      ...(v.listed
        ? [' ', el('span', { class: 'badge listed', 'data-testid': 'vessel-listed', title: `${v.listed.caption} (${v.listed.lists.join(', ')}), score ${v.listed.score.toFixed(2)} on ${v.listed.claim} ${v.listed.value}` }, v.listed.claim !== 'NAME' || v.listed.score >= 0.9 ? 'LISTED' : 'POSSIBLE LISTING')]
        : []),
    ),
    el('p', {}, `IMO ${v.imo ?? '–'} · call sign ${v.callSign ?? '–'} · ship type ${v.shipType ?? '–'} · MID flag ${v.flagName ?? '–'} · ${v.positions} reports ${when(v.firstSeen)} to ${when(v.lastSeen)} · markings ${v.markings.join(', ')}`),
    mapBox,
    el('h3', {}, 'Identity timeline'),
    table(['kind', 'value', 'first seen', 'last seen', 'reports'], p.identity.map((c) => [c.kind, c.value + (c.imoCheckDigitValid === false ? ' (bad check digit)' : ''), when(c.firstSeen), when(c.lastSeen), String(c.reports)]), 'identity-table'),
    el('h3', {}, 'Risk'),
    riskBox,
    el('h3', {}, `Events (${events.total})`),
    table(['type', 'vessels', 'start', 'duration', 'summary', 'marking'], eventRows(events.items), 'vessel-events'),
    el('h3', {}, 'Sanctions matches'),
    sanctions,
    el('h3', {}, `Deliveries (${deliveries.total})`),
    deliveries.total ? table(DELIVERY_HEADERS, deliveryRows(deliveries.items), 'vessel-deliveries') : el('p', { class: 'muted', 'data-testid': 'vessel-deliveries' }, 'No inferred delivery you are cleared to see.'),
  );
  get<VesselScreening>(`/api/v1/vessels/${mmsi}/screening`)
    .then((s) => sanctions.replaceChildren(...storedScreening(s)))
    .catch((e) => sanctions.replaceChildren(el('p', { class: 'muted' }, e instanceof ApiError ? e.message : String(e))));
  const map = await createMap(mapBox);
  const track = await get<GeoJSON.FeatureCollection>(`/api/v1/vessels/${mmsi}/track?zoom=6`);
  setData(map, 'track', track);
  map.addLayer({ id: 'track', type: 'line', source: 'track', paint: { 'line-color': '#0b5394', 'line-width': 2 } });
  const coords = (track.features[0]?.geometry as GeoJSON.MultiLineString | undefined)?.coordinates.flat() ?? [];
  if (coords.length) {
    const lons = coords.map((c) => c[0]);
    const lats = coords.map((c) => c[1]);
    map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: 30, maxZoom: 9, duration: 0 });
  }
  map.once('idle', () => (mapBox.dataset.ready = 'true'));
}

export async function eventsPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const page = Number(params.get('page') ?? 0);
  const type = params.get('type') ?? '';
  const q = new URLSearchParams({ page: String(page), size: '50', sort: '-start' });
  if (type) q.set('type', type);
  const events = await get<Page<TidewatchEvent>>(`/api/v1/events?${q}`);
  const typeInput = el('input', { value: type, placeholder: 'STS,DARK_PERIOD', 'data-testid': 'events-type' });
  const form = el('form', {}, el('label', {}, 'Types ', typeInput), el('button', { type: 'submit' }, 'Filter'), ' ', el('a', { href: `/api/v1/events.csv${type ? `?type=${encodeURIComponent(type)}` : ''}`, 'data-testid': 'events-export' }, 'export CSV'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/events?type=${encodeURIComponent(typeInput.value)}`;
  });
  const pages = Math.max(1, Math.ceil(events.total / events.size));
  const nav = el('p', {}, `page ${page + 1} of ${pages} (${events.total} events) `);
  if (page > 0) nav.append(el('a', { href: `#/events?type=${type}&page=${page - 1}` }, '‹ previous'), ' ');
  if (page + 1 < pages) nav.append(el('a', { href: `#/events?type=${type}&page=${page + 1}` }, 'next ›'));
  root.replaceChildren(el('h2', {}, 'Events'), form, table(['type', 'vessels', 'start', 'duration', 'summary', 'marking'], eventRows(events.items), 'events-table'), nav);
}

export async function eventPage(root: HTMLElement, id: string): Promise<void> {
  const e = await get<TidewatchEvent>(`/api/v1/events/${encodeURIComponent(id)}`);
  const mapBox = el('div', { class: 'minimap', 'data-testid': 'event-map' });
  root.replaceChildren(
    el('h2', { 'data-testid': 'event-title' }, `${e.type} — ${when(e.start)}`),
    el('p', { 'data-testid': 'event-summary' }, e.summary),
    table(['vessels', 'start', 'end', 'duration', 'position', 'marking'], [[el('span', {}, ...e.mmsis.flatMap((m, i) => (i ? [' + ', vesselLink(m)] : [vesselLink(m)]))), when(e.start), when(e.end), hours(e.duration_s), e.latitude_deg == null || e.longitude_deg == null ? 'unknown' : `${e.latitude_deg.toFixed(4)}, ${e.longitude_deg.toFixed(4)}`, e.marking]]),
    mapBox,
  );
  const at: [number, number] | null = e.latitude_deg == null || e.longitude_deg == null ? null : [e.longitude_deg, e.latitude_deg];
  const map = at ? await createMap(mapBox, at, 8) : await createMap(mapBox);
  const pad = Math.max(6 * 3600_000, (Date.parse(e.end) - Date.parse(e.start)) / 2);
  const from = new Date(Date.parse(e.start) - pad).toISOString();
  const to = new Date(Date.parse(e.end) + pad).toISOString();
  const colours = ['#0b5394', '#d7191c', '#1a9641'];
  for (const [i, m] of e.mmsis.entries()) {
    try {
      const t = await get<GeoJSON.FeatureCollection>(`/api/v1/vessels/${m}/track?from=${from}&to=${to}`);
      setData(map, `t${i}`, t);
      map.addLayer({ id: `t${i}`, type: 'line', source: `t${i}`, paint: { 'line-color': colours[i % 3], 'line-width': 2 } });
    } catch {
      // a vessel the caller may not see: no track
    }
  }
  if (at) {
    setData(map, 'event', { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: at } });
    map.addLayer({ id: 'event', type: 'circle', source: 'event', paint: { 'circle-radius': 8, 'circle-color': colour(e.type), 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } });
  }
  map.once('idle', () => (mapBox.dataset.ready = 'true'));
}

export function screeningPage(root: HTMLElement): void {
  const name = el('input', { name: 'name', 'data-testid': 'screen-name', size: '40' });
  const imo = el('input', { name: 'imo', 'data-testid': 'screen-imo', size: '10' });
  const type = el('select', { 'data-testid': 'screen-type' }, ...['', 'VESSEL', 'COMPANY', 'PERSON'].map((t) => el('option', { value: t }, t || 'any')));
  const out = el('div', { 'data-testid': 'screen-results' });
  const form = el('form', { class: 'card' }, el('h2', {}, 'Screen a counterparty'), el('label', {}, 'Name ', name), el('label', {}, 'IMO ', imo), el('label', {}, 'Type ', type), el('button', { type: 'submit', 'data-testid': 'screen-submit' }, 'Screen'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    out.textContent = 'screening…';
    try {
      const r = await post<ScreeningResult>('/api/v1/screening', { name: name.value || undefined, imo: imo.value || undefined, type: type.value || undefined });
      out.replaceChildren(
        el('p', { 'data-testid': 'screen-count' }, `${r.matches.length} match(es) at threshold ${r.threshold}`),
        table(['listed party', 'type', 'score', 'matched name', 'listings', 'explanation'], matchRows(r.matches.map((m) => ({ match: m }))), 'screen-table'),
      );
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error' }, e instanceof ApiError ? e.message : String(e)));
    }
  });
  root.replaceChildren(form, out);
}

function riskSection(r: Risk, events: number, types: string[]): HTMLElement {
  const box = el('div', { 'data-testid': 'vessel-risk' });
  box.append(
    el('p', {}, el('strong', { 'data-testid': 'risk-score' }, `${r.score.toFixed(0)}/100`), ` — ${r.vessel}${r.name ? ' (' + r.name + ')' : ''}${r.rank ? `, rank ${r.rank}` : ''}; MMSIs ${r.mmsis.join(', ')}. ${events ? `Detected behaviour: ${types.join(', ')} (${events} events).` : 'No detected events.'}`),
  );
  if (!r.factors.length) {
    box.append(el('p', { class: 'muted' }, 'No risk factor observed in what you are cleared to see.'));
    return box;
  }
  box.append(
    table(
      ['factor', 'points', 'weight', 'strength', 'evidence'],
      r.factors.map((f) => [f.label, f.points.toFixed(1), f.weight.toFixed(2), f.strength.toFixed(2), el('ul', { class: 'explain' }, ...f.evidence.slice(0, 12).map((e) => el('li', {}, e)), ...(f.evidence.length > 12 ? [el('li', {}, `… and ${f.evidence.length - 12} more`)] : []))]),
      'risk-factors',
    ),
  );
  return box;
}
