import { FontError, ProfileErrors } from '../errors/index.js';
import type { LoadedProfile } from '../model/loadProfile.js';
import { formatPath } from '../model/parseYaml.js';
import { walkStrings } from '../model/walkStrings.js';
import { type FallbackChain, uncoveredCharacters } from '../pdf/applyFontFallback.js';
import type { FontRegistry } from '../pdf/fontRegistry.js';

/**
 * Every character of a profile must be printable with the project's fonts. Checked before
 * anything is laid out, so the error names the field and line where the characters are.
 */
export function checkCoverage(loaded: LoadedProfile, fonts: FontRegistry, chain: FallbackChain): void {
  const errors: FontError[] = [];
  walkStrings(loaded.profile, (text, path) => {
    const missing = uncoveredCharacters(text, fonts, chain);
    if (missing.length === 0) return;
    errors.push(
      new FontError(
        'FONT_NOT_COVERED',
        {
          characters: missing.join(' '),
          codePoints: missing
            .map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
            .join(', '),
        },
        { ...loaded.locate(path), path: formatPath(path) },
      ),
    );
  });
  if (errors.length > 0) throw new ProfileErrors(errors);
}
