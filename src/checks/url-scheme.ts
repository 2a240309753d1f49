/**
 * How the guide-language gate reads a URL's scheme: the way a browser would at worst. Character references
 * are decoded (repeatedly, so `&amp;#x09;` counts too), whitespace and control characters removed
 * (`java&#x09;script:` is `javascript:` to a browser) and the result lower-cased.
 */

/** Named references that can hide a scheme; others stay as they are (and an `&` before `:` is refused anyway). */
const NAMED: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0', amp: '&', sol: '/', num: '#', quest: '?' };
const REFERENCE = /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi;
/** Whitespace and control characters, which browsers drop from or ignore in a URL's scheme. */
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

function decodeOnce(text: string): string {
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = Number.parseInt(hex ?? decimal!, hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The URL as its scheme is judged: decoded, without whitespace or control characters, lower-cased. */
export function normalizeUrl(raw: string): string {
  let text = raw;
  for (let round = 0; round < 4; round += 1) {
    const next = decodeOnce(text);
    if (next === text) break;
    text = next;
  }
  return text.replace(INVISIBLE, '').toLowerCase();
}

/**
 * The scheme of a URL (`https`, `javascript`), or undefined for a path on this site (`/a/`, `./b.png`,
 * `#part`). Anything before a `:` that comes ahead of the first `/`, `?` or `#` counts as a scheme, even
 * text a browser would not take for one: refusing too much is safe.
 */
export function urlScheme(raw: string): string | undefined {
  return /^([^/?#]*):/.exec(normalizeUrl(raw))?.[1];
}

/** Schemes a guide's link may use: other sites over https, phone numbers and e-mail addresses. */
export const LINK_SCHEMES: readonly string[] = ['https', 'tel', 'mailto'];

/** A URL as messages show it: control characters made visible, long ones cut. */
export function showUrl(raw: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const visible = raw.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}
