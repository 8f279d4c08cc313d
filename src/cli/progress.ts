import type { ProfileError } from '../errors/index.js';
import type { Finding } from '../model/checkFinding.js';
import type { OutputRecord } from '../pipeline/buildAll.js';
import type { CommandContext } from './command.js';
import { formatFinding, printErrors } from './output.js';

/** How a batch shows its progress on the console. */
export interface Progress {
  start(plan: { readonly outputs: number; readonly toBuild: number; readonly workers: number }): void;
  output(record: OutputRecord): void;
  /** Clears the progress line before the closing summary. */
  end(): void;
}

/**
 * On a terminal, one line redrawn in place (a bar, counts and the last output), with errors and
 * warnings printed above it as they come; elsewhere (CI, a log file), one plain line per output
 * built or failed. Nothing at all with --json.
 */
export function createProgress(context: CommandContext, shown: (file: string) => string, quiet: boolean): Progress {
  let total = 0;
  let done = 0;
  const isTerminal = context.isTerminal && !quiet;
  const clear = () => {
    if (isTerminal) context.stderrRaw?.('\r\u001b[2K');
  };
  const draw = (last: string) => {
    if (!isTerminal || total === 0) return;
    const width = 24;
    const filled = Math.round((done / total) * width);
    context.stderrRaw?.(`\r\u001b[2K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${last}`);
  };
  const report = (errors: readonly ProfileError[], warnings: readonly Finding[]) => {
    clear();
    printErrors(context, errors);
    for (const warning of warnings) context.stderr(formatFinding(warning, context.colour));
  };
  return {
    start: (plan) => {
      total = plan.outputs;
      if (quiet) return;
      const workers = plan.workers > 0 ? ` in ${plan.workers} worker threads` : '';
      context.stderr(
        `${plan.toBuild} of ${plan.outputs} output(s) to build${workers}${plan.toBuild < plan.outputs ? ` (${plan.outputs - plan.toBuild} up to date)` : ''}`,
      );
    },
    output: (record) => {
      done += 1;
      if (quiet) return;
      if (record.status === 'failed') {
        clear();
        context.stderr(`failed ${record.country} ${record.lang}:`);
        report(record.errors, []);
      } else if (record.status === 'built') {
        if (isTerminal) report([], record.warnings);
        else {
          context.stderr(
            `built ${record.country} ${record.lang}: ${shown(record.file ?? '')} (${record.pages} pages, ${Math.round((record.bytes ?? 0) / 1024)} KB)`,
          );
          report([], record.warnings);
        }
      }
      draw(`${record.country} ${record.lang}`);
    },
    end: () => clear(),
  };
}
