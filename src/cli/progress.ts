// Progress on stderr: a redrawn bar with count, rate and ETA on a terminal,
// plain periodic lines otherwise (logs, CI), nothing when quiet.
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  const started = Date.now();
  let lastPrint = 0;
  let drawn = false;
  const tty = Boolean(stream.isTTY);
  const describe = (done: number, total: number) => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    return `${done}/${total} ${rate.toFixed(1)}/s ETA ${eta}s`;
  };
  return {
    update(done, total) {
      if (quiet || total < 2) return;
      const now = Date.now();
      if (tty) {
        if (now - lastPrint < 100 && done < total) return;
        lastPrint = now;
        const width = 30;
        const filled = Math.round((done / total) * width);
        stream.write(`\r${label} [${'='.repeat(filled)}${' '.repeat(width - filled)}] ${describe(done, total)}\x1b[K`);
        drawn = true;
      } else if (now - lastPrint >= 5000 || done === total) {
        if (lastPrint === 0 && done < total) { lastPrint = now; return; }
        lastPrint = now;
        stream.write(`${label}: ${describe(done, total)}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
