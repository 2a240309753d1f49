/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The guide being rendered, so MDX components (Timeline, Checklist) read its frontmatter. */
    guide?: import('./schemas/guide').GuideData;
    /** How many glossary terms this page has rendered so far (for unique tooltip ids). */
    termCount?: number;
  }
}
