// The ledger (cumulative volume against the cap, with the low/high band, drawn as SVG), one
// delivery with its evidence, and the risk ranking.
import { get, type Delivery, type Ledger, type LedgerLine, type Page, type RiskEntry } from './api';
import { el, table, when } from './util';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function fmt(n: number | undefined | null): string {
  return n === undefined || n === null ? '–' : Math.round(n).toLocaleString('en-GB');
}

/** A cumulative step series from Jan 1 (0) through Dec 31, one step per delivery. */
function steps(lines: LedgerLine[], key: string, x: (day: string) => number, y: (v: number) => number, x0: number, x1: number): [number, number][] {
  const pts: [number, number][] = [[x0, y(0)]];
  let last = 0;
  for (const l of lines) {
    const xi = x(l.date);
    pts.push([xi, y(last)], [xi, y(l.cumulative[key])]);
    last = l.cumulative[key];
  }
  pts.push([x1, y(last)]);
  return pts;
}

function path(pts: [number, number][]): string {
  return pts.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join('');
}

export function ledgerChart(l: Ledger): SVGSVGElement {
  const W = 900;
  const H = 360;
  const m = { l: 90, r: 20, t: 20, b: 40 };
  const t0 = Date.parse(l.from + 'T00:00:00Z');
  const t1 = Date.parse(l.to + 'T23:59:59Z');
  const reportedMax = l.reported.entries.length ? l.reported.total : 0;
  const top = Math.max(l.cap, l.totals.HIGH ?? 0, reportedMax, 1) * 1.1;
  const x = (day: string) => m.l + ((Date.parse(day.length === 10 ? day + 'T12:00:00Z' : day) - t0) / (t1 - t0)) * (W - m.l - m.r);
  const y = (v: number) => H - m.b - (v / top) * (H - m.t - m.b);
  const x0 = m.l;
  const x1 = W - m.r;
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'data-testid': 'ledger-chart', 'aria-label': `cumulative ${l.unit} against the cap` });
  // axes and grid
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    s.append(svg('line', { x1: x0, x2: x1, y1: y(v), y2: y(v), stroke: '#e3e8ec' }));
    s.append(svg('text', { x: x0 - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#66757f' }, fmt(v)));
  }
  for (let mo = 0; mo < 12; mo++) {
    const d = `${l.year}-${String(mo + 1).padStart(2, '0')}-01`;
    s.append(svg('text', { x: x(d), y: H - m.b + 16, 'font-size': 11, fill: '#66757f' }, d.slice(5, 7)));
  }
  // band between the low and high cumulative series
  const hi = steps(l.lines, 'HIGH', x, y, x0, x1);
  const lo = steps(l.lines, 'LOW', x, y, x0, x1);
  s.append(svg('path', { d: path(hi) + path([...lo].reverse()).replace(/^M/, 'L') + 'Z', fill: '#9ecae1', 'fill-opacity': 0.45, stroke: 'none', 'data-testid': 'ledger-band' }));
  // cap
  if (l.cap > 0) {
    s.append(svg('line', { x1: x0, x2: x1, y1: y(l.cap), y2: y(l.cap), stroke: '#b00020', 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'data-testid': 'ledger-cap' }));
    s.append(svg('text', { x: x1 - 4, y: y(l.cap) - 5, 'text-anchor': 'end', 'font-size': 12, fill: '#b00020' }, `cap ${fmt(l.cap)} ${l.unit}`));
  }
  // reported figures (never added to the inferred ones)
  if (l.reported.entries.length) {
    const rp: [number, number][] = [[x0, y(0)]];
    let last = 0;
    for (const r of l.reported.entries) {
      rp.push([x(r.date), y(last)], [x(r.date), y(r.cumulative)]);
      last = r.cumulative;
    }
    rp.push([x1, y(last)]);
    s.append(svg('path', { d: path(rp), fill: 'none', stroke: '#1a9641', 'stroke-width': 1.5, 'stroke-dasharray': '2 3' }));
  }
  // central estimate
  s.append(svg('path', { d: path(steps(l.lines, 'CENTRAL', x, y, x0, x1)), fill: 'none', stroke: '#0b5394', 'stroke-width': 2.5, 'data-testid': 'ledger-central' }));
  for (const ln of l.lines) s.append(svg('circle', { cx: x(ln.date), cy: y(ln.cumulative.CENTRAL), r: 3, fill: '#0b5394' }));
  const passed = l.capPassed.CENTRAL;
  if (passed) {
    s.append(svg('line', { x1: x(passed), x2: x(passed), y1: m.t, y2: H - m.b, stroke: '#b00020', 'stroke-width': 1 }));
    s.append(svg('text', { x: x(passed) + 4, y: m.t + 12, 'font-size': 12, fill: '#b00020' }, `central passed the cap ${passed}`));
  }
  s.append(svg('line', { x1: x0, x2: x0, y1: m.t, y2: H - m.b, stroke: '#66757f' }));
  s.append(svg('line', { x1: x0, x2: x1, y1: H - m.b, y2: H - m.b, stroke: '#66757f' }));
  return s;
}

function deliveryLink(id: string): HTMLAnchorElement {
  return el('a', { href: `#/delivery/${encodeURIComponent(id)}`, 'data-testid': 'delivery-link' }, id);
}

export function deliveryRows(ds: Delivery[]): (Node | string)[][] {
  return ds.map((d) => [
    when(d.deliveredAt),
    deliveryLink(d.id),
    d.mode,
    d.carrier ? el('a', { href: `#/vessel/${d.carrier}` }, String(d.carrier)) : '–',
    d.giver ? el('a', { href: `#/vessel/${d.giver}` }, String(d.giver)) : '–',
    `${fmt(d.central)} (${fmt(d.low)}–${fmt(d.high)}) ${d.unit}`,
    d.method,
    d.confidence.toFixed(2),
    d.markings.join(', '),
  ]);
}

export const DELIVERY_HEADERS = ['delivered', 'delivery', 'mode', 'carrier', 'giver', 'central (low–high)', 'method', 'confidence', 'markings'];

export async function ledgerPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const product = params.get('product') ?? 'refined';
  const q = new URLSearchParams({ product });
  if (params.get('year')) q.set('year', params.get('year')!);
  const l = await get<Ledger>(`/api/v1/ledger?${q}`);
  const years = [...new Set([l.year, ...l.years])].sort((a, b) => b - a);
  const yearSel = el('select', { 'data-testid': 'ledger-year' }, ...years.map((y) => el('option', y === l.year ? { value: String(y), selected: '' } : { value: String(y) }, String(y))));
  const prodSel = el('select', { 'data-testid': 'ledger-product' }, ...['refined', 'crude', 'coal'].map((p) => el('option', p === product ? { value: p, selected: '' } : { value: p }, p)));
  const go = () => (location.hash = `#/ledger?year=${yearSel.value}&product=${prodSel.value}`);
  yearSel.addEventListener('change', go);
  prodSel.addEventListener('change', go);
  const ds = await get<Page<Delivery>>(`/api/v1/deliveries?product=${encodeURIComponent(l.commodity)}&from=${l.year}-01-01T00:00:00Z&to=${l.year + 1}-01-01T00:00:00Z&size=500`);
  const scen = Object.keys(l.scenarios);
  root.replaceChildren(
    el('h2', { 'data-testid': 'ledger-title' }, `Ledger ${l.year}: ${l.commodity.toLowerCase()} against the cap`),
    el('p', { class: 'toolbar' }, el('label', {}, 'Year ', yearSel), el('label', {}, 'Commodity ', prodSel)),
    el('p', { 'data-testid': 'ledger-summary' }, `${l.deliveries} deliveries (${l.unquantified} not quantified); central ${fmt(l.totals.CENTRAL)} ${l.unit}, low ${fmt(l.totals.LOW)}, high ${fmt(l.totals.HIGH)}; cap ${fmt(l.cap)} ${l.unit} (${l.capSource}); central passed the cap: ${l.capPassed.CENTRAL ?? 'no'}.`),
    ledgerChart(l),
    el('p', { class: 'muted' }, 'Blue line: cumulative central estimate; band: low to high bounds; red dashed: the cap; green dotted: reported figures (never added to the inferred ones). Only deliveries whose events you are cleared for are counted.'),
    el('h3', {}, 'By scenario'),
    table(['scenario', `total ${l.unit}`, 'cap passed'], scen.map((k) => [l.scenarios[k], fmt(l.totals[k]), l.capPassed[k] ?? '–']), 'ledger-scenarios'),
    el('h3', {}, 'Reported figures'),
    l.reported.entries.length
      ? table(['date', 'quantity', 'cumulative', 'reporter', 'source'], l.reported.entries.map((r) => [r.date, fmt(r.quantity), fmt(r.cumulative), r.reporter, r.source]))
      : el('p', { class: 'muted' }, `None entered (reported.csv in the data directory). Inferred central minus reported: ${fmt(l.inferredMinusReported)} ${l.unit}.`),
    el('h3', {}, `Deliveries (${ds.total})`),
    table(DELIVERY_HEADERS, deliveryRows(ds.items), 'ledger-deliveries'),
  );
}

