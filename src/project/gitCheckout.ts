import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BuildError } from '../errors/index.js';

/** A commit checked out in a temporary git worktree, removed with `remove()`. */
export interface Checkout {
  /** The ref as given (`HEAD~1`, `v2025`, a commit). */
  readonly ref: string;
  /** The full commit it names. */
  readonly commit: string;
  /** The top folder of the repository the commit is from. */
  readonly topLevel: string;
  /** The top folder of the temporary worktree: the repository's files as they were at the commit. */
  readonly dir: string;
  /** Where `path` (a path inside the repository's working tree) is in the checkout. */
  at(path: string): string;
  /** Removes the worktree and its folder; git forgets it. */
  remove(): void;
}

/**
 * Checks out `ref` of the git repository that holds `inside` into a temporary worktree
 * (`git worktree add --detach`), so that a build can read the files of that commit while
 * the working tree stays as it is. A missing git, a folder outside any repository or an
 * unknown ref is a located error (`DIFF_GIT`).
 */
export function checkoutRevision(inside: string, ref: string): Checkout {
  const git = (args: readonly string[], cwd: string) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch (error) {
      const failure = error as NodeJS.ErrnoException & { stderr?: string };
      const reason =
        failure.code === 'ENOENT'
          ? 'git is not installed (or not on the PATH)'
          : (failure.stderr ?? failure.message).trim().split('\n')[0] || failure.message;
      throw new BuildError('DIFF_GIT', { ref, reason });
    }
  };
  const topLevel = realpathSync(git(['rev-parse', '--show-toplevel'], inside));
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], topLevel);
  const folder = mkdtempSync(join(tmpdir(), 'profiles-since-'));
  const dir = join(folder, 'tree');
  try {
    git(['worktree', 'add', '--detach', '--quiet', dir, commit], topLevel);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    ref,
    commit,
    topLevel,
    dir,
    at: (path) => join(dir, relative(topLevel, realpathSync(path))),
    remove() {
      try {
        execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: topLevel, stdio: 'ignore' });
      } catch {
        // removed below; `git worktree prune` forgets it
      }
      rmSync(folder, { recursive: true, force: true });
      try {
        execFileSync('git', ['worktree', 'prune'], { cwd: topLevel, stdio: 'ignore' });
      } catch {
        // nothing to forget
      }
    },
  };
}
