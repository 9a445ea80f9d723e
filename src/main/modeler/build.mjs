// Bundles the modeler into the platform's jar: src/ → target/classes/META-INF/resources/modeler/ (served at
// /modeler/, for administrators only: config/ModelerAccess). Run by Maven (pom.xml, phase generate-resources).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = process.argv[2] || '../../../target/classes/META-INF/resources/modeler';
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { modeler: 'src/main.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['chrome100', 'firefox100', 'safari15'],
  outdir: out,
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning'
});
copyFileSync('src/index.html', out + '/index.html');
console.log('modeler bundled into ' + out);
