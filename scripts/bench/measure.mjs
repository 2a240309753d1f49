// Node-only measuring for scripts/bench.mjs: a timed command (wall, CPU of the process tree, peak RSS of
// its largest process), folder sizes, page weights, and a byte-for-byte comparison of two builds.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TIME = '/usr/bin/time';

/** The command running now, so a stopped bench stops it too (and the build stops Astro: scripts/build.mjs). */
let running;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    running?.kill(signal);
    process.exit(130);
  });
}

/**
 * Runs a command and measures it. GNU time reports the rusage of the command and every descendant it
 * waited for: user + system CPU of the whole tree, and as maximum RSS the peak of its largest process.
 * Without GNU time the CPU and RSS are reported as 0 and the run says so.
 */
export async function timed(command, args, { cwd, env }) {
  const report = join(mkdtempSync(join(tmpdir(), 'mng-bench-time-')), 'time');
  const withTime = existsSync(TIME);
  const [file, argv] = withTime ? [TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  // Its own process group, so a signal reaches GNU time's child and everything below it.
  const child = spawn(file, argv, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running = { kill: (signal) => process.kill(-child.pid, signal) };
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const code = await new Promise((done) => child.on('close', done));
  running = undefined;
  const wallS = (performance.now() - started) / 1000;
  let cpuS = 0;
  let peakRssMiB = 0;
  if (withTime) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const [, user, system, rssKiB] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    cpuS = user + system;
    peakRssMiB = rssKiB / 1024;
  }
  rmSync(join(report, '..'), { recursive: true, force: true });
  return { code, log, wallS, cpuS, peakRssMiB, measured: withTime };
}

/** Every file below a folder, as paths relative to it. */
export function filesBelow(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

export function folderBytes(dir) {
  return existsSync(dir) ? filesBelow(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) : 0;
}

/** The largest HTML page of a built site, raw bytes. */
export function largestPage(dir) {
  return filesBelow(dir)
    .filter((name) => name.endsWith('.html'))
    .map((path) => ({ path, bytes: statSync(join(dir, path)).size }))
    .reduce((max, page) => (page.bytes > max.bytes ? page : max), { path: '', bytes: 0 });
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** A page's module scripts and, recursively, their static imports: what a reader downloads before doing anything. */
function scriptClosure(dir, entries) {
  const seen = new Set();
  const visit = (entry) => {
    if (seen.has(entry) || !existsSync(join(dir, entry))) return;
    seen.add(entry);
    const code = readFileSync(join(dir, entry), 'utf8');
    for (const match of code.matchAll(/(?:^|[;\n])import\s*(?:[^"';]*?from\s*)?"\.\/([^"]+)"/g)) visit(join(entry, '..', match[1]));
  };
  entries.forEach(visit);
  return [...seen];
}

/** One page as a reader downloads it on first visit: its HTML, stylesheets and scripts, gzip bytes. */
export function pageWeight(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const local = (href) => href.replace(/^\//, '');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => local(match[1]));
  const js = scriptClosure(dir, [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => local(match[1])));
  const sum = (list) => list.reduce((total, file) => total + gz(readFileSync(join(dir, file))), 0);
  return { html: gz(Buffer.from(html)), css: sum(css.filter((file) => existsSync(join(dir, file)))), js: sum(js) };
}

/** Files that differ between two builds (missing on one side, or other bytes). */
export function differingFiles(a, b) {
  const hash = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const left = new Set(filesBelow(a));
  const right = new Set(filesBelow(b));
  return [...new Set([...left, ...right])].sort().filter((name) => !left.has(name) || !right.has(name) || hash(join(a, name)) !== hash(join(b, name)));
}
