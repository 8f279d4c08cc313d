import type { ViewOptions } from 'vega';

/** A logger for vega and vega-lite that keeps warnings and errors instead of printing them. */
export interface ChartLog {
  readonly logger: NonNullable<ViewOptions['logger']>;
  /** Every warning and error logged so far, as text. */
  readonly messages: readonly string[];
}

/**
 * Collects what vega and vega-lite would print, so that a render can fail on it
 * instead of writing to the console from deep inside a build.
 */
export function collectChartLog(): ChartLog {
  const messages: string[] = [];
  const record = (...args: unknown[]): void => {
    messages.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
  };
  const logger = {
    level: (level?: number) => (level === undefined ? 2 : logger),
    error: (...args: unknown[]) => {
      record(...args);
      return logger;
    },
    warn: (...args: unknown[]) => {
      record(...args);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return { logger: logger as ChartLog['logger'], messages };
}
