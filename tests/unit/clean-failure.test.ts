import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BuildProblemsError, ENDING_TOKEN_ENV, failingCleanly } from '../../src/build/clean-failure';
import { ContentCheckError } from '../../src/lib/friendly-errors';

const problem = new ContentCheckError([{ file: 'content/aftercare/first-week.mdx', line: 4, field: 'title', message: 'is empty. Write a title' }]);
const failing = (error: Error): AstroIntegration => ({
  name: 'test',
  hooks: {
    'astro:config:setup': () => {
      throw error;
    },
  },
});
const setup = (integration: AstroIntegration, command: string) =>
  (integration.hooks['astro:config:setup'] as unknown as (options: { command: string }) => Promise<void>)({ command });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('failingCleanly', () => {
  it('ends a build with the content problems, one line each, and no stack trace', async () => {
    // The token scripts/build.mjs gives Astro, which the last line repeats for it (src/build/astro-process.ts).
    vi.stubEnv(ENDING_TOKEN_ENV, 'token-of-this-build');
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => written.push(String(text)) > 0);
    await setup(failingCleanly(failing(problem)), 'build');
    expect(exit).toHaveBeenCalledWith(1);
    expect(written.join('')).toMatchInlineSnapshot(`
      "
      The content has problems; the build stopped and the last good site is untouched.
        - content/aftercare/first-week.mdx:4: title is empty. Write a title.
      [microneedling-guide] exiting with code 1 token-of-this-build
      "
    `);
  });

  it('does the same for problems found in the built pages, after Astro has written them', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => written.push(String(text)) > 0);
    const linkCheck: AstroIntegration = {
      name: 'links',
      hooks: {
        'astro:build:done': () => {
          throw new BuildProblemsError('1 problem(s) in the built pages:\n  - visit/index.html: /gone/ points to no file in the site.');
        },
      },
    };
    await (failingCleanly(linkCheck).hooks['astro:build:done'] as unknown as () => Promise<void>)();
    expect(exit).toHaveBeenCalledWith(1);
    // Without a token (Astro not started by scripts/build.mjs), no line for it.
    expect(written.join('')).toBe('\n1 problem(s) in the built pages:\n  - visit/index.html: /gone/ points to no file in the site.\n');
  });

  it('lets other errors (bugs) and errors in astro dev through, with their stack', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    await expect(setup(failingCleanly(failing(new TypeError('x is undefined'))), 'build')).rejects.toThrow(TypeError);
    await expect(setup(failingCleanly(failing(problem)), 'dev')).rejects.toBe(problem);
    expect(exit).not.toHaveBeenCalled();
  });
});
