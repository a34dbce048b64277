// `npm test`'s first step (pretest): the browser tests drive Debian's Chromium, which a fresh machine
// lacks. As root with apt-get it is installed here (as .ci/run does); otherwise the run stops at once
// with one line saying what to install, instead of failing minutes later inside the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../tests/support/browser.ts';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function aptInstall(): boolean {
  const apt = (...args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  return apt('update', '-qq') && apt('install', '-y', '-qq', ...PACKAGES);
}

if (!existsSync(CHROMIUM_PATH)) {
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (canInstall) {
    console.log(`npm test: the browser tests need ${CHROMIUM_PATH}; installing Debian's ${PACKAGES.join(' ')} …`);
    if (!aptInstall() || !existsSync(CHROMIUM_PATH)) {
      console.error(`npm test: could not install ${PACKAGES.join(' ')} with apt-get; install them, or set CHROMIUM_PATH to a Chromium binary`);
      process.exit(1);
    }
  } else {
    console.error(`npm test: the browser tests need Chromium at ${CHROMIUM_PATH}: run \`sudo apt-get install ${PACKAGES.join(' ')}\` or set CHROMIUM_PATH`);
    process.exit(1);
  }
}
