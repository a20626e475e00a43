// Small DOM helpers: all text goes through textContent (no HTML injection from data).

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

export function table(headers: string[], rows: (Node | string)[][], testid = ''): HTMLTableElement {
  const t = el('table', testid ? { 'data-testid': testid } : {});
  t.append(el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h)))));
  const body = el('tbody');
  for (const r of rows) body.append(el('tr', {}, ...r.map((c) => el('td', {}, c))));
  t.append(body);
  return t;
}

export function when(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');
}

export function hours(seconds: number): string {
  return seconds >= 3600 ? `${(seconds / 3600).toFixed(1)} h` : `${Math.round(seconds / 60)} min`;
}

/** Colours of event types, shared by markers, lists and the legend. */
export const EVENT_COLOURS: Record<string, string> = {
  STS: '#d7191c',
  POSSIBLE_STS: '#f46d43',
  ENCOUNTER: '#fdae61',
  DARK_PERIOD: '#2b2b2b',
  AIS_GAP: '#7a7a7a',
  PORT_CALL: '#1a9641',
  SPOOFING: '#7b3294',
  LOITERING: '#e6c229',
  SHARED_MMSI: '#c51b7d',
  IDENTITY_CHANGE: '#4575b4',
  DRAUGHT_CHANGE: '#74add1',
};

export function colour(type: string): string {
  return EVENT_COLOURS[type] ?? '#888888';
}
