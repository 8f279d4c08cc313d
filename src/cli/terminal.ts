/** What the console can take: a line redrawn in place, and colours. */
export interface TerminalAbilities {
  /** An interactive terminal: a progress line may be redrawn in place. */
  readonly interactive: boolean;
  /** Colours may be used. */
  readonly colour: boolean;
}

/**
 * Decides from the stream and the environment, as command-line tools agree to (no-color.org):
 * escape codes only on a terminal, never on a dumb one (TERM=dumb) or under CI (whose logs keep
 * them as noise), and no colour when NO_COLOR is set to anything or --no-color is given.
 */
export function detectTerminal(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
  noColorFlag: boolean,
): TerminalAbilities {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  const interactive = isTTY && env.TERM !== 'dumb' && !ci;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return { interactive, colour: interactive && !noColor && !noColorFlag };
}

/** SGR codes for the few styles messages use; plain text when colour is off. */
export function createPaint(colour: boolean) {
  const style = (open: number, close: number) => (text: string) =>
    colour ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: style(31, 39), yellow: style(33, 39), dim: style(2, 22), bold: style(1, 22) };
}
