// Vitest global setup: install Debian's chromium once, before test files run in parallel workers
// (parallel apt-get runs would fight over the dpkg lock on a fresh CI machine).
import { ensureChromium } from '../helpers/browser.js';

export default function setup(): void {
  ensureChromium();
}
