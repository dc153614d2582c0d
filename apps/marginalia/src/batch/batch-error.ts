/** A reason the whole run cannot go on (an output that cannot be opened or written): one line, exit 1, no stack trace. */
export class BatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchError';
  }
}
