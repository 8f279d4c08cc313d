import { z } from 'zod';
import { buildProfileSchema } from './schema.js';

/**
 * The JSON Schema of a profile for a list of languages, derived from the zod schema, for
 * editors' completion and checks in their editor (`# yaml-language-server: $schema=…`).
 */
export function buildJsonSchema(languages: readonly string[]): Record<string, unknown> {
  const schema = z.toJSONSchema(buildProfileSchema(languages), {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
  });
  return {
    ...schema,
    $id: 'https://diasporafordevelopment.eu/schemas/country-profile.schema.json',
    title: 'Diaspora engagement mapping – country profile',
  };
}
