import { describe, expect, it } from 'vitest';
import { MdxSourceError, parseMdx } from '../../src/lib/mdx-source';

/** The line and message an author is shown for a guide that does not parse. */
function refusal(source: string): string {
  try {
    parseMdx(source);
  } catch (error) {
    if (error instanceof MdxSourceError) return `${error.line}: ${error.message}`;
    throw error;
  }
  return 'parsed';
}

const FRONTMATTER = '---\ntitle: A guide\n---\n\n';

describe('MDX syntax errors, as an author reads them', () => {
  it('sends an unclosed component to the line that opens it', () => {
    expect(refusal(`${FRONTMATTER}Intro.\n\n<Aside type="tip">\n\nNever closed.\n`)).toMatchInlineSnapshot(
      `"7: <Aside> on this line is never closed. Add </Aside> on its own line where it should end, with a blank line before it"`,
    );
  });

  it('names an attribute value without quotes and shows it quoted', () => {
    expect(refusal(`${FRONTMATTER}<Aside type=tip>\n\nText.\n\n</Aside>\n`)).toMatchInlineSnapshot(
      `"5: <Aside> has type=tip without quotes. Put the value in double quotes: type="tip""`,
    );
    expect(refusal(`${FRONTMATTER}Your <Term id=erythema>redness</Term> fades.\n`)).toMatchInlineSnapshot(
      `"5: <Term> has id=erythema without quotes. Put the value in double quotes: id="erythema""`,
    );
  });

  it('reads a "<" before a number as the "less than" it was meant to be', () => {
    expect(refusal(`${FRONTMATTER}Redness lasts <3 days.\n`)).toMatchInlineSnapshot(
      `"5: a "<" here starts a component in MDX. Write "less than" in words, or \\< to show the sign"`,
    );
  });

  it('keeps MDX’s own words for other mistakes, with their line', () => {
    expect(refusal(`${FRONTMATTER}<Aside>\n\nText.\n\n</CareCard>\n`)).toMatchInlineSnapshot(
      `"9: MDX syntax error: Unexpected closing tag \`</CareCard>\`, expected corresponding closing tag for \`<Aside>\`. Fix the syntax on that line"`,
    );
  });

  it('parses a guide with frontmatter, GFM and components, with positions in the whole file', () => {
    const { frontmatter, tree } = parseMdx(`${FRONTMATTER}| Day | Redness |\n| --- | --- |\n| 1 | Yes |\n\n<CareCard level="urgent">\n\n- A fever\n\n</CareCard>\n`);
    expect(frontmatter).toEqual({ title: 'A guide' });
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['yaml', 1],
      ['table', 5],
      ['mdxJsxFlowElement', 9],
    ]);
  });
});
