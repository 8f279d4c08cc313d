import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema } from '../../src/cli/commands/schema.js';
import { readLocales } from '../../src/project/readLocales.js';
import { ROOT } from '../helpers/project.js';

describe('data/profile.schema.json', () => {
  it('is the JSON Schema derived from the zod schema (run "npm run schema" after changing it)', () => {
    const expected = renderJsonSchema(readLocales(join(ROOT, 'locales')).languages);
    expect(readFileSync(join(ROOT, 'data', 'profile.schema.json'), 'utf8')).toBe(expected);
  });

  it('requires every language in prose fields', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'data', 'profile.schema.json'), 'utf8'));
    expect(schema.properties.terminology.required).toEqual(['en', 'fr']);
  });
});
