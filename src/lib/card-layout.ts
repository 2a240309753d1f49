import type { TextMeasure } from './card-face';
import type { CardText } from './social-card';

/** One line of text to draw: its left edge and baseline in pixels, rounded to the pixel grid. */
export interface CardLine {
  text: string;
  x: number;
  baseline: number;
  size: number;
  weight: CardWeight;
  letterSpacing: number;
}

/** A filled rectangle in the text colour (the rule above the site name). */
export interface CardRule {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardLayout {
  lines: CardLine[];
  rules: CardRule[];
}

export type CardWeight = 400 | 700;

/** The card's two typefaces: the kicker and title are bold, the site name regular. */
export type CardFaces = Record<CardWeight, TextMeasure>;

/** Margin around the text; the text column is the card width less twice this. */
const PADDING = 80;
const KICKER = { size: 36, weight: 700, letterSpacing: 1 } as const;
const TITLE = { weight: 700, lineHeight: 1.15 } as const;
const SITE_NAME = { size: 34, weight: 400, ruleHeight: 4, ruleGap: 24 } as const;
const ELLIPSIS = '…';

/** Title sizes: long titles step down so they fit in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 30) return 80;
  if (title.length <= 50) return 68;
  return 56;
}

/** Spaces a line may break at: any white space but the no-break ones ("Step 1 of 4" written with U+00A0 stays whole). */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]+/u;

/**
 * `text` broken into lines no wider than `width`: at spaces, and after a hyphen inside a word
 * ("micro-" / "needling"). A word wider than the line gets a line of its own.
 */
export function wrapText(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAKING_SPACE).filter(Boolean)) {
    word.split(/(?<=\p{L}-)(?=\p{L})/u).forEach((part, index) => {
      const joined = line === '' ? part : `${line}${index === 0 ? ' ' : ''}${part}`;
      if (line === '' || measure(joined) <= width) {
        line = joined;
      } else {
        lines.push(line);
        line = part;
      }
    });
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The first `count` lines, the last ending with an ellipsis within `width`: whole words are dropped from its
 * end, and a single word too long for the line loses letters.
 */
function truncateLines(lines: string[], count: number, width: number, measure: (line: string) => number): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  let last = kept[count - 1]!;
  while (last.length > 1 && measure(`${last}${ELLIPSIS}`) > width) {
    last = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : last.slice(0, -1);
  }
  kept[count - 1] = `${last.replace(/[\s,;:.-]+$/u, '')}${ELLIPSIS}`;
  return kept;
}

/**
 * Where the words of a 1200×630 card go: the kicker (stage or section) at the top in capitals, the title
 * in the middle, the site name at the bottom under a rule; the free height is shared equally above and
 * below the title. A title too long for the space left ends with an ellipsis instead of running into the
 * site name.
 */
export function layoutCard(text: CardText, faces: CardFaces, card: { width: number; height: number }): CardLayout {
  const column = card.width - 2 * PADDING;
  const height = card.height - 2 * PADDING;
  const block = (words: string, size: number, weight: CardWeight, letterSpacing: number) =>
    wrapText(words, column, (line) => faces[weight].width(line, size, letterSpacing));
  const normalLine = (size: number, weight: CardWeight) => (faces[weight].ascent + faces[weight].descent) * size;

  const kicker = block(text.kicker.toUpperCase(), KICKER.size, KICKER.weight, KICKER.letterSpacing);
  const kickerLine = normalLine(KICKER.size, KICKER.weight);
  const siteName = block(text.siteName, SITE_NAME.size, SITE_NAME.weight, 0);
  const siteNameLine = normalLine(SITE_NAME.size, SITE_NAME.weight);
  const footerHeight = SITE_NAME.ruleHeight + SITE_NAME.ruleGap + siteName.length * siteNameLine;

  const titleFontSize = titleSize(text.title);
  const titleLine = titleFontSize * TITLE.lineHeight;
  const room = Math.max(1, Math.floor((height - kicker.length * kickerLine - footerHeight) / titleLine));
  const measureTitle = (line: string) => faces[TITLE.weight].width(line, titleFontSize, 0);
  const title = truncateLines(block(text.title, titleFontSize, TITLE.weight, 0), room, column, measureTitle);
  const gap = Math.max(0, (height - kicker.length * kickerLine - title.length * titleLine - footerHeight) / 2);

  const lines: CardLine[] = [];
  // Each line box is `lineHeight` tall with the text's own height centred in it, as CSS does.
  const place = (words: string[], top: number, lineHeight: number, size: number, weight: CardWeight, letterSpacing: number) =>
    words.forEach((line, index) => {
      const halfLeading = (lineHeight - normalLine(size, weight)) / 2;
      const baseline = Math.round(top + index * lineHeight + halfLeading + faces[weight].ascent * size);
      lines.push({ text: line, x: PADDING, baseline, size, weight, letterSpacing });
    });
  place(kicker, PADDING, kickerLine, KICKER.size, KICKER.weight, KICKER.letterSpacing);
  place(title, Math.round(PADDING + kicker.length * kickerLine + gap), titleLine, titleFontSize, TITLE.weight, 0);
  const ruleTop = Math.round(PADDING + height - footerHeight);
  place(siteName, ruleTop + SITE_NAME.ruleHeight + SITE_NAME.ruleGap, siteNameLine, SITE_NAME.size, SITE_NAME.weight, 0);
  return { lines, rules: [{ x: PADDING, y: ruleTop, width: column, height: SITE_NAME.ruleHeight }] };
}
