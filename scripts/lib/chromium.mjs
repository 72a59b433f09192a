// One place for how this project finds and starts Chromium: Debian's package,
// never a browser downloaded by a tool (those downloads fail on bare machines).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that let Chromium run headless as root on a machine without network. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Makes sure Chromium (and a CJK font, so Chinese renders in screenshots) is
 * installed. As root it installs Debian's packages; otherwise it says how.
 * @returns {boolean} whether Chromium is available
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) {
    ensureCjkFont();
    return true;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Chromium is missing: install it with "sudo apt-get install -y chromium fonts-noto-cjk" (or set CHROME_PATH to a Chromium binary) and run the command again.`,
    );
    return false;
  }
  console.log('Chromium is missing: installing Debian\'s chromium and fonts-noto-cjk (about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  return existsSync(CHROMIUM_PATH);
}

/** Chinese text renders as boxes in screenshots without a CJK font: install one as root, else say so. */
function ensureCjkFont() {
  let fonts = '';
  try {
    fonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch {
    fonts = '';
  }
  if (fonts.trim()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.warn('No CJK font found: Chinese text will render as boxes in screenshots. Install one with "sudo apt-get install -y fonts-noto-cjk".');
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'fonts-noto-cjk'], { stdio: 'inherit', env });
}
