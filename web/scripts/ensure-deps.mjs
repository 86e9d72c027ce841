// Runs `npm ci` only when node_modules does not match package-lock.json, so rebuilds stay fast.
// npm records what it installed in node_modules/.package-lock.json (optional packages for other
// platforms are left out of it), so: same versions everywhere, and nothing required missing.
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

function packages(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8')).packages ?? {};
  } catch {
    return undefined;
  }
}

function current(wanted, installed) {
  if (wanted === undefined || installed === undefined) return false;
  for (const [name, entry] of Object.entries(wanted)) {
    if (name === '') continue;
    const have = installed[name];
    if (have === undefined ? !entry.optional : have.version !== entry.version) return false;
  }
  return Object.keys(installed).every((name) => name in wanted);
}

if (current(packages('package-lock.json'), packages('node_modules/.package-lock.json'))) {
  console.log('pairpad-web: node_modules is current with package-lock.json; skipping npm ci');
} else {
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
