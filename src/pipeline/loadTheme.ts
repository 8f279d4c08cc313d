import { type Theme, ThemeSchema } from '../document/theme.js';
import { ProfileErrors, TemplateError } from '../errors/index.js';
import { formatPath, parseYaml } from '../model/parseYaml.js';

/** Parses and validates `templates/theme.yaml`; errors name the line and the setting. */
export function loadTheme(text: string, file: string): Theme {
  const parsed = parseYaml(text, file);
  const result = ThemeSchema.safeParse(parsed.value);
  if (result.success) return result.data;
  throw new ProfileErrors(
    result.error.issues.map((issue) => {
      const path = issue.path as PropertyKey[];
      return new TemplateError(
        'THEME_INVALID',
        { detail: describe(issue.message) },
        { ...parsed.locate(path), path: formatPath(path) || undefined },
      );
    }),
  );
}

function describe(message: string): string {
  switch (message) {
    case 'missing-color':
      return 'this colour is used by the layout and must be defined';
    case 'missing-style':
      return 'this text style is used by the layout and must be defined';
    case 'unknown-color':
      return 'not a colour name of colors: nor a #rrggbb value';
    case 'unknown-size':
      return 'not a size name of scale:';
    case 'color':
      return 'expected a colour written #rrggbb';
    default:
      return message;
  }
}
