import type { Locale } from '../i18n/locales';
import type { ContentProblem } from '../lib/friendly-errors';
import type { ParsedMdx } from '../lib/mdx-source';
import type { CareCardItem } from './sign-urgency';
import type { GuideCollection } from '../lib/stages';
import type { GuideData } from '../schemas/guide';

/** A guide that parsed and passed its schema, ready for the gates that read its prose. */
export interface CheckedGuide {
  collection: GuideCollection;
  /** Entry id: `first-week`, or `es/primera-semana` for a translation (its folder is its language). */
  id: string;
  /** The guide's language, from its folder (`entryLocale`); the gates that read words use that language's rules. */
  locale: Locale;
  /** Path from the project root, as messages name it. */
  file: string;
  /** Absolute path of the source file. */
  path: string;
  data: GuideData;
  /** Its parse; the tree is parsed when first read if the parse facts came from the cache (src/checks/parse-facts.ts). */
  parsed: ParsedMdx;
  /** The bullets of its care cards. */
  careCards: CareCardItem[];
  /** What it points at (links, images, glossary terms), which the site gates check against the site. */
  references: GuideReferences;
}

/** A place in a guide: its line, when the parser knows it. */
interface AtLine {
  line?: number;
}

/**
 * What a guide points at, read from its parse and kept with it (src/checks/parse-facts.ts): the site
 * gates check these against the site without parsing the guide again.
 */
export interface GuideReferences {
  /** Every Markdown link's target. */
  links: (AtLine & { url: string })[];
  /** Every Markdown image's source. */
  images: (AtLine & { url: string })[];
  /** Every `<Term>`'s id (undefined when it has none, or not a plain string). */
  terms: (AtLine & { id?: string })[];
}

/** A guide as the site gates see it: without its parse, so what they find never needs one. */
export type SiteGuide = Omit<CheckedGuide, 'parsed'>;

/**
 * A guide as the text gates see it: without where its file is on this machine, which differs from one site's
 * build to another's; what they find is kept by everything else (src/checks/gate-cache.ts).
 */
export type TextGuide = Omit<CheckedGuide, 'path'>;

/** What the gates know about the whole site besides the guide they check. */
export interface GateContext {
  /** This guide's own page path, for links to `#section` on the same page. */
  ownPath: string;
  /** The day the build runs; review dates are compared with it. */
  today: Date;
  /** Reviewer names by id, for review messages. */
  reviewerNames: ReadonlyMap<string, string>;
  /** Glossary ids of the guide's own language (`erythema` for content/glossary/es/erythema.yaml on a Spanish guide), for `<Term id>`. */
  glossaryIds: ReadonlySet<string>;
  /** Every internal page path of the site, every language, e.g. `/aftercare/first-week/`, `/es/aftercare/primera-semana/`. */
  routes: ReadonlySet<string>;
  /**
   * The page in another language of an English page, keyed `<locale>\n<English path>`: a translation's
   * link to an English page that has a version in the translation's language should go there instead.
   */
  translatedPaths: ReadonlyMap<string, string>;
  /** Element ids of pages whose ids are known before rendering (guides' headings, glossary terms). */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folder of files served as they are (`public/`), for images written as `/file.png`. */
  publicDir: string;
  /** Folder the site's content is read from: an image beside a guide must be inside it. */
  contentDir: string;
}

export interface GateResult {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * A gate that reads the guide alone (its words, frontmatter and parse) and adds what it finds to `found`.
 * Its result depends on the file's bytes, name and place only, so it is kept by their hash and shared by
 * every site built from the same file (src/checks/gate-cache.ts).
 */
export type TextGate = (guide: TextGuide, found: GateResult) => void;

/**
 * A gate that checks a guide against the rest of the site (its pages, sections, glossary, reviewers, files,
 * today's date). It reads the guide's references and frontmatter, never its parse, so it runs on every
 * build at almost no cost.
 */
export type SiteGate = (guide: SiteGuide, context: GateContext, found: GateResult) => void;
