#!/usr/bin/env node
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { didYouMean, isProfileError, profileErrorsOf, UsageError } from '../errors/index.js';
import type { CommandContext } from './command.js';
import { COMMANDS, HELP } from './commands/index.js';
import { EXIT, printErrors } from './output.js';

/**
 * The `profiles` command. The only place that reads argv, prints to the console, sets the
 * exit code and chooses the project folder.
 */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const context: CommandContext = {
    projectRoot: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'),
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stderrRaw: (text) => process.stderr.write(text),
    isTerminal: process.stderr.isTTY === true,
    signal: stopOnSignals(),
  };
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name] ? await COMMANDS[name]() : undefined;
  const json = args.includes('--json');
  try {
    if (!command) {
      throw new UsageError('USAGE_UNKNOWN_COMMAND', {
        command: name,
        suggestion: didYouMean(name, Object.keys(COMMANDS)),
      });
    }
    if (args.includes('--help') || args.includes('-h')) {
      context.stdout(command.usage);
      return EXIT.ok;
    }
    return await command.run(args, context);
  } catch (error) {
    const errors = profileErrorsOf(error);
    if (errors.length === 0) throw error;
    printErrors(context, errors, json);
    if (errors.some((e) => e.code === 'BUILD_INTERRUPTED')) return EXIT.interrupted;
    return errors.every((e) => e.stage === 'usage') ? EXIT.usage : EXIT.failed;
  }
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
 * Ctrl-C (SIGINT) or SIGTERM asks the running command to stop at the next safe point: files are
 * only ever replaced by a rename, so what is written stays complete. A second signal exits at once.
 */
function stopOnSignals(): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write(`\n${signal}: stopping after the current profile (again to stop now)…\n`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return controller.signal;
}
