/**
 * The licences the project is published under (LICENSE and LICENSE-CONTENT at the top level); every page's
 * footer names them, so a clinic or reader can tell what they may reuse.
 */
export const LICENCES = {
  /** The guide text: clinics may reuse and adapt it with attribution (to `footer.licenceHolder`, in each language). */
  content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /** The code that builds the site. */
  code: { name: 'MIT' },
} as const;
