// How the long-running commands (`kg serve`, `kg start`) learn they should stop:
// the first SIGINT or SIGTERM. Repeats are expected and ignored: Ctrl-C in a
// terminal reaches every process of the group, and `npm start` forwards the one
// it got to its child as well, so the server usually receives two. Should a
// clean stop take longer than FORCE_AFTER_MS, the process exits anyway rather
// than leave a server that no longer answers to signals.
const FORCE_AFTER_MS = 5000;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const SIGNAL_NUMBERS: Record<(typeof SIGNALS)[number], number> = { SIGINT: 2, SIGTERM: 15 };

export function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: (typeof SIGNALS)[number]) => {
      if (received) return;
      received = true;
      resolve(signal);
      setTimeout(() => {
        process.stderr.write(`kg: still stopping ${FORCE_AFTER_MS / 1000} s after ${signal}; exiting now\n`);
        process.exit(128 + SIGNAL_NUMBERS[signal]);
      }, FORCE_AFTER_MS).unref();
    };
    // Node's signal listeners do not keep the process alive: once the server is closed it exits.
    for (const s of SIGNALS) process.on(s, onSignal);
  });
}
