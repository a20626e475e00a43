import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { ApiError, logout, token, userName } from './api';
import { deliveryPage, ledgerPage, riskPage } from './ledgerPage';
import { mapPage } from './mapPage';
import { eventPage, eventsPage, loginPage, screeningPage, vesselPage } from './pages';
import { el } from './util';

const app = document.getElementById('app')!;
const who = document.getElementById('who')!;

async function route(): Promise<void> {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  if (!token() && path !== '/login') {
    location.hash = '#/login';
    return;
  }
  const out = el('a', { href: '#/login', 'data-testid': 'logout' }, 'sign out');
  out.addEventListener('click', () => logout());
  who.replaceChildren(token() ? el('span', {}, `${userName()} · `, out) : '');
  app.dataset.page = path;
  try {
    if (path === '/login') loginPage(app, () => (location.hash = '#/map'));
    else if (path.startsWith('/vessel/')) await vesselPage(app, Number(path.slice(8)));
    else if (path.startsWith('/event/')) await eventPage(app, decodeURIComponent(path.slice(7)));
    else if (path === '/events') await eventsPage(app, params);
    else if (path === '/ledger') await ledgerPage(app, params);
    else if (path === '/risk') await riskPage(app, params);
    else if (path.startsWith('/delivery/')) await deliveryPage(app, decodeURIComponent(path.slice(10)));
    else if (path === '/screening') screeningPage(app);
    else await mapPage(app);
  } catch (e) {
    app.replaceChildren(el('p', { class: 'error', 'data-testid': 'page-error' }, e instanceof ApiError ? `${e.problem.title}: ${e.message}` : String(e)));
  }
}

window.addEventListener('hashchange', () => void route());
void route();
