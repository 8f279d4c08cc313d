#!/usr/bin/env node
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentBundle } from './bundle.js';
import { enableCompileCache } from './compileCache.js';

/**
 * The `profiles` executable: turns on Node's compile cache, then loads the command line
 * (src/cli/profiles.ts), from the bundle of dist/ when it is current (scripts/bundle.js), else
 * from its modules. The cache must be on before the modules it speeds up are compiled, hence this
 * small file and a dynamic import.
 */
enableCompileCache();
const bundle = currentBundle(dirname(dirname(fileURLToPath(import.meta.url))));
await import(bundle === null ? './profiles.js' : pathToFileURL(bundle).href);
