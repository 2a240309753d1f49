// Node-only: which lines of Astro's output `scripts/build.mjs` passes on. Imported by Node directly.

/** Colour codes, so a line is judged by its text. */
const ANSI = /\x1b\[[\d;]*m/g;

/**
 * A line filter for Astro's output, fed one line at a time as it streams. Astro 7.3 prints a multi-line
 * Vite warning per MDX file about "use astro:head-inject"; it is known upstream noise (see STACK.md) and
 * would bury real warnings, so each such warning, up to the next log line, is dropped. A warning's body is
 * indented or drawn with box characters; a line that starts with plain text starts something new.
 */
export function noiseFilter(): (line: string) => boolean {
  let skipping = false;
  return (line) => {
    const plain = line.replace(ANSI, '');
    if (/^[\x21-\x7e]/.test(plain)) skipping = /MODULE_LEVEL_DIRECTIVE/.test(plain);
    return !skipping;
  };
}
