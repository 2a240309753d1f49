/**
 * Fills `{name}` placeholders. Kept apart from the string tables, and small, so browser code can fill the
 * strings a page hands it without bundling any table. It does not check that every placeholder has a value:
 * `t()` does, at build time, where a missing value fails the build instead of reaching a patient.
 */

const PLACEHOLDER = /\{(\w+)\}/;

/** `template` cut at its placeholders, each replaced by its value (which may be a DOM node or a link). */
export function placeholderParts<T>(template: string, values: Readonly<Record<string, string | number | T>>): (string | T)[] {
  return template.split(PLACEHOLDER).map((part, index) => (index % 2 ? (values[part] as string | T) : part));
}

/** `template` with every `{name}` replaced by its value. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return placeholderParts(template, values).join('');
}

/** The placeholders of `template` that `values` has no value for. */
export function missingPlaceholders(template: string, values: Readonly<Record<string, unknown>>): string[] {
  return template.split(PLACEHOLDER).filter((part, index) => index % 2 === 1 && !(part in values));
}
