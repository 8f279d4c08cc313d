import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/errors/messages.js';
import { ROOT } from '../helpers/project.js';

/** The README's "When something goes wrong" lists every error and warning code the tool can give, and no other. */
describe('the error codes in the README', () => {
  const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const documented = new Set([...doc.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((match) => match[1]!));
  const codes = Object.keys(messages);

  it('documents every code of the catalogue', () => {
    expect(codes.filter((code) => !documented.has(code))).toEqual([]);
  });

  it('documents no code the catalogue does not have', () => {
    expect([...documented].filter((code) => !codes.includes(code))).toEqual([]);
  });
});
