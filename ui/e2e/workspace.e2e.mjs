// End-to-end test of the workspace in Debian's Chromium, driven by playwright-core (no browser
// download). Usage: node e2e/workspace.e2e.mjs BASE_URL USER PASSWORD SCREENSHOT_DIR SCREEN_NAME
// Exits non-zero on the first failed step; screenshots of each page land in SCREENSHOT_DIR.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, user, password, shots, screenName] = process.argv.slice(2);
if (!screenName) {
  console.error('usage: workspace.e2e.mjs BASE_URL USER PASSWORD SCREENSHOT_DIR SCREEN_NAME');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
const consoleLines = [];
page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
page.on('requestfailed', (r) => { if (!r.url().startsWith(base)) errors.push('external request ' + r.url()); });
const step = async (name, fn) => {
  const t0 = Date.now();
  try {
    await fn();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    await page.screenshot({ path: join(shots, `failed-${name}.png`) }).catch(() => {});
    console.error(`FAIL ${name}: ${e}`);
    console.error(['page errors:', ...errors, 'console:', ...consoleLines].join('\n'));
    await browser.close();
    process.exit(1);
  }
};

let mapReady_ms = 0;
await step('login', async () => {
  await page.goto(base + '/');
  await page.getByTestId('login-user').fill(user);
  await page.getByTestId('login-password').fill(password);
  const t0 = Date.now();
  await page.getByTestId('login-submit').click();
  await page.locator('[data-testid=map][data-ready=true]').waitFor({ timeout: 30000 });
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=map]')?.dataset.vessels ?? 0) > 0, null, { timeout: 30000 });
  mapReady_ms = Date.now() - t0;
  await page.screenshot({ path: join(shots, '1-map.png') });
});

await step('listed-vessels', async () => {
  // the vessels with a stored sanctions match: legend, "listed only" filter, drawn distinctly
  await page.getByTestId('legend-listed').waitFor();
  const listed = Number(await page.getByTestId('map').getAttribute('data-listed'));
  if (!listed) {
    console.log('listed vessels on the map: none at this time');
    return;
  }
  await page.getByTestId('filter-listed').check();
  const shown = await page.waitForFunction(
    () => {
      const fs = window.tidewatchMap.queryRenderedFeatures({ layers: ['vessels'] });
      return fs.length > 0 && fs.every((f) => f.properties.listed === true) ? fs.length : 0;
    },
    null,
    { timeout: 15000 },
  );
  console.log(`listed vessels on the map: ${await shown.jsonValue()} rendered of ${listed} listed`);
  await page.screenshot({ path: join(shots, '8-listed.png') });
  await page.getByTestId('filter-listed').uncheck();
});

await step('follow-vessel', async () => {
  // click the first vessel marker on the canvas, then the link in its popup
  const xy = await page.evaluate(() => {
    const map = window.tidewatchMap;
    const f = map.queryRenderedFeatures({ layers: ['vessels'] })[0];
    const p = map.project(f.geometry.coordinates);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(xy.x, xy.y);
  await page.getByTestId('popup-vessel-link').click();
  await page.getByTestId('vessel-title').waitFor();
  await page.locator('[data-testid=identity-table] tbody tr').first().waitFor();
  await page.locator('[data-testid=vessel-map][data-ready=true]').waitFor({ timeout: 30000 });
  await page.getByTestId('risk-score').waitFor();
  await page.locator('[data-testid=vessel-sanctions] p, [data-testid=vessel-sanctions] table').first().waitFor();
  console.log('vessel screening: ' + (await page.getByTestId('vessel-sanctions').textContent()).slice(0, 160));
  console.log('vessel risk: ' + (await page.getByTestId('risk-score').textContent()));
  await page.screenshot({ path: join(shots, '2-vessel.png'), fullPage: true });
});

await step('open-sts-event', async () => {
  await page.getByTestId('nav-events').click();
  await page.getByTestId('events-type').fill('STS');
  await page.getByTestId('events-type').press('Enter');
  await page.waitForFunction(() => location.hash.includes('type=STS'));
  await page.getByTestId('event-link').first().click();
  await page.getByTestId('event-title').waitFor();
  const title = await page.getByTestId('event-title').textContent();
  if (!title.startsWith('STS')) throw new Error('not an STS event: ' + title);
  await page.locator('[data-testid=event-map][data-ready=true]').waitFor({ timeout: 30000 });
  await page.screenshot({ path: join(shots, '3-event.png'), fullPage: true });
});

await step('read-ledger', async () => {
  await page.getByTestId('nav-ledger').click();
  await page.getByTestId('ledger-chart').waitFor();
  await page.getByTestId('ledger-central').waitFor({ state: 'attached' });
  const summary = await page.getByTestId('ledger-summary').textContent();
  if (!/\d+ deliveries/.test(summary)) throw new Error('no ledger summary: ' + summary);
  const rows = await page.locator('[data-testid=ledger-deliveries] tbody tr').count();
  console.log(`ledger: ${summary} (${rows} rows)`);
  await page.screenshot({ path: join(shots, '5-ledger.png'), fullPage: true });
  if (rows > 0) {
    await page.getByTestId('delivery-link').first().click();
    await page.getByTestId('delivery-title').waitFor();
    await page.locator('[data-testid=delivery-events] tbody tr').first().waitFor();
    await page.screenshot({ path: join(shots, '6-delivery.png'), fullPage: true });
  }
  await page.getByTestId('nav-risk').click();
  await page.getByTestId('risk-table').waitFor();
  console.log(`risk ranking: ${await page.locator('[data-testid=risk-table] tbody tr').count()} rows`);
  await page.screenshot({ path: join(shots, '7-risk.png'), fullPage: true });
});

await step('screen-a-name', async () => {
  await page.getByTestId('nav-screening').click();
  await page.getByTestId('screen-name').fill(screenName);
  await page.getByTestId('screen-submit').click();
  await page.locator('[data-testid=screen-table] tbody tr').first().waitFor();
  await page.screenshot({ path: join(shots, '4-screening.png'), fullPage: true });
});

await browser.close();
if (errors.length) {
  console.error('errors in the page:\n' + errors.join('\n'));
  process.exit(1);
}
console.log(`map ready ${mapReady_ms} ms after login`);
