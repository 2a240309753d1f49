import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BUILDS_AT_ONCE_ENV, EARLY_THREADS_YIELD_BELOW, HELPER_THREADS_FROM, earlyThreadsYield, yieldCores } from '../../src/build/thread-limits';

/** Calls `yieldCores` in a thread of its own (a lowered priority cannot be raised again) and reports that thread's priority. */
function yieldInThread(platform: NodeJS.Platform): Promise<{ yielded: boolean; priority: number }> {
  const module = new URL('../../src/build/thread-limits.ts', import.meta.url).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    import(${JSON.stringify(module)}).then(({ yieldCores }) => {
      const yielded = yieldCores(${JSON.stringify(platform)});
      parentPort.postMessage({ yielded, priority: getPriority() });
    });`;
  const worker = new Worker(code, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => void worker.terminate().then(() => resolve(message)));
    worker.once('error', reject);
  });
}

describe('yieldCores', () => {
  it.runIf(process.platform === 'linux')('lowers the priority of the calling thread only, on Linux', async () => {
    const before = getPriority();
    expect(await yieldInThread('linux')).toEqual({ yielded: true, priority: 10 });
    expect(getPriority()).toBe(before);
  });

  it('leaves every priority as it is elsewhere, where it would lower the whole process', async () => {
    const before = getPriority();
    expect(await yieldInThread('darwin')).toEqual({ yielded: false, priority: before });
    expect(yieldCores('win32')).toBe(false);
    expect(getPriority()).toBe(before);
  });

  it('lets the thread run on at its priority where the system refuses the call', () => {
    const refused = () => {
      throw Object.assign(new Error('setpriority EPERM'), { code: 'EPERM' });
    };
    expect(yieldCores('linux', refused)).toBe(false);
  });
});

describe('the threads that work while Astro starts (writing checks, social cards)', () => {
  it('give way to Astro on a small site, where they have time to spare, and not on a large one, where the render waits for them', () => {
    expect(EARLY_THREADS_YIELD_BELOW).toBe(HELPER_THREADS_FROM);
    expect([1, 100, EARLY_THREADS_YIELD_BELOW - 1].map((guides) => earlyThreadsYield(guides, {}))).toEqual([true, true, true]);
    expect([EARLY_THREADS_YIELD_BELOW, 1000, 5000].map((guides) => earlyThreadsYield(guides, {}))).toEqual([false, false, false]);
  });

  it('do not give way in builds run side by side, where the other builds keep the cores busy', () => {
    expect(earlyThreadsYield(100, { [BUILDS_AT_ONCE_ENV]: '1' })).toBe(true);
    expect(earlyThreadsYield(100, { [BUILDS_AT_ONCE_ENV]: '2' })).toBe(false);
  });
});
