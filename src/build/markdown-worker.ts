// Node-only: a worker thread that writes guides' Markdown copies (see markdown-ahead.ts), one at a time.
import { parentPort } from 'node:worker_threads';
import { resolveExtensionlessTs } from './ts-modules.ts';
import type { MarkdownCopyJob } from '../lib/markdown-copy.ts';

export interface MarkdownWork {
  key: string;
  job: MarkdownCopyJob;
}

export type MarkdownReport = { key: string; markdown: string } | { key: string; failed: string };

resolveExtensionlessTs();
const { writeMarkdownCopy } = await import('../lib/markdown-copy.ts');

parentPort?.on('message', ({ key, job }: MarkdownWork) => {
  try {
    parentPort!.postMessage({ key, markdown: writeMarkdownCopy(job) } satisfies MarkdownReport);
  } catch (error) {
    // The route writes this copy in the build's thread, where the error stops the build with its message.
    parentPort!.postMessage({ key, failed: error instanceof Error ? error.message : String(error) } satisfies MarkdownReport);
  }
});
