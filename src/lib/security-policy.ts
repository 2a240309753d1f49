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
