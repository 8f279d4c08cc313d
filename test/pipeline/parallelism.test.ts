import { describe, expect, it } from 'vitest';
import { parallelism, WORKER_MEMORY } from '../../src/pipeline/createBuilder.js';

const GB = 1024 ** 3;

/** How many worker threads a batch starts: never more than the cores, the countries, or the memory hold. */
describe('parallelism', () => {
  it('caps --workers by the cores, and says so', () => {
    expect(parallelism(24, 1000, { cores: 2, memory: 64 * GB })).toEqual({
      lanes: 2,
      limited: { requested: 1000, jobs: 24, cores: 2, memory: Math.floor((64 * GB * 0.75) / WORKER_MEMORY) },
    });
  });

  it('caps --workers by the free memory (three quarters of it, ≈400 MB a worker)', () => {
    const memory = 2 * GB;
    const fit = Math.floor((memory * 0.75) / WORKER_MEMORY);
    expect(fit).toBeGreaterThanOrEqual(1);
    expect(parallelism(24, 1000, { cores: 64, memory }).lanes).toBe(fit);
    expect(parallelism(24, undefined, { cores: 64, memory }).lanes).toBe(fit);
    // Never less than one lane, however little memory is free.
    expect(parallelism(24, 8, { cores: 64, memory: 10 * 1024 * 1024 }).lanes).toBe(1);
  });

  it('caps --workers by the countries to build', () => {
    expect(parallelism(3, 8, { cores: 64, memory: 64 * GB })).toMatchObject({ lanes: 3, limited: { jobs: 3 } });
  });

  it('gives what is asked when the machine holds it, and one per core by default for 3 countries or more', () => {
    expect(parallelism(24, 3, { cores: 8, memory: 64 * GB })).toEqual({ lanes: 3 });
    expect(parallelism(24, undefined, { cores: 8, memory: 64 * GB })).toEqual({ lanes: 8 });
    expect(parallelism(2, undefined, { cores: 8, memory: 64 * GB })).toEqual({ lanes: 1 });
  });
});
