import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium';

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`No Chromium found (looked for ${candidates.join(', ')}). Install Debian's: ${INSTALL_HINT}`);
  }
  return found;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