export async function deliveryPage(root: HTMLElement, id: string): Promise<void> {
  const r = await get<{ delivery: Delivery; events: { id: string; type: string; mmsis: number[]; start: string; end: string; confidence: number; summary: string; markings: string[] }[]; evidence: { mmsi: number; time: string; role: string; source: string; line: number }[] }>(`/api/v1/deliveries/${encodeURIComponent(id)}`);
  const d = r.delivery;
  root.replaceChildren(
    el('h2', { 'data-testid': 'delivery-title' }, `${d.mode} — ${when(d.deliveredAt)}`),
    el('p', {}, `${fmt(d.central)} ${d.unit} (${fmt(d.low)}–${fmt(d.high)}), ${d.product}, ${d.method}: ${d.basis}. Confidence ${d.confidence.toFixed(2)}. Loaded: ${d.loadingPlace}${d.loadedAt ? ' ' + when(d.loadedAt) : ''}; ${d.transferPlace ? 'transfer ' + d.transferPlace + '; ' : ''}discharge ${d.dischargePlace}. Markings ${d.markings.join(', ')}.`),
    table(DELIVERY_HEADERS, deliveryRows([d])),
    el('h3', {}, 'Reasons'),
    el('ul', {}, ...d.reasons.map((x) => el('li', {}, x))),
    el('h3', {}, 'Events it rests on'),
    table(['event', 'vessels', 'start', 'end', 'confidence', 'summary', 'markings'], r.events.map((e) => [el('a', { href: `#/event/${encodeURIComponent(e.id)}` }, e.type), e.mmsis.join(' + '), when(e.start), when(e.end), e.confidence.toFixed(2), e.summary, e.markings.join(', ')]), 'delivery-events'),
    el('h3', {}, 'Evidence reports'),
    table(['vessel', 'time', 'role', 'source', 'line'], r.evidence.map((e) => [String(e.mmsi), when(e.time), e.role, e.source, String(e.line)])),
  );
}

