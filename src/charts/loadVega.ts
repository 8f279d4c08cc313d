/** The two libraries a chart render needs, loaded together. */
export interface VegaModules {
  readonly vega: typeof import('vega');
  readonly vegaLite: typeof import('vega-lite');
}

let loading: Promise<VegaModules> | undefined;

/** Imports vega and vega-lite on first use only: they take ~0.5 s, which commands without charts should not pay. */
export function loadVega(): Promise<VegaModules> {
  loading ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => ({ vega, vegaLite }));
  return loading;
}
