/**
 * Why an export cannot be written: `usage` when an option the format needs is missing or
 * wrong (the command line exits 2), `input` when the article cannot give the format what it
 * needs, such as a ClaimReview without any verdict (exit 1). The message says what to do.
 */
export class ExportError extends Error {
  constructor(
    readonly kind: 'usage' | 'input',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export function isExportError(error: unknown): error is ExportError {
  return error instanceof ExportError;
}
