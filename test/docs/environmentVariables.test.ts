import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { findAnchors } from '../../src/bench/coldReferences.js';
import { readBenchSettings } from '../../src/bench/readBenchSettings.js';
import { browserSettings } from '../browser/browserSettings.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';
import { readCampaign } from '../property/campaign.js';

/**
 * Every environment variable the README and docs/ tell people to set does what they say: one
 * test each here, or in the file named below for the command line's (colour and terminal).
 */
const TESTED_ELSEWHERE: Record<string, string> = {
  TERM: 'test/cli/conventions.test.ts',
  NO_COLOR: 'test/cli/conventions.test.ts',
  CI: 'test/cli/conventions.test.ts',
  PROFILES_CACHE_DIR: 'test/fonts/shapingCache.test.ts',
};
const TESTED_HERE = [
  'UPDATE_GOLDEN',
  'FAST_CHECK_RUNS',
  'FAST_CHECK_SEED',
  'BENCH_COUNTRIES',
  'BENCH_COLD_RUNS',
  'CHROMIUM_PATH',
  'WEB_SCREENSHOTS',
  'BENCH_ANCHORS',
  'NODE_DISABLE_COMPILE_CACHE',
];

/** The variables the docs show being set (`NAME=value`), and the ones named as switches. */
function documentedVariables(): string[] {
  const docs = [join(ROOT, 'README.md'), ...readdirSync(join(ROOT, 'docs')).map((name) => join(ROOT, 'docs', name))];
  const found = new Set<string>();
  for (const file of docs.filter((path) => path.endsWith('.md'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)=[^=\s]/g)) found.add(name!);
    for (const name of Object.keys(TESTED_ELSEWHERE)) if (new RegExp(`\\b${name}\\b`).test(text)) found.add(name);
  }
  return [...found].sort();
}

const tmp = temporaryFolder('profiles-env-');
afterAll(() => tmp.remove());
afterEach(() => vi.unstubAllEnvs());

describe('the documented environment variables', () => {
  it('each have a test', () => {
    const tested = [...TESTED_HERE, ...Object.keys(TESTED_ELSEWHERE)];
    expect(documentedVariables().filter((name) => !tested.includes(name))).toEqual([]);
    for (const [name, file] of Object.entries(TESTED_ELSEWHERE))
      expect(readFileSync(join(ROOT, file), 'utf8'), `${name} in ${file}`).toContain(name);
  });

  it('UPDATE_GOLDEN=1 rewrites a golden file; without it a difference fails', () => {
    const file = join(tmp.dir, 'golden.txt');
    writeFileSync(file, 'old\n');
    expect(() => expectGolden(file, 'new\n')).toThrow(/differs from .*golden\.txt \(UPDATE_GOLDEN=1 to accept\)/);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    vi.stubEnv('UPDATE_GOLDEN', '1');
    expectGolden(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });

  it('UPDATE_GOLDEN reaches every golden file: none is a vitest file snapshot (refreshed by -u instead)', () => {
    const snapshots: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts') && /toMatch(File|Inline)?Snapshot\(/.test(readFileSync(path, 'utf8')))
          snapshots.push(path);
      }
    };
    visit(join(ROOT, 'test'));
    expect(snapshots.filter((path) => !path.endsWith('environmentVariables.test.ts'))).toEqual([]);
    expect(existsSync(join(ROOT, 'test', 'charts', '__golden__', 'gender.fr.json'))).toBe(true);
  });

  it("CHROMIUM_PATH=… and WEB_SCREENSHOTS=… choose the browser tests' Chromium and screenshot folder", () => {
    expect(browserSettings({})).toEqual({
      chromium: '/usr/bin/chromium',
      screenshots: join(tmpdir(), 'profiles-web-screenshots'),
    });
    expect(browserSettings({ CHROMIUM_PATH: '/opt/chromium/chrome', WEB_SCREENSHOTS: '/tmp/shots' })).toEqual({
      chromium: '/opt/chromium/chrome',
      screenshots: '/tmp/shots',
    });
  });

  it('BENCH_ANCHORS=DIR names the anchors folder of the cold references; one without anchors is none', () => {
    const anchors = join(tmp.dir, 'anchors');
    mkdirSync(join(anchors, 'src'), { recursive: true });
    writeFileSync(join(anchors, 'src', 'c-typst.mjs'), '');
    vi.stubEnv('BENCH_ANCHORS', anchors);
    expect(findAnchors(ROOT)).toBe(anchors);
    vi.stubEnv('BENCH_ANCHORS', tmp.dir);
    expect(findAnchors(ROOT)).toBeUndefined();
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 leaves the CLI without a compile cache (Node 22.1+; Node 20 has none)', () => {
    const script = `import module from 'node:module';
const { enableCompileCache } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli', 'compileCache.js'))});
enableCompileCache();
process.stdout.write(String(module.getCompileCacheDir?.() ?? 'none'));`;
    const { NODE_DISABLE_COMPILE_CACHE: _, NODE_COMPILE_CACHE: __, ...inherited } = process.env;
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...inherited, ...env },
        encoding: 'utf8',
      });
    expect(run({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBe('none');
    const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    if (hasCache) expect(run({})).not.toBe('none');
    else expect(run({})).toBe('none');
  });

  it('FAST_CHECK_RUNS=N runs N profiles built and 10 × N invalid ones, with the time they need', () => {
    expect(readCampaign({})).toMatchObject({ buildRuns: 6, invalidRuns: 300, seed: {} });
    const long = readCampaign({ FAST_CHECK_RUNS: '200' });
    expect(long).toMatchObject({ buildRuns: 200, invalidRuns: 2000 });
    // A build of both languages takes seconds: 200 of them need far more than the 60 s default.
    expect(long.buildTimeout).toBeGreaterThanOrEqual(200 * 5_000);
    expect(() => readCampaign({ FAST_CHECK_RUNS: 'many' })).toThrow(
      'FAST_CHECK_RUNS must be a whole number of cases, got "many"',
    );
  });

  it('FAST_CHECK_SEED=S replays the cases of seed S', () => {
    expect(readCampaign({ FAST_CHECK_SEED: '1234' }).seed).toEqual({ seed: 1234 });
  });

  it('BENCH_COUNTRIES=N generates N synthetic countries for npm run bench (default 120)', () => {
    expect(readBenchSettings({}).countries).toBe(120);
    expect(readBenchSettings({ BENCH_COUNTRIES: '40' }).countries).toBe(40);
    expect(() => readBenchSettings({ BENCH_COUNTRIES: '0' })).toThrow(
      'BENCH_COUNTRIES must be a whole number from 1 up, got "0"',
    );
  });

  it('BENCH_COLD_RUNS=N makes the cold median of N fresh-process builds (default 5)', () => {
    expect(readBenchSettings({}).coldRuns).toBe(5);
    expect(readBenchSettings({ BENCH_COLD_RUNS: '9' }).coldRuns).toBe(9);
  });
});
