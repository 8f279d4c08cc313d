import { join, resolve } from 'node:path';

/** Where the project's inputs live. */
export interface ProjectPaths {
  /** The folder paths in messages are shown relative to. */
  readonly root: string;
  readonly templates: string;
  readonly locales: string;
  readonly fonts: string;
}

/** The default layout of a project folder. */
export function projectPaths(root: string): ProjectPaths {
  const base = resolve(root);
  return { root: base, templates: join(base, 'templates'), locales: join(base, 'locales'), fonts: join(base, 'fonts') };
}

/** A path as messages show it: relative to the project folder. */
export function displayPath(paths: ProjectPaths, file: string): string {
  const absolute = resolve(file);
  return absolute.startsWith(`${paths.root}/`) ? absolute.slice(paths.root.length + 1) : file;
}
