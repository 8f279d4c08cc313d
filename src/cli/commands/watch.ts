import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { profileErrorsOf } from '../../errors/index.js';
import { buildAll } from '../../pipeline/buildAll.js';
import { displayPath, type Environment, loadEnvironment } from '../../pipeline/loadEnvironment.js';
import { watchFolders } from '../../project/watchFolders.js';
import {
  type Command,
  type CommandContext,
  contextPaths,
  countryCodes,
  languageList,
  outputFormats,
  parse,
} from '../command.js';
import { EXIT, printErrors } from '../output.js';
import { createProgress } from '../progress.js';

const USAGE = `Usage: profiles watch [ISO3…] [options]

Builds the profiles, then rebuilds them on every save to the data files, templates, theme,
locales or fonts: only what the change touches. Errors are printed and the watch goes on; a
failed build keeps the last good PDF. Folders are watched, not files: a file replaced by a
rename (an import, git pull, an editor's atomic save) is still seen, and so are the saves
after it; a burst of saves gives one rebuild, and a save during a build gives another build
after it. Stop with Ctrl-C (exit code 130).

  ISO3…              country codes to watch (default: every data file)
  --lang fr,en       languages (default: every folder of locales/)
  --format pdf,html  what to write (default: pdf); html adds the web page of each profile, the
                     series index and the data export, as profiles build does
  --data FILE|DIR    a data file or a folder of them (default: data/)
  --out DIR          output folder (default: output/)
  -h, --help         this help`;

/** How long to wait after a save for the saves that come with it (editors write in several steps). */
const SETTLE_MS = 150;

/** `profiles watch`: rebuilds on every save. */
export const watch: Command = { usage: USAGE, run: runWatch };

async function runWatch(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('watch', args, {
    lang: { type: 'string' },
    format: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
  });
  const countries = countryCodes(positionals);
  const languages = languageList(values.lang, 'watch');
  const formats = outputFormats(values.format, 'watch');
  const paths = contextPaths(context);
  const data = resolve(context.cwd, values.data ?? 'data');
  const outDir = resolve(context.cwd, values.out ?? 'output');
  const shown = (file: string) => displayPath(paths, file);

  // The environment stays loaded between builds; a change to templates, locales or fonts reloads it.
  let environment: Environment | undefined;
  let stale = false;
  const current = () => {
    if (!environment || stale) {
      environment = loadEnvironment(paths);
      stale = false;
    }
    return environment;
  };

  const rebuild = async (reason: string) => {
    const started = performance.now();
    context.stderr(`${reason}: building…`);
    const progress = createProgress({ ...context, isTerminal: false }, shown, false);
    try {
      const summary = await buildAll(
        {
          data,
          countries,
          languages,
          formats,
          outDir,
          strict: false,
          workers: 0,
        },
        { paths, environment: current, onOutput: progress.output },
      );
      const ms = Math.round(performance.now() - started);
      context.stderr(
        `${summary.built} built, ${summary.unchanged} unchanged, ${summary.failed} failed in ${ms} ms; watching for changes (Ctrl-C to stop)`,
      );
    } catch (error) {
      // Nothing stops the watch: a broken template or locale, or a bug, is printed and the
      // next save builds again (with the environment loaded afresh).
      environment = undefined;
      const errors = profileErrorsOf(error);
      if (errors.length > 0) printErrors(context, errors);
      else context.stderr(`internal error (a bug, please report it): ${(error as Error)?.stack ?? String(error)}`);
      context.stderr('watching for changes (Ctrl-C to stop)');
    }
  };

  await rebuild('start');
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const changed = new Set<string>();
  const onChange = (kind: 'data' | 'layout', file: string) => {
    if (kind === 'layout') stale = true;
    changed.add(`${kind}: ${shown(file)}`);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const reason = [...changed].join(', ');
      changed.clear();
      running = running.then(() => rebuild(reason));
    }, SETTLE_MS);
  };
  const dataIsFile = isFile(data);
  const inside = (dir: string, file: string) => file === dir || file.startsWith(`${dir}${sep}`);
  const watching = watchFolders<'data' | 'layout'>(
    [
      dataIsFile ? { dir: dirname(data), kind: 'data', only: data } : { dir: data, kind: 'data' },
      ...[paths.templates, paths.locales, paths.fonts].map((dir) => ({ dir, kind: 'layout' as const })),
    ],
    onChange,
    // the outputs, when they are written inside a watched folder, are no change
    (file) => inside(outDir, file) && relative(outDir, data).startsWith('..'),
  );
  await new Promise<void>((resolveStop) => {
    if (context.signal?.aborted) resolveStop();
    context.signal?.addEventListener('abort', () => resolveStop(), { once: true });
  });
  clearTimeout(timer);
  watching.close();
  await running;
  return EXIT.interrupted;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
