import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Compiles src/ to dist/ once before the tests: the command-line tests run the real
 * `profiles` command in child processes (signals, exit codes), as users do.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
