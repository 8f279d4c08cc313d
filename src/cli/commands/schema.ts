import { join } from 'node:path';
import { buildJsonSchema } from '../../model/buildJsonSchema.js';
import { loadSeries } from '../../project/loadSeries.js';
import { projectPaths } from '../../project/projectPaths.js';
import { writeAtomic } from '../../project/writeAtomic.js';
import { type Command, type CommandContext, parse } from '../command.js';
import { EXIT } from '../output.js';

const USAGE = `Usage: profiles schema [--check]

Writes data/profile.schema.json, the JSON Schema of a data file, from the schema in the code
and the languages of locales/. Editors' tools use it for completion and checks.

  --check            do not write; exit 1 if the file is missing or out of date
  -h, --help         this help`;

/** The file editors' tools read. */
export const SCHEMA_FILE = 'profile.schema.json';

/** `profiles schema`: (re)writes the JSON Schema for editors. */
export const schema: Command = {
  usage: USAGE,
  async run(args: readonly string[], context: CommandContext): Promise<number> {
    const { values } = parse('schema', args, { check: { type: 'boolean', default: false } });
    const paths = projectPaths(context.projectRoot);
    const text = renderJsonSchema(loadSeries(paths).languages);
    const file = join(context.projectRoot, 'data', SCHEMA_FILE);
    if (values.check) {
      const { readFileSync, existsSync } = await import('node:fs');
      const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (current !== text) {
        context.stderr(`data/${SCHEMA_FILE} is out of date: run "npm run schema"`);
        return EXIT.failed;
      }
      context.stderr(`data/${SCHEMA_FILE} is up to date`);
      return EXIT.ok;
    }
    writeAtomic(file, text);
    context.stderr(`wrote data/${SCHEMA_FILE}`);
    return EXIT.ok;
  },
};

/** The schema file's text for a list of languages. */
export function renderJsonSchema(languages: readonly string[]): string {
  return `${JSON.stringify(buildJsonSchema(languages), null, 2)}\n`;
}