export async function riskPage(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const page = Number(params.get('page') ?? 0);
  const r = await get<Page<RiskEntry>>(`/api/v1/risk?page=${page}&size=50&min=0.5`);
  const pages = Math.max(1, Math.ceil(r.total / r.size));
  const nav = el('p', {}, `page ${page + 1} of ${pages} (${r.total} vessels with a score) `);
  if (page > 0) nav.append(el('a', { href: `#/risk?page=${page - 1}` }, '‹ previous'), ' ');
  if (page + 1 < pages) nav.append(el('a', { href: `#/risk?page=${page + 1}` }, 'next ›'));
  root.replaceChildren(
    el('h2', {}, 'Risk ranking'),
    el('p', { class: 'muted' }, 'Scores (0–100) from the events and deliveries you are cleared for; open a vessel for the factors and evidence.'),
    table(['rank', 'score', 'vessel', 'name', 'MMSIs', 'main factors'], r.items.map((e) => [String(e.rank), e.score.toFixed(0), e.vessel, e.name || '–', el('span', {}, ...e.mmsis.flatMap((m, i) => [i ? ', ' : '', el('a', { href: `#/vessel/${m}`, 'data-testid': 'risk-vessel-link' }, String(m))])), e.top.join('; ')]), 'risk-table'),
    nav,
  );
}
