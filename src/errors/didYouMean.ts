import { distance } from 'fastest-levenshtein';

/**
 * The closest of `candidates` to `word` ("remitances" → "remittances"), or undefined
 * when nothing is close enough to be a plausible typo.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(1, Math.round(word.length / 2.5));
  return bestDistance <= tolerance ? best : undefined;
}
