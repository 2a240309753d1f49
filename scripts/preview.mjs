// Serves a built site at http://127.0.0.1:4321: the default site (dist/), or one clinic's with
// --clinic <id> (dist-clinics/<id>/, from CLINIC=<id> npm run build or npm run build:clinics).
// Usage: npm run preview [-- --clinic <id>] [other astro preview flags]
await import('./check-node.mjs');
const { spawn } = await import('node:child_process');
const { existsSync } = await import('node:fs');
const { join } = await import('node:path');
const { CLINICS_OUTPUT_DIR, DEFAULT_OUTPUT_DIR } = await import('../src/build/outputs.ts');

const args = process.argv.slice(2);
const flag = args.indexOf('--clinic');
const clinic = flag === -1 ? undefined : args.splice(flag, 2)[1];
if (flag !== -1 && !clinic) {
  console.error('--clinic: needs the id of a clinic, e.g. npm run preview -- --clinic harbour-skin');
  process.exit(1);
}
const outDir = clinic ? join(CLINICS_OUTPUT_DIR, clinic) : DEFAULT_OUTPUT_DIR;
if (!existsSync(join(outDir, 'index.html'))) {
  const build = clinic ? `CLINIC=${clinic} npm run build (or npm run build:clinics)` : 'npm run build';
  console.error(`${outDir}/: holds no built site. Build it first: ${build}`);
  process.exit(1);
}

const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
// Local only, on 4321, unless the flags say otherwise.
const defaults = [...(args.includes('--host') ? [] : ['--host', '127.0.0.1']), ...(args.includes('--port') ? [] : ['--port', '4321'])];
// The built folder is served as it is; CLINIC would only make Astro assemble that clinic's content again.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.CLINIC;
const child = spawn(process.execPath, [astro, 'preview', ...defaults, ...args, '--outDir', outDir], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
