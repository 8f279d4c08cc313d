import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepTemporaryFiles } from '../../src/project/writeAtomic.js';
import { temporaryFolder } from '../helpers/project.js';

/** Above Linux's largest process id (2^22): no process runs with it. */
const DEAD = 4_194_305;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the sweep of temporary files', () => {
  it('removes the temporary files of dead processes in the folders named, and nothing else', () => {
    const made = temporaryFolder();
    cleanup = made.remove;
    const en = join(made.dir, 'en');
    const deep = join(made.dir, 'en', 'charts', 'old', 'deeper');
    mkdirSync(deep, { recursive: true });
    const files = {
      dead: join(en, `.bvt.pdf.${DEAD}.1.tmp`),
      alive: join(en, `.bvt.pdf.${process.pid}.1.tmp`),
      notOurs: join(en, 'notes.tmp'),
      deep: join(deep, `.bvt.pdf.${DEAD}.2.tmp`),
    };
    for (const file of Object.values(files)) writeFileSync(file, 'x');
    // A folder named like a temporary file is left alone, without an error.
    mkdirSync(join(en, `.charts.${DEAD}.3.tmp`));
    expect(sweepTemporaryFiles([made.dir, en])).toEqual([files.dead]);
    expect(readdirSync(en).sort()).toEqual([
      `.bvt.pdf.${process.pid}.1.tmp`,
      `.charts.${DEAD}.3.tmp`,
      'charts',
      'notes.tmp',
    ]);
    expect(readdirSync(deep)).toEqual([`.bvt.pdf.${DEAD}.2.tmp`]);
  });

  it('passes over folders that are missing or are files', () => {
    const made = temporaryFolder();
    cleanup = made.remove;
    writeFileSync(join(made.dir, 'file'), 'x');
    expect(
      sweepTemporaryFiles([join(made.dir, 'missing'), join(made.dir, 'file'), join(made.dir, 'file', 'x')]),
    ).toEqual([]);
  });
});
