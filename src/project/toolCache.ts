import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the caches that spare a fresh process work done by earlier ones (shaped words:
 * src/fonts/shapingCache.ts; compiled templates: src/layout/loadTemplates.ts), or null when
 * there is to be none. PROFILES_CACHE_DIR names it (`off`: none); by default it is
 * `node_modules/.cache/diaspora-profiles` of the tool, where tools keep such caches. What is in it
 * never changes an output, only how soon it comes; a folder that cannot be written means no cache.
 */
export function toolCacheFolder(): string | null {
  const setting = process.env.PROFILES_CACHE_DIR;
  if (setting === 'off') return null;
  if (setting !== undefined && setting !== '') return setting;
  // dist/project/ (or src/project/ under the tests) → the tool's folder.
  const toolRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
  return join(toolRoot, 'node_modules', '.cache', 'diaspora-profiles');
}
