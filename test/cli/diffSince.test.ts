import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT, temporaryFolder } from '../helpers/project.js';

/** `profiles diff --since REF`: the baseline built from a commit in a temporary worktree, in one command. */
const repo = temporaryFolder('profiles-since-test-');
afterAll(() => repo.remove());
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
  });

beforeAll(() => {
  mkdirSync(join(repo.dir, 'data'));
  const bvt = readFileSync(join(ROOT, 'test', 'fixtures', 'profiles', 'bvt.yaml'), 'utf8');
  writeFileSync(join(repo.dir, 'data', 'bvt.yaml'), bvt);
  git('init', '--quiet');
  git('add', '.');
  git('commit', '--quiet', '-m', 'last edition');
  git('tag', 'v2025');
  writeFileSync(join(repo.dir, 'data', 'bvt.yaml'), bvt.replace('inEu: { value: 900,', 'inEu: { value: 950,'));
});

describe('profiles diff --since', () => {
  it('builds the commit and the working tree, and reports the pages and figures that changed', async () => {
    const result = await runCli(['diff', '--since', 'v2025', '--lang', 'en', '--json'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    const envelope = JSON.parse(result.stdout) as {
      since: { ref: string; commit: string };
      changed: boolean;
      report: string;
      outDir: string;
      editions: { country: string; lang: string; status: string; before: string }[];
      data: { path: string; before: unknown; after: unknown }[];
    };
    expect(envelope.since).toEqual({ ref: 'v2025', commit: git('rev-parse', 'v2025').trim() });
    expect(envelope.changed).toBe(true);
    expect(envelope.editions).toEqual([
      expect.objectContaining({ country: 'BVT', lang: 'en', status: 'changed', before: 'v2025:output/en/bvt.pdf' }),
    ]);
    expect(envelope.data).toEqual([
      expect.objectContaining({ path: 'emigration.inEu.value', before: 900, after: 950 }),
    ]);
    expect(envelope.report).toBe(join('output', 'diff', 'report.html'));
    expect(existsSync(join(repo.dir, 'output', 'diff', 'report.html'))).toBe(true);
    // the temporary worktree is gone, and git has forgotten it
    expect(git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('prints the summary and the report’s path; an unknown ref is a located error', async () => {
    const text = await runCli(['diff', '--since', 'HEAD', 'BVT', '--lang', 'en'], { cwd: repo.dir });
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('BVT emigration.inEu.value (line');
    expect(text.stderr).toContain(`report: ${join('output', 'diff', 'report.html')}`);
    const unknown = await runCli(['diff', '--since', 'v1999'], { cwd: repo.dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: cannot check out "v1999" to build the baseline: .*\[DIFF_GIT\]/);
  });
});
