/** Text from the data is untrusted: every text and attribute value goes through these. */

const TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Readonly<Record<string, string>> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Text content: & < > escaped. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** An attribute value (always written in double quotes): & < > " ' escaped. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE[c]!);
}

/** A link target: only http(s), mailto and in-page or relative addresses; anything else (javascript:, data:) becomes "#". */
export function safeHref(href: string): string {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return escapeAttribute(trimmed);
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return '#';
  return escapeAttribute(trimmed);
}

/** A class name from a theme style name (letters, digits and dashes only). */
export function styleClass(style: string): string {
  return `s-${style.replace(/[^A-Za-z0-9-]/g, '-')}`;
}
