// Checks Neo4j Browser end to end: opens /browser/, connects with "No authentication", waits for the
// guide the post-connect command opens, runs a query and saves screenshots under /tmp.
// Needs Debian's chromium and playwright-core:  npm install playwright-core@1 && node scripts/browser-check.js http://localhost:8080
const { chromium } = require('playwright-core');
(async () => {
  const base = process.argv[2] || 'http://localhost:8080';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const log = [];
  page.on('console', m => { if (m.type() === 'error') log.push(m.text()); });
  await page.goto(base + '/browser/');
  await page.getByText('Connect to Neo4j').waitFor({ timeout: 30000 });
  // Choose "No authentication" and connect.
  const select = await page.$('select[data-testid="authenticationMethod"]');
  if (select) { await select.selectOption({ label: 'No authentication' }); }
  await page.click('button[data-testid="connect"]');
  // After connecting, the Browser runs the post-connect commands (style + guide).
  await page.getByText('Linkage Mapper: who links to whom').first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: '/tmp/browser-guide.png' });
  // Run the second runnable query of the first slide (counts by label) through the editor.
  const editor = page.locator('[data-testid="activeEditor"] textarea, .monaco-editor textarea').first();
  await editor.click();
  await page.keyboard.type('MATCH (m:Mechanism {id: "telmin"})-[r]-(n) RETURN m, r, n');
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(6000);
  await page.screenshot({ path: '/tmp/browser-query.png' });
  const text = await page.textContent('body');
  console.log('connected:', !text.includes('Database access not available'));
  console.log('guide shown:', text.includes('Paths between two actors'));
  console.log('console errors:', log.slice(0, 5));
  await browser.close();
})().catch(e => { console.error('FAILED', e.message); process.exit(1); });
