// Installs the modeler's packages exactly as package-lock.json locks them (npm ci), but only when the lock file
// changed since the last install: npm ci empties node_modules first, which costs half a minute on every build.
// Run by Maven with the Node.js and npm it fetched: node prepare.mjs <npm-cli.js>.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const npmCli = process.argv[2];
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const stamp = 'node_modules/.installed-lock-sha256';
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) {
  console.log('modeler packages up to date');
} else {
  execFileSync(process.execPath, [npmCli, 'ci', '--no-audit', '--no-fund', '--loglevel=warn'], { stdio: 'inherit' });
  writeFileSync(stamp, lockHash);
}
