import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bundled command line (scripts/bundle.js) if it is current, else null: current when its stamp
 * exists and no compiled file of dist/ outside dist/bundle/ is newer (tsc rewrites the files whose
 * output changed, so a `tsc` run after the last bundle makes it stale, and the modules of dist/
 * run instead). Costs one walk of dist/ (about 150 files).
 */
export function currentBundle(distRoot: string): string | null {
  const bundle = join(distRoot, 'bundle');
  let stampedAt: number;
  try {
    stampedAt = statSync(join(bundle, 'stamp')).mtimeMs;
  } catch {
    return null;
  }
  const newer = (folder: string): boolean => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (path !== bundle && newer(path)) return true;
      } else if (entry.name.endsWith('.js') && statSync(path).mtimeMs > stampedAt) {
        return true;
      }
    }
    return false;
  };
  try {
    return newer(distRoot) ? null : join(bundle, 'profiles.js');
  } catch {
    return null;
  }
}
