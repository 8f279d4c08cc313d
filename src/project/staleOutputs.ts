import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
const EDITION = /^([a-z]{3})\.(pdf|html)$/;
const CHART = /^([a-z]{3})-[a-z0-9-]+\.(svg|png)$/;

/** An output of a country that has no data file any more. */
export interface StaleOutput {
  readonly country: string;
  readonly file: string;
}

/**
 * The outputs in `outDir` of countries that are not in `countries` (a country whose data file
 * was deleted or renamed): `<lang>/<iso3>.pdf`, its web page `<lang>/<iso3>.html` and its chart exports `<lang>/charts/<iso3>-*`
 * (the series index, `index.html`, is rewritten by every web build, never stale).
 */
export function findStaleOutputs(outDir: string, countries: ReadonlySet<string>): StaleOutput[] {
  const stale: StaleOutput[] = [];
  if (!existsSync(outDir)) return stale;
  for (const lang of readdirSync(outDir).sort()) {
    const folder = join(outDir, lang);
    if (!LANGUAGE.test(lang) || !statSync(folder).isDirectory()) continue;
    const scan = (dir: string, pattern: RegExp) => {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir).sort()) {
        const country = pattern.exec(name)?.[1]?.toUpperCase();
        if (country !== undefined && !countries.has(country)) stale.push({ country, file: join(dir, name) });
      }
    };
    scan(folder, EDITION);
    scan(join(folder, 'charts'), CHART);
  }
  return stale;
}

/** Removes stale outputs (build --prune). */
export function removeOutputs(outputs: readonly StaleOutput[]): void {
  for (const output of outputs) rmSync(output.file, { force: true });
}
