import module from 'node:module';

/**
 * Node's on-disk cache of compiled code (`module.enableCompileCache`, Node ≥ 22.1): a fresh
 * process then skips parsing and compiling the JavaScript it ran before (pdfmake, pdfkit,
 * fontkit, vega, this tool). Where Node lacks it (Node 20) nothing changes. The cache is in
 * Node's default folder (in the system's temporary folder), keyed by Node version and file
 * content; NODE_DISABLE_COMPILE_CACHE=1 turns it off. It changes no output: only how fast the
 * same code starts.
 */
export function enableCompileCache(): void {
  const enable = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    enable();
  } catch {
    // An unwritable temporary folder only means no cache.
  }
}
