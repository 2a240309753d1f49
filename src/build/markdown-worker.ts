// Node-only: a worker thread that writes the guides' Markdown copies it is given (see endpoint-files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { resolveExtensionlessTs } from './ts-modules.ts';
import type { CopyPlaces, CopyToWrite } from './markdown-copies.ts';

export interface MarkdownWork {
  copies: CopyToWrite[];
  places: CopyPlaces;
}

/** After each copy: its index in `copies`, and why it could not be written, if it could not. */
export interface MarkdownReport {
  index: number;
  failed?: string;
}

resolveExtensionlessTs();
const { writeCopy } = await import('./markdown-copies.ts');
const { copies, places } = workerData as MarkdownWork;
for (const [index, copy] of copies.entries()) {
  try {
    writeCopy(copy, places);
    parentPort!.postMessage({ index } satisfies MarkdownReport);
  } catch (error) {
    parentPort!.postMessage({ index, failed: error instanceof Error ? error.message : String(error) } satisfies MarkdownReport);
  }
}
