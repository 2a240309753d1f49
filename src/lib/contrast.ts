import Color from 'colorjs.io';

/** WCAG 2.2 AA minimum contrast ratios. */
export const CONTRAST = { text: 4.5, largeText: 3, ui: 3 } as const;

/** Parses a CSS colour; undefined when it cannot be read. */
export function parseColour(value: string): Color | undefined {
  try {
    return new Color(value);
  } catch {
    return undefined;
  }
}

/** WCAG 2.1 contrast ratio of two colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  return new Color(foreground).contrast(new Color(background), 'WCAG21');
}

/** The colour in sRGB, brought into its gamut: what a screen or a PNG can show. */
const inSrgb = (colour: Color): Color => colour.to('srgb').toGamut();

function toHex(colour: Color): string {
  return inSrgb(colour).toString({ format: 'hex', collapse: false });
}

/**
 * The colour nearest to `foreground` (same hue and chroma, only lightness moved in OKLCH) that reaches
 * `minimum` contrast against `background`: darker on light backgrounds, lighter on dark ones.
 */
export function nearestPassing(foreground: string, background: string, minimum: number): string {
  const start = new Color(foreground).to('oklch');
  const backgroundIsLight = new Color(background).contrast(new Color('white'), 'WCAG21') < new Color(background).contrast(new Color('black'), 'WCAG21');
  const step = backgroundIsLight ? -0.005 : 0.005;
  const candidate = start.clone();
  for (let lightness = start.coords[0] ?? 0; lightness >= 0 && lightness <= 1; lightness += step) {
    candidate.coords[0] = lightness;
    const hex = toHex(candidate);
    if (contrastRatio(hex, background) >= minimum) return hex;
  }
  return backgroundIsLight ? '#000000' : '#ffffff';
}

/** Black or white, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return contrastRatio('#ffffff', background) >= contrastRatio('#000000', background) ? '#ffffff' : '#000000';
}

export function hex(value: string): string {
  return toHex(new Color(value));
}

/** A colour as 8-bit sRGB red, green and blue, brought into gamut; any alpha is dropped (a card is opaque). */
export function srgbBytes(value: string): [number, number, number] {
  const [red, green, blue] = inSrgb(new Color(value)).coords.map((channel) => Math.round(Math.min(1, Math.max(0, channel ?? 0)) * 255));
  return [red!, green!, blue!];
}
