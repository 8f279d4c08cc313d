import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the browser tests find Chromium and put their screenshots (README, "Tests"). */
export function browserSettings(env: Readonly<Record<string, string | undefined>>): {
  chromium: string;
  screenshots: string;
} {
  return {
    chromium: env.CHROMIUM_PATH || '/usr/bin/chromium',
    screenshots: env.WEB_SCREENSHOTS || join(tmpdir(), 'profiles-web-screenshots'),
  };
}
