// A few typed errors. The CLI prints `message` on one line and exits non-zero;
// anything that is not a KgError is a bug and is reported as such.

export class KgError extends Error {
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'KgError';
    this.exitCode = exitCode;
  }
}

/** The user asked for something that does not exist or cannot be read (missing file, unknown entity...). */
export class InputError extends KgError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'InputError';
  }
}

/** Flags or arguments that do not fit the command. */
export class UsageError extends KgError {
  constructor(message: string) {
    super(message, 64);
    this.name = 'UsageError';
  }
}
