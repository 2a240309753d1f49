import type { Locale } from '../i18n/locales';
import { createHash } from 'node:crypto';
import type { BrandColours } from './theme';
import { socialCardKeys } from './routes';
import { sectionLabel } from './seo';
import { STAGES, stageNumber, type GuideCollection } from './stages';
import { DEFAULT_LOCALE, entryLocale } from '../i18n/locales';
import { stageLabel } from '../i18n/stage-text';
import { t } from '../i18n/t';

/** Open Graph's recommended size; every platform crops from it without upscaling. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;
/** Apple's size for a touch icon on current iPhones and iPads. */
export const TOUCH_ICON_SIZE = 180;

/** Colours and font of the cards and icons made at build time. */
export interface CardBrand {
  accent: string;
  accentText: string;
  /** An @fontsource package: its `.woff` files (which opentype.js reads, unlike woff2) are drawn into the card. */
  fontPackage: string;
  fontFamily: string;
}

/**
 * The neutral site's card: the default brand colours of `src/styles/tokens.css` and a bundled, highly legible
 * font, since `system` fonts cannot be drawn at build time.
 */
export const NEUTRAL_CARD_BRAND: CardBrand = {
  accent: '#0b6e69',
  accentText: '#ffffff',
  fontPackage: '@fontsource/atkinson-hyperlegible',
  fontFamily: 'Atkinson Hyperlegible',
};

/** A clinic's card brand: its colours, and its own font unless it uses the system font. */
export function cardBrand(colours: BrandColours, font: 'system' | { package: string; family: string }): CardBrand {
  const typeface = font === 'system' ? NEUTRAL_CARD_BRAND : { fontPackage: font.package, fontFamily: font.family };
  return { accent: colours.accent, accentText: colours.accentText, fontPackage: typeface.fontPackage, fontFamily: typeface.fontFamily };
}

/** The words on a card: the page title large, the stage (or section) above it, the site name below. */
export interface CardText {
  title: string;
  kicker: string;
  siteName: string;
}

/**
 * The cache key of one image: everything that changes its bytes (words, brand, the font files, the
 * renderer versions). Same key, same PNG, so a rebuild reuses it.
 */
export function cardCacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** One card to draw: where it goes (`socialCardKeys`) and its words. */
export interface SocialCard {
  key: string;
  text: CardText;
}

/** Every card the site needs: one per guide, one per stage page, and the site's own for every other page. */
export function socialCards(
  guides: readonly { collection: GuideCollection; id: string; title: string }[],
  site: { name: string; locales: readonly Locale[] },
  siteUrl: string,
): SocialCard[] {
  return [
    // Each card speaks its page's language: a guide's is its folder's, a stage's is made once per language.
    ...guides.map((guide) => ({
      key: socialCardKeys.guide(guide),
      text: { title: guide.title, kicker: sectionLabel(guide.collection, entryLocale(guide.id).locale), siteName: site.name },
    })),
    ...site.locales.flatMap((locale) =>
      STAGES.map((stage) => ({
        key: socialCardKeys.stage(stage.id, locale),
        text: {
          title: stageLabel(stage.id, locale),
          kicker: t(locale, 'stage.stepOf', { number: stageNumber(stage.id), total: STAGES.length }),
          siteName: site.name,
        },
      })),
    ),
    { key: socialCardKeys.site(), text: { title: site.name, kicker: new URL(siteUrl).host, siteName: site.name } },
  ];
}

/**
 * The words of every card `socialCards` makes, from guides as their frontmatter is read before Astro loads
 * them (`readReviewedGuides`): for drawing the cards ahead (src/build/card-pool.ts). A guide without a title
 * or in a language the site leaves out has no page, so no card.
 */
export function guideCardTexts(
  guides: readonly { collection: GuideCollection; id: string; title?: string }[],
  site: { name: string; locales: readonly Locale[] },
  siteUrl: string,
): CardText[] {
  const paged = guides.flatMap((guide) =>
    guide.title !== undefined && site.locales.includes(entryLocale(guide.id).locale) ? [{ ...guide, title: guide.title }] : [],
  );
  return socialCards(paged, site, siteUrl).map((card) => card.text);
}
