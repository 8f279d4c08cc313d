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

describe('the JSON Schema for the fields other countries need', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'data', 'profile.schema.json'), 'utf8'));
  const at = (path: string) =>
    path.split('.').reduce((node, key) => (key === '[]' ? node.items : node.properties[key]), schema);
  it.each([
    'politicalRights.dualCitizenship.value',
    'politicalRights.dualCitizenship.note',
    'politicalRights.votingMethods',
    'politicalRights.reservedSeats',
    'remittances.shareOfGdp.decimals',
    'remittances.usdMillions.unavailable',
    'emigration.inEu.note',
    'emigration.inEu.footnotes',
    'emigration.nationalEstimate',
    'policyFramework.[].month',
    'policyFramework.[].from',
    'policyFramework.[].revised',
    'practices.[].tags',
    'actors.local',
    'actors.diasporaOrganisations.[].country',
    'credits.updated',
    'sources',
  ])('gives editors a description and an example of %s', (path) => {
    const node = at(path);
    expect(node.description).toEqual(expect.any(String));
    expect(node.examples?.length).toBeGreaterThan(0);
  });

  it('refuses a sixth top destination and a figure asking for more than 3 decimals', () => {
    expect(at('emigration.topDestinations.countries').maxItems).toBe(5);
    expect(at('remittances.shareOfGdp.decimals').maximum).toBe(3);
  });
});
