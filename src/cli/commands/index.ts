import { didYouMean, UsageError } from '../../errors/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../output.js';

const HELP = `Usage: profiles <command> [options]

Diaspora engagement mapping country profiles: one data file per country in, one PDF per
country and language out.

Commands:
  new ISO3           start the data file of a new country, as a draft
  add-language LANG  start a language in draft, from a reference language
  translate …        XLIFF for translators: export --lang es, import FILE
  build [ISO3…]      build profiles (npm start builds them all)
  validate [FILE…]   check data files without building
  check [ISO3…]      check the figures of the data files (also against each other)
  import DATASET …   update the figures from UN DESA (undesa) or World Bank (worldbank) files
  schema             write data/profile.schema.json for editors' tools
  preview [ISO3…]    render the pages of built PDFs to PNG, with a contact sheet each
  diff OLD NEW       compare two builds: changed pages, text and data, as an HTML report
  watch [ISO3…]      rebuild on every save to data, templates, locales or theme
  help [COMMAND]     this help, or the options of a command

Options of every command: --help (-h), --no-color. Alone: --version (-V).
Run "profiles help <command>" or "profiles <command> --help" for the options of a command.`;

/**
 * The subcommands of `profiles`, by name, each loaded when used: `profiles --help` or a no-op
 * build does not pay for pdfmake, vega or the dataset readers. Adding a command = one file here, one line
 * below, one line of HELP.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  new: async () => (await import('./new.js')).newCommand,
  'add-language': async () => (await import('./addLanguage.js')).addLanguage,
  translate: async () => (await import('./translate.js')).translate,
  build: async () => (await import('./build.js')).build,
  validate: async () => (await import('./validate.js')).validate,
  check: async () => (await import('./check.js')).check,
  import: async () => (await import('./import.js')).importCommand,
  schema: async () => (await import('./schema.js')).schema,
  preview: async () => (await import('./preview.js')).preview,
  diff: async () => (await import('./diff.js')).diff,
  watch: async () => (await import('./watch.js')).watch,
  help: async () => ({
    usage: HELP,
    run: async ([name], context) => {
      if (name === undefined) context.stdout(HELP);
      else context.stdout((await commandNamed(name)).usage);
      return EXIT.ok;
    },
  }),
};

/** The command called `name`, or a usage error naming the closest one. */
export async function commandNamed(name: string): Promise<Command> {
  const load = COMMANDS[name];
  if (load) return load();
  throw new UsageError('USAGE_UNKNOWN_COMMAND', { command: name, suggestion: didYouMean(name, Object.keys(COMMANDS)) });
}

/** The general help text. */
export { HELP };
