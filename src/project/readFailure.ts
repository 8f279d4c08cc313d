/** What went wrong reading or writing a file, for a message: the errno code when there is one (EACCES, ENOENT…). */
export function readFailure(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
