import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCountries } from '../../src/bench/generateCountries.js';
import { checkProfile } from '../../src/model/checkProfile.js';
import { loadProfile } from '../../src/model/loadProfile.js';
import { projectEnvironment, ROOT, temporaryFolder } from '../helpers/project.js';

const env = projectEnvironment();

describe("the bench's synthetic countries", () => {
  it('are valid, and between them use every field Mali does not', () => {
    const folder = temporaryFolder();
    try {
      const files = generateCountries(join(ROOT, 'data', 'mli.yaml'), folder.dir, 6);
      const profiles = files.map((file) => loadProfile(readFileSync(file, 'utf8'), file, env.series));
      const all = profiles.map((loaded) => loaded.profile);
      const some = (test: (profile: (typeof all)[number]) => unknown) => all.some((profile) => Boolean(test(profile)));
      expect(some((p) => p.politicalRights.dualCitizenship.value === 'partial')).toBe(true);
      expect(some((p) => p.politicalRights.reservedSeats?.length)).toBe(true);
      expect(some((p) => p.politicalRights.votingMethods.some((method) => typeof method !== 'string'))).toBe(true);
      expect(some((p) => p.emigration.inEu.note && p.emigration.inEu.footnotes?.length)).toBe(true);
      expect(some((p) => p.emigration.nationalEstimate && p.sources)).toBe(true);
      expect(some((p) => p.policyFramework.some((entry) => entry.month || entry.from || entry.revised))).toBe(true);
      expect(some((p) => p.practices.some((practice) => practice.tags.length === 0))).toBe(true);
      expect(some((p) => p.practices.some((practice) => practice.tags.some((tag) => typeof tag !== 'string')))).toBe(
        true,
      );
      expect(some((p) => p.actors.local?.length)).toBe(true);
      expect(some((p) => p.actors.diasporaOrganisations.some((o) => Array.isArray(o.country)))).toBe(true);
      expect(some((p) => p.credits.updated === undefined)).toBe(true);
      expect(some((p) => p.emigration.shareOfPopulation.decimals !== undefined)).toBe(true);
      expect(some((p) => p.remittances.usdMillions.unavailable)).toBe(true);
      // Unavailable figures are no warning; nothing else new is either.
      for (const loaded of profiles) expect(checkProfile(loaded).map((f) => f.code)).not.toContain('FIGURE_MISSING');
    } finally {
      folder.remove();
    }
  });
});
