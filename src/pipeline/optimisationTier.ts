import { setFlagsFromString } from 'node:v8';

/**
 * How many countries a short-lived process builds in its own thread before V8's optimising
 * compiler pays for itself. A cold build of one profile spends about a third of its instructions
 * in TurboFan (measured with callgrind: 5.5 of 15.6 G instructions), compiling functions the
 * process then runs a few times before it exits. Below this count the build stops at V8's
 * cheaper tiers (Sparkplug; Maglev where Node has it): measured 20–30 % less CPU for one profile.
 * Above it, in workers, in `watch` and in the tests, V8 keeps every tier.
 */
export const FEW_COUNTRIES = 2;

/**
 * Caps V8's tiers at Maglev (`--max-opt=2`; Node 20 has no Maglev, so its code stays at
 * Sparkplug). A process-wide setting for the rest of the process: call it only in a process that
 * ends after this build, with no worker threads to come. The code computes the same values at
 * every tier, so the output is the same, byte for byte.
 */
export function skipOptimisingCompiler(): void {
  setFlagsFromString('--max-opt=2');
}
