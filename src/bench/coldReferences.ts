import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The commands a cold build is compared with, in the same run, interleaved with it: on a shared
 * or throttled machine only the ratio means something.
 *
 *   node      `node -e 0`: Node starting and stopping, always there
 *   typst     Typst compiling a comparable 4-page profile in-process (npm package
 *             @myriaddreamin/typst-ts-node-compiler), from the anchors folder
 *   pdfmake   the same profile made with plain pdfmake, from the anchors folder
 *
 * The anchors folder is the shared benchmark (shared/bench/anchors: its README says what it
 * measures); BENCH_ANCHORS=DIR names it, otherwise it is looked for beside the project and its
 * parents. It is copied into node_modules/.cache/profiles-bench/anchors and installed there with
 * npm once (its packages come from the npm registry). Without it, or when its install fails, only
 * `node` is measured, and the reason is logged.
 */
export interface ColdReference {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
}

export function coldReferences(root: string, log: (text: string) => void): ColdReference[] {
  const node: ColdReference = { name: 'node', command: process.execPath, args: ['-e', '0'], cwd: root };
  const source = findAnchors(root);
  if (source === undefined) {
    log('cold references: no anchors folder (BENCH_ANCHORS=DIR, or shared/bench/anchors beside the project)');
    return [node];
  }
  const work = join(root, 'node_modules', '.cache', 'profiles-bench', 'anchors');
  try {
    prepareAnchors(source, work, root, log);
  } catch (error) {
    log(
      `cold references: the anchors in ${source} could not be installed (${(error as Error).message.split('\n')[0]})`,
    );
    return [node];
  }
  const anchor = (name: string, script: string): ColdReference => ({
    name,
    command: process.execPath,
    args: [script, join('out', `bench-${name}.pdf`)],
    cwd: work,
  });
  return [anchor('typst', join('src', 'c-typst.mjs')), anchor('pdfmake', join('src', 'a-pdfmake.mjs')), node];
}

/** The anchors folder: BENCH_ANCHORS=DIR when set (undefined when it holds no anchors), else shared/bench/anchors above `root`. */
export function findAnchors(root: string): string | undefined {
  const named = process.env.BENCH_ANCHORS;
  if (named) return existsSync(join(named, 'src', 'c-typst.mjs')) ? resolve(named) : undefined;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'shared', 'bench', 'anchors'), join(dir, '..', 'shared', 'bench', 'anchors')])
      if (existsSync(join(candidate, 'src', 'c-typst.mjs'))) return resolve(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** A writable, installed copy of the anchors, with the project's four Noto Sans files as its fonts. */
function prepareAnchors(source: string, work: string, root: string, log: (text: string) => void): void {
  mkdirSync(work, { recursive: true });
  for (const entry of ['package.json', 'package-lock.json', 'content.json', 'src', 'scripts', 'bench']) {
    if (existsSync(join(source, entry))) cpSync(join(source, entry), join(work, entry), { recursive: true });
  }
  mkdirSync(join(work, 'fonts'), { recursive: true });
  mkdirSync(join(work, 'out'), { recursive: true });
  for (const file of readdirSync(join(root, 'fonts')).filter((name) => /^NotoSans-.*\.ttf$/.test(name)))
    copyFileSync(join(root, 'fonts', file), join(work, 'fonts', file));
  if (!existsSync(join(work, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler'))) {
    log(`cold references: installing the anchors (npm ci) in ${work}`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    });
  }
  // One run each proves they work here before anything is timed.
  for (const script of ['c-typst.mjs', 'a-pdfmake.mjs']) {
    const run = spawnSync(process.execPath, [join('src', script), join('out', 'check.pdf')], {
      cwd: work,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  }
}
