import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { TemplateError } from '../errors/index.js';
import { readFailure, readRegularFile } from '../project/readRegularFile.js';
import { toolCacheFolder } from '../project/toolCache.js';
import { SOURCE_ATTRIBUTE } from './parseMarkup.js';
import { type HelperContext, registerHelpers } from './registerHelpers.js';

/** The profile layout: `templates/profile.hbs` and the partials of `templates/partials/`. */
export interface TemplateSet {
  /** Display path of the root template (for error messages). */
  readonly rootFile: string;
  /** Renders the layout markup for a context (an Edition) with the labels of its language. */
  render(context: object, helperContext: HelperContext): string;
}

/** The name of the root template in the templates folder. */
export const ROOT_TEMPLATE = 'profile.hbs';

/**
 * Reads and compiles the templates once (they are language-independent) with an own
 * Handlebars instance: strict (a misspelt field is an error, not an empty string),
 * prototype access disabled, data never compiled as a template.
 */
export function loadTemplates(dir: string, displayRoot = dir): TemplateSet {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const display = (file: string) => join(relative(displayRoot, dir) || '.', relative(dir, file)).replace(/^\.\//, '');
  const partialsDir = join(dir, 'partials');
  if (existsSync(partialsDir)) {
    for (const name of readdirSync(partialsDir)
      .filter((file) => file.endsWith('.hbs'))
      .sort()) {
      const file = join(partialsDir, name);
      hb.registerPartial(basename(name, '.hbs'), compile(hb, file, display(file)));
    }
  }
  const rootPath = join(dir, ROOT_TEMPLATE);
  const rootFile = display(rootPath);
  const root = compile(hb, rootPath, rootFile);
  return {
    rootFile,
    render: (context, helperContext) => {
      try {
        return root(context, {
          data: { helperContext },
          allowProtoPropertiesByDefault: false,
          allowProtoMethodsByDefault: false,
        });
      } catch (error) {
        if (error instanceof TemplateError) throw error;
        throw new TemplateError('TEMPLATE_RENDER', { detail: describeRenderError(error) }, { file: rootFile }, error);
      }
    },
  };
}

function compile(hb: typeof Handlebars, file: string, shown: string): Handlebars.TemplateDelegate {
  let source: string;
  try {
    // A regular file only: a FIFO or a device in its place is refused at once, never waited on.
    source = readRegularFile(file).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new TemplateError('TEMPLATE_MISSING', { name: shown }, { file: shown }, error);
    throw new TemplateError('TEMPLATE_UNREADABLE', { reason: readFailure(error) }, { file: shown }, error);
  }
  const marked = markSources(source, shown);
  const cached = readCompiled(marked);
  if (cached !== undefined) return hb.template(cached);
  try {
    hb.parse(marked);
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/.exec(message)?.[1];
    const detail = message.split('\n').at(-1) ?? message;
    throw new TemplateError(
      'TEMPLATE_SYNTAX',
      { detail },
      { file: shown, line: line ? Number(line) : undefined },
      error,
    );
  }
  // A string of JavaScript (the typings say otherwise: they describe the asObject form).
  const compiled = hb.precompile(marked, OPTIONS) as unknown as string;
  saveCompiled(marked, compiled);
  return hb.template(specOf(compiled));
}

/** How templates are compiled: strict (a misspelt field is an error), indentation of partials kept as written. */
const OPTIONS = { strict: true, preventIndent: true, noEscape: false } as const;

/**
 * Compiled templates kept between runs (in the folder of src/project/toolCache.ts): a fresh
 * process takes a template it compiled before from there, keyed by its text (source lines
 * marked), the Handlebars version and the options, instead of parsing and compiling it again
 * (about 100 ms of a cold build: Handlebars's parser and compiler run once a process). What is
 * kept is Handlebars's own precompiled form, the code `compile` makes and runs; `compile` is
 * precompile then template, so a template behaves the same from the cache or not. A kept file
 * is code the tool runs: one that another user owns or may write is not used.
 */
function compiledFile(marked: string): string | null {
  const folder = toolCacheFolder();
  if (folder === null) return null;
  const key = createHash('sha256')
    .update(`handlebars ${Handlebars.VERSION} ${JSON.stringify(OPTIONS)}\n`)
    .update(marked);
  return join(folder, 'templates', `${key.digest('hex').slice(0, 32)}.js`);
}

function readCompiled(marked: string): TemplateSpecification | undefined {
  const file = compiledFile(marked);
  if (file === null) return undefined;
  let text: string;
  try {
    // Code the tool will run: only a regular file of this user that no one else may write.
    const info = statSync(file);
    if (!info.isFile() || (info.mode & 0o022) !== 0 || info.uid !== (process.getuid?.() ?? info.uid)) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return specOf(text);
  } catch {
    return undefined;
  }
}

function saveCompiled(marked: string, compiled: string): void {
  const file = compiledFile(marked);
  if (file === null) return;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, compiled, { mode: 0o644 });
    renameSync(temporary, file);
  } catch {
    // No cache: the next run compiles this template again.
  }
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Handlebars's precompiled form (an object literal with functions) made into the object. */
function specOf(compiled: string): TemplateSpecification {
  // The same evaluation Handlebars's own compile does with the code it generates.
  return new Function(`return (${compiled});`)() as TemplateSpecification;
}

/**
 * Adds `data-at="file:line"` to every opening tag of a template, so that layout errors
 * found after rendering can name the template line the element came from.
 */
export function markSources(source: string, file: string): string {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return source.replace(
    /<([a-z][a-z0-9-]*)(?=[\s/>])/g,
    (_match, name: string, offset: number) => `<${name} ${SOURCE_ATTRIBUTE}="${file}:${lineOf(offset)}"`,
  );
}

function describeRenderError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Handlebars strict mode: '"emigratoin" not defined in [object Object] - 12:4'
  return message
    .replace(/ in \[object Object\]/, ' in the data')
    .replace(/"([^"]+)" not defined/, 'the field "$1" does not exist');
}
