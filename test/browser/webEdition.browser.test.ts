/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../src/pipeline/buildAll.js';
import { projectContext, ROOT, temporaryFolder } from '../helpers/project.js';
import { browserSettings } from './browserSettings.js';

/**
 * The web edition in a real browser: Debian's Chromium (apt-get install chromium), driven by
 * playwright-core (which downloads no browser), with axe-core. Outside CI, without a Chromium,
 * these tests are skipped and say so; in CI (.ci/run installs it) a missing browser fails them.
 */
const { chromium: CHROMIUM, screenshots: SHOTS } = browserSettings(process.env);
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`the browser tests need Chromium at ${CHROMIUM} (.ci/run installs it)`);
if (!present)
  console.warn(
    `browser tests SKIPPED: no Chromium at ${CHROMIUM} (install it with "apt-get install -y chromium", or set CHROMIUM_PATH)`,
  );

/** The WCAG 2.x A and AA rules of axe-core, up to 2.2. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const out = temporaryFolder();
let profileDir: string;
let browser: BrowserContext;

beforeAll(async () => {
  if (!present) return;
  await buildAll(
    {
      data: join(ROOT, 'data', 'mli.yaml'),
      countries: [],
      languages: [],
      outDir: out.dir,
      strict: false,
      formats: ['pdf', 'html'],
    },
    projectContext(),
  );
  profileDir = mkdtempSync(join(tmpdir(), 'profiles-chromium-'));
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  out.remove();
});

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(pathToFileURL(join(out.dir, path)).href);
  return page;
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  passes: { id: string }[];
  incomplete: { id: string }[];
  inapplicable: { id: string }[];
}

const PAGES = ['fr/mli.html', 'en/mli.html', 'fr/index.html', 'en/index.html'];

describe.skipIf(!present)('the web edition in Chromium', () => {
  it.each(PAGES)('%s has no axe violation at the WCAG 2.2 A and AA rules', async (path) => {
    const page = await open(path, 1280);
    await page.addScriptTag({ path: AXE });
    const result = (await page.evaluate(
      (tags) =>
        (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe.run(
          document,
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
        ),
      WCAG_TAGS,
    )) as AxeResult;
    const violations = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
    // The rules did run: contrast, names, landmarks, language…
    const ran = [...result.passes, ...result.incomplete].map((rule) => rule.id);
    for (const rule of ['color-contrast', 'html-has-lang', 'svg-img-alt', 'link-name', 'list', 'link-in-text-block'])
      if (path.includes('mli')) expect(ran).toContain(rule);
    console.info(
      `${path}: ${ran.length} WCAG rules applied, ${result.inapplicable.length} not applicable, 0 violations`,
    );
    await page.close();
  });

  it.each([375, 1280])('shows every page at %i px without horizontal scrolling', async (width) => {
    for (const path of PAGES) {
      const page = await open(path, width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(SHOTS, `${path.replace('/', '-').replace('.html', '')}-${width}.png`),
        fullPage: true,
      });
      await page.close();
    }
  });

  it('shows where the keyboard focus is', async () => {
    const page = await open('en/mli.html', 1280);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return { text: active.textContent, outline: style.outlineStyle, left: active.getBoundingClientRect().left };
    });
    expect(skip.text).toBe('Skip to the content');
    expect(skip.left).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('sorts the index by a column when its heading is pressed', async () => {
    const page = await open('en/index.html', 1280);
    const heading = page.locator('thead th').nth(2);
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });
});
