import type { AstroUserConfig } from 'astro';

/**
 * The Content-Security-Policy every page carries, in one place: Astro writes it into each page (with hashes
 * of its own scripts and styles), and the server configs send the same policy as a header.
 * Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and a worker from this origin.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const CSP_STYLE_RESOURCES = ["'self'"];

/** Astro's `security.csp` object form. */
type CspSetting = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean> & {
  algorithm: 'SHA-256' | 'SHA-384' | 'SHA-512';
};

/**
 * Astro's `security.csp` setting. A clinic that turns on its own analytics names one script URL; only
 * that origin is added, to script-src (the script) and connect-src (where it reports).
 */
export function cspSetting(analyticsScriptUrl?: string): CspSetting {
  const extra = analyticsScriptUrl ? [new URL(analyticsScriptUrl).origin] : [];
  // The clinic schema allows only plain host names; this guards the policy should that ever change, since
  // a ";" or a space here would add directives of its own.
  if (extra.some((origin) => !/^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin))) {
    throw new Error(`The analytics origin ${extra.join(' ')} is not a plain https host; it cannot go into the security policy.`);
  }
  return {
    // Set explicitly: a value given through an integration's updateConfig does not receive schema defaults.
    algorithm: 'SHA-256' as const,
    // Each entry still starts with its directive name, which is what Astro's type spells out.
    directives: CSP_DIRECTIVES.map((directive) =>
      directive.startsWith('connect-src ') && extra.length > 0 ? `${directive} ${extra.join(' ')}` : directive,
    ) as CspSetting['directives'],
    scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES, ...extra] },
    styleDirective: { resources: CSP_STYLE_RESOURCES },
  };
}
