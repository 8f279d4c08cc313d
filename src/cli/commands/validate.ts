import { resolve } from 'node:path';
import { type ProfileError, profileErrorsOf } from '../../errors/index.js';
import { checkProfile } from '../../model/checkProfile.js';
import { findDataFiles } from '../../project/findDataFiles.js';
import { loadSeries } from '../../project/loadSeries.js';
import { displayPath, projectPaths } from '../../project/projectPaths.js';
import { readProfileFile } from '../../project/readProfileFile.js';
import { type Command, type CommandContext, parse } from '../command.js';
import { EXIT, formatFinding, printErrors } from '../output.js';

const USAGE = `Usage: profiles validate [FILE…] [options]

Checks data files against the schema and the links between their fields (footnotes,
sources, languages) without building anything.

  FILE…              data files or folders (default: data/)
  --strict           data-quality warnings count as failures
  --json             print the errors and warnings as JSON on stdout
  -h, --help         this help

Exit codes: 0 valid, 1 invalid, 2 wrong command line.`;

/** `profiles validate`: checks data files without building. */
export const validate: Command = { usage: USAGE, run: runValidate };

async function runValidate(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parse('validate', args, {
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  const paths = projectPaths(context.projectRoot);
  const series = loadSeries(paths);
  const targets =
    positionals.length > 0
      ? positionals.map((path) => resolve(context.cwd, path))
      : [resolve(context.projectRoot, 'data')];
  const errors: ProfileError[] = [];
  const warnings = [];
  let files = 0;
  for (const target of targets) {
    for (const data of findDataFiles(target)) {
      files += 1;
      try {
        warnings.push(...checkProfile(readProfileFile(data.file, displayPath(paths, data.file), series)));
      } catch (error) {
        const found = profileErrorsOf(error);
        if (found.length === 0) throw error;
        errors.push(...found);
      }
    }
  }
  if (values.json) {
    context.stdout(JSON.stringify({ files, errors: errors.map((error) => error.toJSON()), warnings }, null, 2));
  } else {
    printErrors(context, errors, false);
    for (const warning of warnings) context.stderr(formatFinding(warning));
    context.stderr(`${files} file(s) checked: ${errors.length} error(s), ${warnings.length} warning(s)`);
  }
  return errors.length > 0 || (values.strict && warnings.length > 0) ? EXIT.failed : EXIT.ok;
}
