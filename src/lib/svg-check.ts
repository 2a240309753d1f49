import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

/** One reason an SVG may not be published, at a 1-based line when the parser knows it. */
export interface SvgProblem {
  line?: number;
  message: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * Elements a logo may hold: shapes, text, paint servers and simple filters. Nothing that runs code
 * (script, event handlers), embeds other documents (foreignObject, iframe), loads files (image, feImage)
 * or animates (which can rewrite attributes such as href).
 */
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask',
  'filter', 'feBlend', 'feColorMatrix', 'feComposite', 'feDropShadow', 'feFlood', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feOffset',
]);

/** Geometry, presentation and accessibility attributes; `href` only as a same-file `#id`. */
const ATTRIBUTES = new Set([
  'id', 'class', 'style', 'version', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2',
  'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'd', 'points', 'pathLength', 'transform', 'href',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'color', 'display', 'visibility', 'overflow',
  'clip-path', 'clip-rule', 'clipPathUnits', 'mask', 'maskUnits', 'maskContentUnits', 'filter', 'filterUnits', 'primitiveUnits',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'startOffset', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod',
  'patternUnits', 'patternContentUnits', 'patternTransform', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'type', 'values',
  'operator', 'k1', 'k2', 'k3', 'k4', 'flood-color', 'flood-opacity', 'vector-effect', 'shape-rendering', 'text-rendering',
  'paint-order', 'mix-blend-mode', 'isolation', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden',
  'focusable', 'lang', 'space',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const PROCESSING_INSTRUCTION_NODE = 7;
const COMMENT_NODE = 8;

/**
 * What in a CSS text (a `<style>` element or a `style` attribute) could fetch from elsewhere: any `@import`,
 * any `url(` that is not a same-file `url(#id)`, and backslash escapes, which could spell either in disguise.
 */
function cssProblem(css: string): string | undefined {
  if (/@import/i.test(css)) return 'holds @import, which loads a file from elsewhere';
  if (/\\/.test(css)) return 'holds a backslash escape, which could hide a web address';
  const url = /url\(\s*(?!['"]?#)[^)]*\)?/i.exec(css);
  if (url) return `holds ${url[0]}, which loads a file from elsewhere (only same-file references such as url(#shade) are allowed)`;
  return undefined;
}

function lineOf(node: Node): number | undefined {
  return (node as Node & { lineNumber?: number }).lineNumber;
}

function checkAttributes(element: Element, problems: SvgProblem[]): void {
  const line = lineOf(element);
  for (const attribute of Array.from(element.attributes)) {
    const where = `<${element.tagName} ${attribute.name}>`;
    if (attribute.namespaceURI === XMLNS_NS || attribute.name === 'xmlns') {
      if (![SVG_NS, XLINK_NS].includes(attribute.value)) {
        problems.push({ line, message: `${where} declares the namespace ${attribute.value}, which a logo does not need. Save the logo as plain SVG (in Inkscape: Save As "Plain SVG"; in other editors: "optimised" or "minified" SVG)` });
      }
      continue;
    }
    if (/^on/i.test(attribute.localName ?? attribute.name)) {
      problems.push({ line, message: `${where} is an event handler, which runs code. Remove it` });
      continue;
    }
    const known =
      (attribute.namespaceURI === null && ATTRIBUTES.has(attribute.name)) ||
      (attribute.namespaceURI === XLINK_NS && attribute.localName === 'href') ||
      (attribute.namespaceURI === XML_NS && ['space', 'lang'].includes(attribute.localName ?? ''));
    if (!known) {
      problems.push({ line, message: `${where} is not an attribute a logo may use. Remove it, or save the logo as plain SVG` });
      continue;
    }
    if ((attribute.localName ?? attribute.name) === 'href' && !attribute.value.trim().startsWith('#')) {
      problems.push({ line, message: `${where} points to "${attribute.value.slice(0, 60)}"; a logo may only refer to its own parts (#id). Put everything the logo shows inside the file` });
      continue;
    }
    const css = cssProblem(attribute.value);
    if (css && (attribute.name === 'style' || /url\(|\\|@import/i.test(attribute.value))) {
      problems.push({ line, message: `${where} ${css}. Remove it` });
    }
  }
}

function checkNode(node: Node, problems: SvgProblem[]): void {
  const line = lineOf(node);
  switch (node.nodeType) {
    case ELEMENT_NODE: {
      const element = node as Element;
      if (element.namespaceURI !== SVG_NS || !ELEMENTS.has(element.localName ?? '')) {
        const what = /^script$/i.test(element.localName ?? '') ? 'runs code' : /^foreignObject$/i.test(element.localName ?? '') ? 'embeds another document' : 'is not a drawing element a logo may use';
        problems.push({ line, message: `<${element.tagName}> ${what}. Remove it, or save the logo as plain SVG` });
        return;
      }
      checkAttributes(element, problems);
      if (element.localName === 'style') {
        const css = cssProblem(element.textContent ?? '');
        if (css) problems.push({ line, message: `<style> ${css}. Remove it` });
        return;
      }
      for (const child of Array.from(element.childNodes)) checkNode(child, problems);
      return;
    }
    case TEXT_NODE:
    case COMMENT_NODE:
      return;
    case CDATA_NODE:
      problems.push({ line, message: 'a CDATA section is allowed only inside <style>. Remove it' });
      return;
    case PROCESSING_INSTRUCTION_NODE:
      if ((node as Node & { target?: string }).target !== 'xml') {
        problems.push({ line, message: `<?${(node as Node & { target?: string }).target}?> is a processing instruction, which a logo does not need. Remove it` });
      }
      return;
    default:
      problems.push({ line, message: `holds a ${node.nodeName} node, which a logo does not need. Remove it` });
  }
}

/**
 * Checks an SVG against an allow-list of elements and attributes, so a clinic's logo or favicon can be
 * published as it is: nothing in it runs code, loads another file or defines entities. Every problem is
 * reported, not just the first.
 */
export function checkSvg(source: string): SvgProblem[] {
  // Refused before parsing: a DOCTYPE can define entities that expand hugely or name other files.
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(source);
  if (doctype) {
    return [{ line: source.slice(0, doctype.index).split('\n').length, message: `<!${doctype[1]}> can define entities that expand or load other files. Remove it` }];
  }
  const problems: SvgProblem[] = [];
  let failure: SvgProblem | undefined;
  const fail = (message: string, line: number | undefined) => {
    failure ??= { line, message: `is not well-formed SVG: ${message.split('\n')[0]!.replace(/[.\s]*$/, '')}. Export the logo again as plain SVG` };
  };
  let document: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    document = new DOMParser({
      locator: true,
      onError: (level, message, context: { locator?: { lineNumber?: number } } | undefined) => {
        if (level !== 'warning') fail(message, context?.locator?.lineNumber);
      },
    }).parseFromString(source, 'image/svg+xml');
  } catch (error) {
    // Fatal errors are thrown as a ParseError that carries where the parser stopped.
    fail(error instanceof Error ? error.message : String(error), (error as { locator?: { lineNumber?: number } }).locator?.lineNumber);
  }
  if (failure || !document) return [failure!];
  const root = document.documentElement;
  if (!root || root.namespaceURI !== SVG_NS || root.localName !== 'svg') {
    return [{ line: root ? lineOf(root) : undefined, message: 'is not an SVG image: its outermost element must be <svg xmlns="http://www.w3.org/2000/svg">. Export the logo again as SVG' }];
  }
  for (const child of Array.from(document.childNodes)) checkNode(child, problems);
  return problems;
}
