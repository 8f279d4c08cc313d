import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { TemplateError } from '../errors/index.js';
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
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TemplateError('TEMPLATE_MISSING', { name: shown }, { file: shown }, error);
  }
  const marked = markSources(source, shown);
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
  return hb.compile(marked, { strict: true, preventIndent: true, noEscape: false });
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
