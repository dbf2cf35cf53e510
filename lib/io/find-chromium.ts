import * as fs from 'node:fs';

/** Where Chromium is looked for, in order, after $SPECLAT_CHROMIUM. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
];

/**
 * Finds the system Chromium used to render figures (the project never downloads a browser):
 * $SPECLAT_CHROMIUM when set, else the first existing path of {@link CHROMIUM_CANDIDATES}.
 *
 * @param env environment to read SPECLAT_CHROMIUM from (default process.env)
 * @returns the executable's path, or null when none exists
 * @example
 * findChromium(); // '/usr/bin/chromium' on Debian after scripts/setup.sh
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.SPECLAT_CHROMIUM;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}
