/** Bad input to a command: printed as one line on stderr, exit code 1. */
export class CliInputError extends Error {
  override readonly name = 'CliInputError';
}

export function parseWholeNumber(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new CliInputError(`${what} must be a whole number, 0 or more (got "${text}")`);
  return Number(text);
}
