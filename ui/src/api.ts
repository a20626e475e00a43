// A thin client for /api/v1: bearer token in sessionStorage, problems (RFC 9457) as errors.

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

const TOKEN = 'tidewatch.token';
const USER = 'tidewatch.user';

export function token(): string | null {
  return sessionStorage.getItem(TOKEN);
}

export function userName(): string | null {
  return sessionStorage.getItem(USER);
}

export function logout(): void {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
}

export async function login(username: string, password: string): Promise<void> {
  const r = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await r.json();
  if (!r.ok) throw new ApiError(body as Problem);
  sessionStorage.setItem(TOKEN, body.token);
  sessionStorage.setItem(USER, body.user.name);
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const t = token();
  if (t) headers.Authorization = `Bearer ${t}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  const parsed = text ? JSON.parse(text) : null;
  if (r.status === 401) {
    logout();
    location.hash = '#/login';
  }
  if (!r.ok) throw new ApiError(parsed as Problem);
  return parsed as T;
}

export const get = <T>(path: string) => call<T>('GET', path);
export const post = <T>(path: string, body: unknown) => call<T>('POST', path, body);

export interface Vessel {
  mmsi: number;
  name?: string;
  callSign?: string;
  imo?: string;
  shipType?: string;
  flag?: string;
  flagName?: string;
  firstSeen: string;
  lastSeen: string;
  positions: number;
  markings: string[];
  /** The best stored sanctions match the caller may see (vessel screening job). */
  listed?: Listed;
}

/** A stored match of one claim of a vessel against the lists in force. */
export interface Listed {
  claim: 'NAME' | 'IMO' | 'CALL_SIGN' | 'MMSI';
  value: string;
  entityId: string;
  caption: string;
  type: string;
  lists: string[];
  programs: string[];
  score: number;
  matchedName: string;
  explanation: string;
}

/** A vessel's stored screening: status current, stale (problem says why) or none. */
export interface VesselScreening {
  mmsi: number;
  status: 'current' | 'stale' | 'none';
  problem?: string;
  screenedAt?: string;
  threshold?: number;
  lists: Record<string, string>;
  listed: boolean;
  matches: Listed[];
}

export interface Claim {
  kind: string;
  value: string;
  firstSeen: string;
  lastSeen: string;
  reports: number;
  imoCheckDigitValid?: boolean;
}

export interface Profile {
  vessel: Vessel;
  identity: Claim[];
  events: number;
  eventTypes: string[];
}

export interface TidewatchEvent {
  id: string;
  type: string;
  mmsis: number[];
  start: string;
  end: string;
  duration_s: number;
  /** null where the event has no position (an identity change) */
  latitude_deg: number | null;
  longitude_deg: number | null;
  summary: string;
  marking: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
  sort: string;
}

export interface Overview {
  vessels: number;
  firstSeen?: string;
  lastSeen?: string;
  events: number;
  eventTypes: string[];
  screeningAvailable: boolean;
  sanctionsEntities: number;
  listedVessels: number;
  vesselsScreenedAt?: string;
}

export interface Feature {
  feature: string;
  score: number;
  detail: string;
}

export interface Match {
  entityId: string;
  caption: string;
  type: string;
  score: number;
  matchedName: string;
  explanation: string;
  features: Feature[];
  listings: { list: string; entryId: string; name: string; programs: string[] }[];
}

export interface ScreeningResult {
  threshold: number;
  matches: Match[];
}

export interface Delivery {
  id: string;
  mode: string;
  commodity: string;
  product: string;
  carrier?: number;
  giver?: number;
  loadingPlace: string;
  loadedAt?: string;
  transferPlace?: string;
  dischargePlace: string;
  deliveredAt: string;
  latitude_deg?: number;
  longitude_deg?: number;
  central?: number;
  low?: number;
  high?: number;
  unit: string;
  method: string;
  basis: string;
  confidence: number;
  reasons: string[];
  eventIds: string[];
  markings: string[];
}

export type ByScenario = Record<string, number>;

export interface LedgerLine {
  date: string;
  deliveryId: string;
  mode: string;
  carrier?: number;
  giver?: number;
  method: string;
  confidence: number;
  quantified: boolean;
  values: ByScenario;
  cumulative: ByScenario;
}

export interface Ledger {
  year: number;
  commodity: string;
  unit: string;
  cap: number;
  capSource: string;
  from: string;
  to: string;
  deliveries: number;
  unquantified: number;
  scenarios: Record<string, string>;
  totals: ByScenario;
  capPassed: Record<string, string | null>;
  lines: LedgerLine[];
  reported: { total: number; capPassed: string | null; entries: { date: string; quantity: number; reporter: string; source: string; cumulative: number }[] };
  inferredMinusReported: number;
  years: number[];
}

export interface RiskEntry {
  rank: number;
  vessel: string;
  name: string;
  mmsis: number[];
  score: number;
  top: string[];
}

export interface RiskFactor {
  factor: string;
  label: string;
  weight: number;
  strength: number;
  points: number;
  evidence: string[];
}

export interface Risk {
  mmsi: number;
  rank?: number | null;
  vessel: string;
  name: string;
  mmsis: number[];
  score: number;
  factors: RiskFactor[];
  explanation: string;
}
