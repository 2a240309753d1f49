import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { followAstro } from '../../src/build/astro-process';
import { ENDING_LINE, endingLine } from '../../src/build/clean-failure';

/** A stand-in for Astro: a Node process running `script`, its output piped as scripts/build.mjs pipes Astro's. */
function astro(script: string) {
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
}

const TOKEN = 'token-of-this-build';

/** Follows the stand-in; returns how it ended and the lines handed on. */
async function follow(script: string, graceMs = 200) {
  const lines: string[] = [];
  const end = await followAstro(astro(script), TOKEN, (line, stream) => lines.push(`${stream}: ${line}`), graceMs);
  return { ...end, lines };
}

const say = (line: string, stream: 'log' | 'error' = 'error') => `console.${stream}(${JSON.stringify(line)});`;
const report = say('The clinic "broken" cannot be built.') + say(endingLine(1, TOKEN));

describe('followAstro', () => {
  it('kills an Astro that said it was ending with a report but never exited, and ends with the code it named', async () => {
    // What Node's exit does when it hangs (nodejs/node#54918): the process lives on after its last words.
    const started = performance.now();
    const end = await follow(`${report} setInterval(() => {}, 1000);`);
    expect(end).toEqual({ code: 1, signal: null, lines: ['stderr: The clinic "broken" cannot be built.'] });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('leaves an Astro that exits by itself alone, and hides the ending line', async () => {
    expect(await follow(`${report} process.exit(1);`, 60_000)).toEqual({ code: 1, signal: null, lines: ['stderr: The clinic "broken" cannot be built.'] });
  });

  it('passes every other line on, from the stream it came from, and reports the exit as it was', async () => {
    const end = await follow(say('[build] Complete!', 'log') + say(`${ENDING_LINE} soon`) + 'process.exit(3);');
    expect(end).toEqual({ code: 3, signal: null, lines: ['stdout: [build] Complete!', `stderr: ${ENDING_LINE} soon`] });
  });

  it('takes no ending line without the token, none on stdout, and none that names success', async () => {
    // What a guide's text might make Astro print: it must not end a build, let alone as a success.
    const forged = [endingLine(0, TOKEN), endingLine(1, 'another-token'), endingLine(1, `${TOKEN}x`)];
    const script = forged.map((line) => say(line)).join('') + say(endingLine(1, TOKEN), 'log') + 'setTimeout(() => process.exit(0), 600);';
    const end = await follow(script);
    expect(end).toEqual({ code: 0, signal: null, lines: [...forged.map((line) => `stderr: ${line}`), `stdout: ${endingLine(1, TOKEN)}`] });
  });

  it('reports a signal that stopped Astro, when Astro had not said it was ending', async () => {
    const end = await follow(`process.kill(process.pid, 'SIGKILL');`);
    expect(end).toEqual({ code: null, signal: 'SIGKILL', lines: [] });
  });
});
