import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildJsonSchema } from '../../model/buildJsonSchema.js';
import { loadSeries } from '../../project/loadSeries.js';
import { displayPath } from '../../project/projectPaths.js';
import { writeAtomic } from '../../project/writeAtomic.js';
import { type Command, type CommandContext, contextPaths, parse } from '../command.js';
import { EXIT } from '../output.js';
import { printResult } from '../printResult.js';

const USAGE = `Usage: profiles schema [--check] [options]

Writes <data>/profile.schema.json, the JSON Schema of a data file, from the schema in the code
and the languages of locales/. Editors' tools use it for completion and checks.

  --data DIR         the data folder (default: data/)
  --check            do not write; exit 1 if the file is missing or out of date
  --json             print the result on stdout as JSON (docs/cli-output.schema.json)
  -h, --help         this help`;

/** The file editors' tools read. */
export const SCHEMA_FILE = 'profile.schema.json';

/** `profiles schema`: (re)writes the JSON Schema for editors. */
export const schema: Command = {
  usage: USAGE,
  async run(args: readonly string[], context: CommandContext): Promise<number> {
    const { values } = parse('schema', args, {
      data: { type: 'string' },
      check: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    const paths = contextPaths(context);
    const text = renderJsonSchema(loadSeries(paths).languages);
    const file = join(resolve(context.cwd, values.data ?? 'data'), SCHEMA_FILE);
    const shown = displayPath(paths, file);
    const upToDate = values.check ? existsSync(file) && readFileSync(file, 'utf8') === text : null;
    if (!values.check) writeAtomic(file, text);
    const exitCode = upToDate === false ? EXIT.failed : EXIT.ok;
    if (values.json) return printResult(context, { command: 'schema', exitCode, outputs: [shown], upToDate });
    if (upToDate === false) context.stderr(`${shown} is out of date: run "npm run schema"`);
    else context.stderr(upToDate ? `${shown} is up to date` : `wrote ${shown}`);
    return exitCode;
  },
};

/** The schema file's text for a list of languages. */
export function renderJsonSchema(languages: readonly string[]): string {
  return `${JSON.stringify(buildJsonSchema(languages), null, 2)}\n`;
}
