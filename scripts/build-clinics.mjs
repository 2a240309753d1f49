// Builds every clinic in content/clinics/ into dist/clinics/<id>/, one after another. One clinic's failure
// does not stop the others; the summary names what failed and why, and the exit code is non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const clinicsDir = join('content', 'clinics');
const ids = existsSync(clinicsDir)
  ? readdirSync(clinicsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(clinicsDir, entry.name, 'clinic.yaml')))
      .map((entry) => entry.name)
      .sort()
  : [];
if (ids.length === 0) {
  console.error(`No clinics found: add one with npm run new-clinic -- <id> --name "…" --url https://…`);
  process.exit(1);
}

const results = [];
for (const [index, id] of ids.entries()) {
  const started = performance.now();
  process.stdout.write(`[${index + 1}/${ids.length}] ${id} … `);
  const build = spawnSync(process.execPath, [join('scripts', 'build.mjs'), '--outDir', join('dist', 'clinics', id)], {
    encoding: 'utf8',
    env: { ...process.env, CLINIC: id },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const ok = build.status === 0;
  // The reason is the first error line the build printed, e.g. the content check's title and first problem.
  const lines = `${build.stderr}\n${build.stdout}`.split('\n').map((line) => line.trim());
  const firstError = lines.findIndex((line) => /error|problem|cannot|failed/i.test(line) && !/^Build failed/.test(line));
  const reason = ok ? '' : lines.slice(Math.max(firstError, 0), Math.max(firstError, 0) + 3).filter(Boolean).join(' ');
  results.push({ id, ok, seconds, reason });
  console.log(`${seconds.toFixed(1)} s ${ok ? 'ok' : 'FAILED'}`);
}

console.log('\nclinic'.padEnd(22) + 'result'.padEnd(9) + 'time');
for (const result of results) {
  console.log(`${result.id.padEnd(21)}${(result.ok ? 'ok' : 'FAILED').padEnd(9)}${result.seconds.toFixed(1)} s${result.ok ? '' : `  ${result.reason}`}`);
}
const failed = results.filter((result) => !result.ok);
console.log(`\n${results.length - failed.length} built, ${failed.length} failed.`);
process.exit(failed.length > 0 ? 1 : 0);
