import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** A folder to watch (with its subfolders), and which of its files count. */
export interface WatchedTree<K extends string> {
  readonly dir: string;
  readonly kind: K;
  /** Only these files count (a data file given alone): the others in its folder are ignored. */
  readonly only?: string;
}

/** Stops watching. */
export interface FolderWatch {
  close(): void;
}

/**
 * Names editors and tools write beside a file while saving it, never a file of the project:
 * hidden files (vim's `.mli.yaml.swp`, our own `.mli.yaml.123.1.tmp`, the build cache), backups
 * (`mli.yaml~`), vim's probe file `4913`, and swap files.
 */
export function isScratchName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || /^\d+$/.test(name) || /\.(swp|swx|swo|tmp|crswap)$/i.test(name);
}

/**
 * Watches folders, not files: every folder of each tree is watched by name (inotify, FSEvents,
 * ReadDirectoryChangesW on the folder itself), so a file replaced by a rename (an import, a
 * `git pull`, `sed -i`, an editor's atomic save) is seen, and so are the in-place saves that
 * follow it — a watch on the file's inode would have stayed on the old, deleted file. Folders
 * created later are watched as they appear; a folder removed stops its watcher.
 */
export function watchFolders<K extends string>(
  trees: readonly WatchedTree<K>[],
  onChange: (kind: K, file: string) => void,
  ignored: (file: string) => boolean = () => false,
): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const add = (tree: WatchedTree<K>, dir: string) => {
    if (closed || watchers.has(dir) || ignored(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: true }, (_event, name) => {
        if (name === null) {
          onChange(tree.kind, dir);
          return;
        }
        const file = join(dir, String(name));
        const base = basename(file);
        if (isScratchName(base) || ignored(file)) return;
        if (tree.only !== undefined && file !== tree.only) return;
        if (tree.only === undefined && isFolder(file)) add(tree, file); // a new folder: watch it too
        onChange(tree.kind, file);
      });
    } catch {
      return; // removed between listing and watching
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    if (tree.only !== undefined) return;
    for (const entry of safeList(dir)) {
      if (entry.isDirectory() && !isScratchName(entry.name) && entry.name !== 'node_modules')
        add(tree, join(dir, entry.name));
    }
  };

  for (const tree of trees) add(tree, resolve(tree.dir));
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function safeList(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
