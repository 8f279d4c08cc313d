import { isAbsolute, join, relative, resolve } from 'node:path';

/** Where the project's inputs live. */
export interface ProjectPaths {
  /** The tool's folder: templates, locales and fonts. */
  readonly root: string;
  /** The folder paths in messages are shown relative to (the current folder, for the command line). */
  readonly shownFrom: string;
  readonly templates: string;
  readonly locales: string;
  readonly fonts: string;
}

/** The default layout of a project folder; messages show paths relative to `shownFrom` (default: the folder itself). */
export function projectPaths(root: string, shownFrom: string = root): ProjectPaths {
  const base = resolve(root);
  return {
    root: base,
    shownFrom: resolve(shownFrom),
    templates: join(base, 'templates'),
    locales: join(base, 'locales'),
    fonts: join(base, 'fonts'),
  };
}

/**
 * A path as messages show it: relative to `shownFrom` when it is inside it, absolute otherwise,
 * so that it can always be opened from there.
 */
export function displayPath(paths: Pick<ProjectPaths, 'shownFrom'>, file: string): string {
  const absolute = resolve(paths.shownFrom, file);
  const shown = relative(paths.shownFrom, absolute);
  return shown === '' ? '.' : shown === '..' || shown.startsWith('../') || isAbsolute(shown) ? absolute : shown;
}
