// Progress on stderr while a large folder is read and built: one updating line
// on a terminal, a line at every tenth otherwise (logs and CI keep each line).
// Small folders finish before progress would help, so they print none.
import { printable } from './printable.ts';

/** The part of a stream the CLI writes to (process.stdout, process.stderr, or a test double). */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Ends the display: clears the terminal line. */
  finish(): void;
}

/** Folders with more documents than this show progress. */
export const PROGRESS_THRESHOLD = 50;

export interface ProgressOptions {
  threshold?: number;
  /** Milliseconds between terminal redraws. */
  intervalMs?: number;
  now?: () => number;
}

const NO_PROGRESS: Progress = { update: () => undefined, finish: () => undefined };

export function createProgress(stream: OutputStream, name: string, total: number, options: ProgressOptions = {}): Progress {
  const label = printable(name);
  const { threshold = PROGRESS_THRESHOLD, intervalMs = 100, now = () => performance.now() } = options;
  if (total <= threshold) return NO_PROGRESS;
  const percent = (done: number, all: number): number => Math.floor((100 * done) / Math.max(1, all));

  if (stream.isTTY) {
    let last = -Infinity;
    let drawn = false;
    return {
      update(done, all) {
        const t = now();
        if (done < all && t - last < intervalMs) return;
        last = t;
        drawn = true;
        // \r returns to the line start, ESC[K clears what a longer previous line left.
        stream.write(`\r${label} ${done}/${all} documents (${percent(done, all)}%)\u001b[K`);
      },
      finish() {
        if (drawn) stream.write('\r\u001b[K');
      },
    };
  }

  let nextTenth = 1;
  return {
    update(done, all) {
      const tenth = Math.floor((10 * done) / Math.max(1, all));
      if (tenth < nextTenth) return;
      nextTenth = tenth + 1;
      stream.write(`${label} ${done}/${all} documents (${percent(done, all)}%)\n`);
    },
    finish: () => undefined,
  };
}
