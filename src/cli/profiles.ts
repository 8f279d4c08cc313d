import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isProfileError, profileErrorsOf } from '../errors/index.js';
import type { CommandContext } from './command.js';
import { commandNamed, HELP } from './commands/index.js';
import { EXIT, printErrors } from './output.js';
import { printFailure } from './printResult.js';
import { detectTerminal } from './terminal.js';

/**
 * The `profiles` command. The only place that reads argv, prints to the console, sets the
 * exit code and chooses the folders. Options every command takes: --no-color, --help;
 * alone: --version.
 */
async function main(argv: readonly string[]): Promise<number> {
  const noColor = argv.includes('--no-color');
  const [name, ...args] = argv.filter((arg) => arg !== '--no-color');
  const terminal = detectTerminal(process.stderr.isTTY === true, process.env, noColor);
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { signal, exitCode: stoppedCode } = stopOnSignals();
  const context: CommandContext = {
    projectRoot,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stderrRaw: (text) => process.stderr.write(text),
    isTerminal: terminal.interactive,
    colour: terminal.colour,
    signal,
  };
  if (name === '--version' || name === '-V') {
    context.stdout(`profiles ${toolVersion(projectRoot)}`);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h') {
    context.stdout(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const json = args.includes('--json');
  try {
    const command = await commandNamed(name);
    if (args.includes('--help') || args.includes('-h')) {
      context.stdout(command.usage);
      return EXIT.ok;
    }
    const code = await command.run(args, context);
    return signal.aborted || code === EXIT.interrupted ? stoppedCode() : code;
  } catch (error) {
    const errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
    const interrupted = errors.some((e) => e.code === 'BUILD_INTERRUPTED' || e.code === 'COMMAND_INTERRUPTED');
    const code = interrupted ? stoppedCode() : errors.every((e) => e.stage === 'usage') ? EXIT.usage : EXIT.failed;
    if (json) printFailure(context, name, code, errors);
    else printErrors(context, errors);
    return code;
  }
}

/** The version of the tool, from its package.json. */
function toolVersion(projectRoot: string): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `internal error (a bug, please report it): ${isProfileError(error) ? error.format() : ((error as Error).stack ?? String(error))}\n`,
    );
    process.exitCode = EXIT.internal;
  },
);

/**
 * Ctrl-C (SIGINT) or SIGTERM asks the running command to stop at the next safe point (between
 * two profiles, two files, two pages): files are only ever replaced by a rename, so what is
 * written stays complete, and the command exits with 130 (SIGINT) or 143 (SIGTERM). A second
 * signal exits at once. Every input is read as a regular file, opened without blocking (a FIFO or
 * a device is refused, never waited on), so no read keeps the signal from being heard.
 */
function stopOnSignals(): { signal: AbortSignal; exitCode: () => number } {
  const controller = new AbortController();
  let received: NodeJS.Signals = 'SIGINT';
  const exitCode = () => (received === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted);
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(exitCode());
    received = signal;
    process.stderr.write(`\n${signal}: stopping at the next safe point (again to stop now)…\n`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { signal: controller.signal, exitCode };
}
