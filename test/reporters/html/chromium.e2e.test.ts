/**
 * The HTML report of the example app, written by the CLI and opened in real headless Chromium
 * (Debian's `chromium`, which .ci/run installs; driven by playwright-core): the architecture is
 * drawn, findings mark their boxes, selecting a box lists its findings and lights the way in,
 * the table sorts and filters, and the page asks the network for nothing. A screenshot goes to
 * test-results/ for a human to look at.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

describe('the HTML report in Chromium', () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
    dir = mkdtempSync(join(tmpdir(), 'cil-html-'));
    const out = join(dir, 'report.html');
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'cognito-iam-lint.js'), 'examples/flawed', '--format', 'html', '-o', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1); // the example has findings at or above high
    url = pathToFileURL(out).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the pools and roles of the example, and marks boxes with findings by their worst severity', async () => {
    for (const label of [
      'Anyone on the internet',
      'UserPool',
      'UserPoolClient',
      'IdentityPool',
      'AuthenticatedRole',
      'GuestRole',
      'UploadBucket',
      'Api',
      'ApiAuthorizer',
    ]) {
      const node = page.locator(`g.node[data-label="${label}"]`);
      await expect.poll(() => node.count()).toBe(1);
      expect(await node.locator('text.label').textContent()).toBe(label);
      expect(await node.isVisible()).toBe(true);
    }
    expect(await page.locator('g.node[data-label="GuestRole"]').getAttribute('data-severity')).toBe('critical');
    expect(await page.locator('g.node[data-label="UserPool"]').getAttribute('data-severity')).toBe('high');
    expect(await page.locator('g.node[data-label="IdentityPool"]').getAttribute('data-severity')).toBe('medium');
    expect(await page.locator('g.node[data-label="TripsFunctionRole"]').getAttribute('data-severity')).toBeNull();
    expect(await page.locator('g.node[data-label="GuestRole"] circle.sev-dot').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lists the findings of a selected box and highlights the path that reaches it', async () => {
    await page.locator('g.node[data-label="GuestRole"]').click();
    const details = page.locator('#details');
    expect(await details.locator('h3').textContent()).toBe('GuestRole');
    expect(await details.locator('.node-findings li code.rule').allTextContents()).toEqual([
      'trust/missing-amr',
      'role/guest-write-access',
      's3/object-access-not-scoped',
    ]);
    expect(await details.locator('.way-in').textContent()).toBe(
      'Reachable: Anyone on the internet → IdentityPool → GuestRole',
    );
    const onPath = await page
      .locator('g.node.on-path')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-label')));
    expect(onPath.sort()).toEqual(
      ['Anyone on the internet', 'IdentityPool', 'UserPool', 'UserPoolClient'].concat('GuestRole').sort(),
    );
    expect(
      await page.locator('g.edge.on-path').evaluateAll((edges) => edges.map((e) => e.getAttribute('data-id'))),
    ).toEqual(
      expect.arrayContaining([
        'internet→identity-pool:examples/flawed/app.yaml:IdentityPool',
        'identity-pool:examples/flawed/app.yaml:IdentityPool→role:examples/flawed/app.yaml:GuestRole',
      ]),
    );
    // What does not lead to the role is not lit.
    expect(await page.locator('g.node[data-label="AuthenticatedRole"]').getAttribute('class')).not.toContain('on-path');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'html-report.png'), fullPage: true });
  });

  it('sorts the findings table by severity when its header is clicked, and filters it', async () => {
    const severities = () =>
      page
        .locator('table.findings')
        .first()
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-severity')));
    const before = await severities();
    expect(before).toHaveLength(12);
    const byRank = (list: Array<string | null>) =>
      [...list].sort((a, b) => SEVERITIES.indexOf(a!) - SEVERITIES.indexOf(b!));
    expect(before).not.toEqual(byRank(before)); // file order first
    await page.locator('table.findings').first().locator('th[data-key="severity"] button').click();
    expect(await severities()).toEqual(byRank(before));
    expect(
      await page.locator('table.findings').first().locator('th[data-key="severity"]').getAttribute('aria-sort'),
    ).toBe('ascending');
    await page.locator('table.findings').first().locator('th[data-key="severity"] button').click();
    expect(await severities()).toEqual(byRank(before).reverse());

    await page.locator('#filter-rule').fill('trust/');
    expect(
      await page
        .locator('table.findings')
        .first()
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule'))),
    ).toEqual(['trust/missing-amr', 'trust/missing-aud']);
    await page.locator('#filter-rule').fill('');
    await page.locator('#filter-severity').selectOption('critical');
    expect(await severities()).toEqual(['critical', 'critical', 'critical']);
    await page.locator('#filter-severity').selectOption('');
  });

  it('shows suppressed findings apart, and renders a rule page from its Markdown', async () => {
    const accepted = page.locator('section.accepted table.findings tbody tr');
    expect(await accepted.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')))).toEqual([
      'identity-pool/guest-access',
    ]);
    const docs = page.locator('table.findings').first().locator('tr[data-rule="trust/missing-aud"] details.rule-docs');
    await docs.locator('summary').click();
    expect(await docs.locator('.rule-page h4').first().textContent()).toBe('trust/missing-aud');
    expect(await docs.locator('.rule-page table.md-table').count()).toBeGreaterThan(0);
    const links = await docs.locator('.rule-page a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => /^https:\/\//.test(href ?? ''))).toBe(true);
    expect(await docs.locator('.rule-page').evaluate((el) => el.textContent ?? '')).not.toContain('**');
  });

  it('made no network request: the page is all there is', () => {
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
  });
});
