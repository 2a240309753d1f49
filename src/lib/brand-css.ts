import type { BrandColours } from './theme';

export interface BrandFont {
  /** Absolute paths of the @fontsource CSS files to bundle (regular and bold). */
  files: string[];
  family: string;
}

/**
 * Escapes a value for a CSS string literal: quotes, backslashes and every control character (a carriage
 * return ends a CSS string as a line break does). The clinic schema refuses control characters already;
 * this keeps the stylesheet valid whatever reaches it.
 */
function cssString(value: string): string {
  return `"${value.replace(/["\\\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The stylesheet that turns the neutral site into a clinic's: the four brand colours and, optionally, a
 * self-hosted font. Everything else (tints, focus rings, dark scheme) derives from these in tokens.css.
 */
export function brandCss(colours: BrandColours | undefined, font: BrandFont | undefined): string {
  const imports = font ? font.files.map((file) => `@import ${cssString(file)};`).join('\n') : '';
  const declarations = [
    ...(colours
      ? [
          `--brand-accent: ${colours.accent};`,
          `--brand-accent-text: ${colours.accentText};`,
          `--brand-accent-dark: ${colours.accentDark};`,
          `--brand-accent-text-dark: ${colours.accentTextDark};`,
        ]
      : []),
    ...(font ? [`--font-body: ${cssString(font.family)}, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;`] : []),
  ];
  if (declarations.length === 0) return imports;
  return `${imports}\n@layer brand {\n  :root {\n    ${declarations.join('\n    ')}\n  }\n}\n`;
}
