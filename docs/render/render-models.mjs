// Renders every processes/*.bpmn to docs/images/<key>.svg and <key>.png with the bpmn-js viewer, in the
// system's headless Chromium. Run through render-models.sh, which checks the prerequisites first.
// Usage: node render-models.mjs <repository root>   (CHROMIUM=/path/to/chromium)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = process.argv[2] ?? join(here, '..', '..');
const modelsDir = join(root, 'processes');
const imagesDir = join(root, 'docs', 'images');
const bpmnJs = join(here, 'node_modules', 'bpmn-js', 'dist');

// Labels are measured and wrapped with this font list, and the SVG keeps it, so a viewer without the CJK font
// that rendered them here still picks a Chinese font of its own (Windows, macOS, Linux, in that order).
const FONT_FAMILY = 'Arial, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const PNG_SCALE = 2;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const models = readdirSync(modelsDir).filter((f) => f.endsWith('.bpmn')).sort();
mkdirSync(imagesDir, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS });
let failed = false;
try {
  const page = await browser.newPage({ deviceScaleFactor: PNG_SCALE });
  for (const file of models) {
    const key = basename(file, '.bpmn');
    const xml = readFileSync(join(modelsDir, file));
    try {
      const sha256 = createHash('sha256').update(xml).digest('hex');
      const svg = stamp(await renderSvg(page, xml.toString('utf8'), file), `processes/${file}`, sha256);
      write(join(imagesDir, `${key}.svg`), Buffer.from(svg, 'utf8'));
      write(join(imagesDir, `${key}.png`), withText(await renderPng(page, svg), 'bpmn-sha256', sha256));
    } catch (e) {
      console.error(`${file}: ${e.message.split('\n    at ')[0]}`);
      failed = true;
    }
  }
} finally {
  await browser.close();
}
removeOrphans();
process.exit(failed ? 1 : 0);

async function renderSvg(page, xml, file) {
  await page.setContent('<!DOCTYPE html><meta charset="utf-8"><div id="canvas" style="width:100vw;height:100vh"></div>');
  await page.addStyleTag({ path: join(bpmnJs, 'assets', 'diagram-js.css') });
  await page.addScriptTag({ path: join(bpmnJs, 'bpmn-viewer.production.min.js') });
  const { svg, warnings } = await page.evaluate(async ({ xml, fontFamily }) => {
    const viewer = new window.BpmnJS({ container: '#canvas', textRenderer: { defaultStyle: { fontFamily } } });
    const { warnings } = await viewer.importXML(xml);
    const { svg } = await viewer.saveSVG();
    return { svg, warnings: warnings.map((w) => w.message) };
  }, { xml, fontFamily: FONT_FAMILY });
  warnings.forEach((w) => console.warn(`${file}: warning: ${w}`));
  return svg;
}

// Marks the SVG as generated from one exact model version (render-models.sh --check compares the hash), gives it
// a white background so it reads in dark themes too, drops the viewer's invisible hit areas and numbers
// bpmn-js's random marker ids so that rendering the same model twice gives the same file.
function stamp(svg, source, sha256) {
  const ids = new Map();
  const [, x, y, w, h] = svg.match(/viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/);
  return svg
    .replace(/<[a-z]+ [^>]*class="djs-hit[^>]*\/>/g, '')
    .replace(/marker-[0-9a-z]{8,}/g, (id) => ids.get(id) ?? ids.set(id, `marker-${ids.size + 1}`).get(id))
    .replace('<!-- created with bpmn-js / http://bpmn.io -->',
      `<!-- Generated from ${source} by docs/render/render-models.sh (bpmn-js). Do not edit: change the model and re-render. -->`)
    .replace('<svg ', `<svg data-bpmn-source="${source}" data-bpmn-sha256="${sha256}" `)
    .replace(/(<svg [^>]*>)/, `$1<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff"/>`);
}

async function renderPng(page, svg) {
  await page.setContent(`<!DOCTYPE html><meta charset="utf-8"><body style="margin:0">${svg.slice(svg.indexOf('<svg'))}</body>`);
  return page.locator('svg').first().screenshot();
}

// Adds a tEXt chunk right after IHDR (PNG signature 8 bytes + IHDR chunk 25 bytes).
function withText(png, keyword, text) {
  const data = Buffer.from(`${keyword}\0${text}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]);
}

function write(path, content) {
  const same = existsSync(path) && readFileSync(path).equals(content);
  if (!same) writeFileSync(path, content);
  console.log(`${same ? 'unchanged' : 'rendered '} ${relative(root, path)}`);
}

// Images this script made for a model that no longer exists.
function removeOrphans() {
  for (const f of readdirSync(imagesDir).filter((f) => f.endsWith('.svg'))) {
    const key = basename(f, '.svg');
    if (models.includes(`${key}.bpmn`) || !readFileSync(join(imagesDir, f), 'utf8').includes('data-bpmn-sha256=')) continue;
    for (const ext of ['svg', 'png']) rmSync(join(imagesDir, `${key}.${ext}`), { force: true });
    console.log(`removed   docs/images/${key}.svg/.png (no processes/${key}.bpmn)`);
  }
}
