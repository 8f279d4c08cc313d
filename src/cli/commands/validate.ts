import { resolve } from 'node:path';
import { type ProfileError, profileErrorsOf } from '../../errors/index.js';
import { type AcknowledgedFinding, applyAcknowledgements } from '../../model/acknowledge.js';
import type { Finding } from '../../model/checkFinding.js';
import { checkProfile } from '../../model/checkProfile.js';
import { findDataFiles } from '../../project/findDataFiles.js';
import { loadSeries } from '../../project/loadSeries.js';
import { displayPath } from '../../project/projectPaths.js';
import { readProfileFile } from '../../project/readProfileFile.js';
import { type Command, type CommandContext, contextPaths, parse, stopIfAsked } from '../command.js';
import { acknowledgedCount, EXIT, formatAcknowledged, formatFinding, printErrors } from '../output.js';
import { acknowledgedJson, printResult } from '../printResult.js';

const USAGE = `Usage: profiles validate [FILE…] [options]

Checks data files against the schema and the links between their fields (footnotes,
sources, languages) without building anything.

  FILE…              data files or folders (default: data/)
  --strict           data-quality warnings count as failures
  --json             print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help         this help

Exit codes: 0 valid, 1 invalid, 2 wrong command line.`;

/** `profiles validate`: checks data files without building. */
export const validate: Command = { usage: USAGE, run: runValidate };

async function runValidate(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('validate', args, {
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  const paths = contextPaths(context);
  const series = loadSeries(paths);
  const targets = (positionals.length > 0 ? positionals : ['data']).map((path) => resolve(context.cwd, path));
  const errors: ProfileError[] = [];
  const warnings: Finding[] = [];
  const acknowledged: AcknowledgedFinding[] = [];
  const files: string[] = [];
  for (const data of targets.flatMap((target) => findDataFiles(target))) {
    stopIfAsked(context, 'validate', `after ${files.length} file(s)`);
    files.push(displayPath(paths, data.file));
    try {
      const loaded = readProfileFile(data.file, displayPath(paths, data.file), series);
      const findings = applyAcknowledgements(checkProfile(loaded), loaded.profile.acknowledged);
      warnings.push(...findings.open);
      acknowledged.push(...findings.acknowledged);
    } catch (error) {
      const found = profileErrorsOf(error);
      if (found.length === 0) throw error;
      errors.push(...found);
    }
  }
  const exitCode = errors.length > 0 || (values.strict && warnings.length > 0) ? EXIT.failed : EXIT.ok;
  if (values.json)
    return printResult(context, {
      command: 'validate',
      exitCode,
      files,
      errors,
      warnings,
      acknowledged: acknowledged.map(acknowledgedJson),
    });
  printErrors(context, errors);
  for (const warning of warnings) context.stderr(formatFinding(warning, context.colour));
  for (const finding of acknowledged) context.stderr(formatAcknowledged(finding));
  context.stderr(
    `${files.length} file(s) checked: ${errors.length} error(s), ${warnings.length} warning(s)${acknowledgedCount(acknowledged)}`,
  );
  return exitCode;
}
