#!/usr/bin/env node
import { enableCompileCache } from './compileCache.js';

/**
 * The `profiles` executable: turns on Node's compile cache, then loads the command line
 * (src/cli/profiles.ts). The cache must be on before the modules it speeds up are compiled,
 * hence this file of two statements and a dynamic import.
 */
enableCompileCache();
await import('./profiles.js');
