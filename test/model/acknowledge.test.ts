import { describe, expect, it } from 'vitest';
import { acknowledgeAll, applyAcknowledgements, fingerprintOf } from '../../src/model/acknowledge.js';
import type { Finding } from '../../src/model/checkFinding.js';

const finding = (path: string, covered: unknown, file = 'data/mli.yaml'): Finding => ({
  code: 'CHECK_GENDER_SUM',
  severity: 'warning',
  file,
  path,
  line: 45,
  column: 22,
  message: 'the shares of men and women do not add up to 100 %',
  hint: 'check them',
  fingerprint: fingerprintOf('CHECK_GENDER_SUM', path, covered),
});
const ack = (path: string, fingerprint: string) => ({
  code: 'CHECK_GENDER_SUM',
  field: path,
  reason: 'UN DESA counts people of unknown sex apart',
  by: 'A. Editor',
  date: '2026-11-30',
  fingerprint,
});

describe('acknowledged findings', () => {
  it('fingerprints the figures a finding covers, whatever the order of their names', () => {
    const a = fingerprintOf('CHECK_GENDER_SUM', 'emigration.genderAll.male', { male: 55.7, female: 40.4 });
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprintOf('CHECK_GENDER_SUM', 'emigration.genderAll.male', { female: 40.4, male: 55.7 })).toBe(a);
    expect(fingerprintOf('CHECK_GENDER_SUM', 'emigration.genderAll.male', { male: 55.8, female: 40.4 })).not.toBe(a);
    expect(fingerprintOf('CHECK_GENDER_SUM', 'emigration.genderEu.male', { male: 55.7, female: 40.4 })).not.toBe(a);
    expect(fingerprintOf('CHECK_EU_ABOVE_TOTAL', 'emigration.genderAll.male', { male: 55.7, female: 40.4 })).not.toBe(
      a,
    );
  });

  it('moves a finding acknowledged with its fingerprint out of the warnings', () => {
    const found = finding('emigration.genderAll.male', { male: 55.7, female: 40.4 });
    const { open, acknowledged } = applyAcknowledgements([found], [ack(found.path!, found.fingerprint)]);
    expect(open).toEqual([]);
    expect(acknowledged).toEqual([{ ...found, acknowledgement: ack(found.path!, found.fingerprint) }]);
  });

  it('lets an acknowledgement lapse when the figures changed, and says why in the hint', () => {
    const before = finding('emigration.genderAll.male', { male: 55.7, female: 40.4 });
    const after = finding('emigration.genderAll.male', { male: 55.9, female: 40.4 });
    const { open, acknowledged } = applyAcknowledgements([after], [ack(before.path!, before.fingerprint)]);
    expect(acknowledged).toEqual([]);
    expect(open).toEqual([
      {
        ...after,
        hint: `acknowledged by A. Editor on 2026-11-30, but the figures it covers changed since (fingerprint ${before.fingerprint}, now ${after.fingerprint}): check them again, then update the fingerprint`,
      },
    ]);
  });

  it('matches code and field: an acknowledgement covers no other finding, nor another file’s', () => {
    const genderAll = finding('emigration.genderAll.male', { male: 55.7, female: 40.4 });
    const genderEu = finding('emigration.genderEu.male', { male: 55.7, female: 40.4 });
    const other = finding('emigration.genderAll.male', { male: 55.7, female: 40.4 }, 'data/sen.yaml');
    const { open, acknowledged } = acknowledgeAll(
      [genderAll, genderEu, other],
      [
        { file: 'data/mli.yaml', profile: { acknowledged: [ack(genderAll.path!, genderAll.fingerprint)] } },
        { file: 'data/sen.yaml', profile: {} },
      ],
    );
    expect(acknowledged.map((found) => found.path)).toEqual(['emigration.genderAll.male']);
    expect(open).toEqual([genderEu, other]);
  });
});
