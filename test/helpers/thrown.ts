/**
 * The error of type `type` that `run` throws (or its promise rejects with). Any other error is
 * thrown on; no error at all fails the test.
 */
// biome-ignore lint/suspicious/noExplicitAny: any error class, whatever its constructor's arguments (a union of tuples).
export function thrown<E extends Error>(type: abstract new (...args: any[]) => E, run: () => unknown): E | Promise<E> {
  const check = (error: unknown): E => {
    if (error instanceof type) return error;
    throw error;
  };
  const none = (): never => {
    throw new Error(`expected a ${type.name}`);
  };
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    return check(error);
  }
  if (result instanceof Promise) return result.then(none, check);
  return none();
}
