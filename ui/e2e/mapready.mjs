// Times "map ready": from navigation to the map page (already signed in) until the map is idle with
// the vessels layer rendered. Usage: node e2e/mapready.mjs BASE_URL USER PASSWORD [RUNS]
// Prints one line per run: "map ready N ms, vessels rendered R of V". Reports; asserts nothing.
import { chromium } from 'playwright-core';

const [base, user, password, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(base + '/#/login');
await page.getByTestId('login-user').fill(user);
await page.getByTestId('login-password').fill(password);
await page.getByTestId('login-submit').click();
await page.locator('[data-testid=map][data-ready=true]').waitFor({ timeout: 60000 });
for (let i = 0; i < runs; i++) {
  await page.goto(base + '/#/events');
  await page.reload();
  await page.getByTestId('nav-map').waitFor();
  const t0 = Date.now();
  await page.goto(base + '/#/map');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=map]')?.dataset.vessels ?? 0) > 0, null, { timeout: 60000 });
  const r = await page.evaluate(() => new Promise((resolve) => {
    const map = window.tidewatchMap;
    const done = () => resolve({ rendered: map.queryRenderedFeatures({ layers: ['vessels'] }).length, data: Number(document.querySelector('[data-testid=map]').dataset.vessels) });
    if (map.loaded() && !map.isMoving()) done();
    else map.once('idle', done);
  }));
  console.log(`map ready ${Date.now() - t0} ms, vessels rendered ${r.rendered} of ${r.data}`);
}
await browser.close();
