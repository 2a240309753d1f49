import { CONTRAST, contrastRatio, hex, nearestPassing, readableOn } from './contrast';

/**
 * The neutral palette behind every brand, for contrast checks. `src/styles/tokens.css` sets the same values
 * (a unit test keeps the two in step).
 */
export const NEUTRAL = {
  light: { background: '#ffffff', surface: '#f3f5f6' },
  dark: { background: '#14181b', surface: '#1f2529' },
} as const;

/** What a clinic chooses; anything not given is derived. */
export interface BrandInput {
  accent: string;
  accentText: string;
  accentDark?: string;
  accentTextDark?: string;
}

/** The full set of brand tokens, light and dark. */
export interface BrandColours {
  accent: string;
  accentText: string;
  accentDark: string;
  accentTextDark: string;
}

export interface ContrastFailure {
  /** Which pair, in words: "accent text on the accent (buttons)". */
  pair: string;
  /** Config fields the two colours come from. */
  fields: [string, string];
  foreground: string;
  background: string;
  ratio: number;
  minimum: number;
  /** A colour near the foreground that passes. */
  suggestion: string;
}

/**
 * Derives the dark-scheme accent when the clinic gives none: the accent itself if it already reads on the
 * dark background, else the nearest lighter shade that does; text on it is black or white.
 */
export function brandColours(input: BrandInput): BrandColours {
  // Checked against the lighter dark panel colour: passing there means passing on the page background too.
  const accentDark = input.accentDark ?? nearestPassing(input.accent, NEUTRAL.dark.surface, CONTRAST.text);
  return {
    accent: hex(input.accent),
    accentText: hex(input.accentText),
    accentDark: hex(accentDark),
    accentTextDark: input.accentTextDark ? hex(input.accentTextDark) : readableOn(accentDark),
  };
}

/** Every brand colour pair a reader sees, checked against WCAG AA in both schemes. */
export function checkBrandContrast(colours: BrandColours): ContrastFailure[] {
  const pairs: Omit<ContrastFailure, 'ratio' | 'suggestion'>[] = [
    { pair: 'accent as link text on the light background', fields: ['colours.accent', 'background'], foreground: colours.accent, background: NEUTRAL.light.background, minimum: CONTRAST.text },
    { pair: 'accent as link text on light panels', fields: ['colours.accent', 'surface'], foreground: colours.accent, background: NEUTRAL.light.surface, minimum: CONTRAST.text },
    { pair: 'accent text on the accent (buttons)', fields: ['colours.accentText', 'colours.accent'], foreground: colours.accentText, background: colours.accent, minimum: CONTRAST.text },
    { pair: 'dark-scheme accent as link text on the dark background', fields: ['colours.accentDark', 'dark background'], foreground: colours.accentDark, background: NEUTRAL.dark.background, minimum: CONTRAST.text },
    { pair: 'dark-scheme accent as link text on dark panels', fields: ['colours.accentDark', 'dark surface'], foreground: colours.accentDark, background: NEUTRAL.dark.surface, minimum: CONTRAST.text },
    { pair: 'dark-scheme accent text on the dark accent (buttons)', fields: ['colours.accentTextDark', 'colours.accentDark'], foreground: colours.accentTextDark, background: colours.accentDark, minimum: CONTRAST.text },
  ];
  return pairs.flatMap((pair) => {
    const ratio = contrastRatio(pair.foreground, pair.background);
    if (ratio >= pair.minimum) return [];
    return [{ ...pair, ratio, suggestion: nearestPassing(pair.foreground, pair.background, pair.minimum) }];
  });
}

/** "colours.accent #7fb3ae on the light background (#ffffff) has contrast 2.31:1; …" */
export function describeContrastFailure(failure: ContrastFailure): string {
  return `${failure.fields[0]} ${failure.foreground} on ${failure.background} (${failure.pair}) has contrast ${failure.ratio.toFixed(2)}:1; WCAG AA needs ${failure.minimum}:1. Try ${failure.suggestion}`;
}
