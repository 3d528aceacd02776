// Writes the shipped sample district into examples/ (run: npx tsx examples/generate.ts [outDir]).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSample } from './generator/index';
import { writeXlsxCopy } from './generator/xlsx';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const xlsx = args.includes('--xlsx');
const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? here);

const sample = renderSample();
await mkdir(outDir, { recursive: true });
for (const [name, content] of Object.entries(sample.files)) {
  await writeFile(join(outDir, name), content, 'utf8');
}
// XLSX copies are for trying the .xlsx readers; they are not shipped.
if (xlsx) {
  for (const name of Object.keys(sample.files).filter((n) => n.endsWith('.csv'))) {
    await writeXlsxCopy(join(outDir, name), join(outDir, name.replace(/\.csv$/, '.xlsx')));
  }
}
const counts = Object.entries(sample.rows).map(([file, rows]) => `${file}: ${rows.length}`);
console.log(`Wrote ${Object.keys(sample.files).length} files to ${outDir} (${counts.join(', ')}).`);
