import type { MeasureText } from './measureText.js';

/**
 * A font-free stand-in for MeasureText: 0.62 em per character, a little wider than Noto Sans
 * digits (0.57 em), so value labels always get room. Use the real measure whenever fonts are at hand.
 */
export const estimateTextWidth: MeasureText = (text, font) => 0.62 * font.size * [...text].length;
