/** Why an input could not be read as an article. */
export type InputProblem =
  | 'missing'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'network'
  | 'unsupported';

/**
 * An input that cannot be analysed. The message is one line that says what was
 * wrong and what to do; commands print it and exit 1, never a stack trace.
 */
export class InputError extends Error {
  readonly problem: InputProblem;
  readonly input: string;

  constructor(problem: InputProblem, input: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.problem = problem;
    this.input = input;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
