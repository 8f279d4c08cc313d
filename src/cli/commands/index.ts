import type { Command } from '../command.js';
import { EXIT } from '../output.js';
import { build } from './build.js';
import { check } from './check.js';
import { diff } from './diff.js';
import { importCommand } from './import.js';
import { preview } from './preview.js';
import { schema } from './schema.js';
import { validate } from './validate.js';

const HELP = `Usage: profiles <command> [options]

Diaspora engagement mapping country profiles: one data file per country in, one PDF per
country and language out.

Commands:
  build [ISO3…]      build profiles (npm start builds them all)
  validate [FILE…]   check data files without building
  check [ISO3…]      check the figures of the data files (also against each other)
  import DATASET …   update the figures from UN DESA (undesa) or World Bank (worldbank) files
  schema             write data/profile.schema.json for editors' tools
  preview [ISO3…]    render the pages of built PDFs to PNG, with a contact sheet each
  diff OLD NEW       compare two builds: changed pages, text and data, as an HTML report
  help               this help

Run "profiles <command> --help" for the options of a command.`;

/** The subcommands of `profiles`, by name. Adding a command = one file here + one line below + HELP. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  build,
  validate,
  check,
  import: importCommand,
  schema,
  preview,
  diff,
  help: { usage: HELP, run: async (_args, context) => (context.stdout(HELP), EXIT.ok) },
};
