import { buildSlot } from './build-slot';
import type { MarkdownCopyJob } from './markdown-copy';

/** A guide's Markdown copy: where it goes in the built site (`siteFile`), and what it is written from. */
export interface MarkdownCopyFile {
  file: string;
  job: MarkdownCopyJob;
}

/** A social card: where it goes in the built site, and its file in the card cache, drawn when asked. */
export interface CardFile {
  file: string;
  kept: () => Promise<string>;
}

/**
 * The files a full build writes itself, beside Astro's render, instead of rendering them as routes: each
 * guide's Markdown copy and every social card (src/build/endpoint-files.ts). Astro spends about 1.1 ms on
 * each route it renders (a request and a response, a log line, the write, and a second copy kept for its
 * incremental build), more than a card takes to link from the card cache; and a copy can be written in a
 * thread of its own. A route whose `getStaticPaths` finds this registered hands its files over and lists
 * no paths. Nothing registers it in `astro dev`, where the routes serve each file as before.
 *
 * The routes run in the bundle's module graph and the writer in the config's, so they meet on a global.
 */
export interface EndpointFiles {
  markdownCopies(copies: readonly MarkdownCopyFile[]): void;
  socialCards(cards: readonly CardFile[]): void;
}

const registered = buildSlot<EndpointFiles>('endpoint-files');

export const setEndpointFiles = registered.set;
export const endpointFiles = registered.get;
