// Uploads a built site to S3-compatible storage with the site's caching and content types (the rule table
// `_headers` is made of; src/build/static-hosts.ts), using the AWS CLI.
// Usage: npm run s3-sync -- s3://bucket[/prefix] [--clinic <id>] [--endpoint-url <url>] [--print]
//   --clinic        upload dist-clinics/<id>/ (built with CLINIC=<id> npm run build) instead of dist/
//   --endpoint-url  storage other than AWS (Cloudflare R2, MinIO, Backblaze B2…)
//   --print         print the commands and upload nothing
await import('./check-node.mjs');
const { spawnSync } = await import('node:child_process');
const { existsSync } = await import('node:fs');
const { join } = await import('node:path');
const { CLINICS_OUTPUT_DIR, DEFAULT_OUTPUT_DIR } = await import('../src/build/outputs.ts');
const { s3SyncCommands, shellScript } = await import('../src/build/static-hosts.ts');

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const clinic = option('clinic');
const endpointUrl = option('endpoint-url');
const print = args.includes('--print');
const bucket = args.find((arg) => !arg.startsWith('--'));
if (!bucket?.startsWith('s3://')) {
  console.error('s3-sync: needs the bucket as s3://<bucket>[/<prefix>], e.g. npm run s3-sync -- s3://guide.my-clinic.example');
  process.exit(1);
}
const dir = clinic ? join(CLINICS_OUTPUT_DIR, clinic) : DEFAULT_OUTPUT_DIR;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir}/: holds no built site. Build it first: ${clinic ? `CLINIC=${clinic} npm run build` : 'npm run build'}`);
  process.exit(1);
}
const commands = s3SyncCommands({ dir, bucket, endpointUrl });
if (print) {
  process.stdout.write(shellScript(commands));
  process.exit(0);
}
for (const [program, ...rest] of commands) {
  const result = spawnSync(program, rest, { stdio: 'inherit' });
  if (result.error) {
    console.error(`s3-sync: could not run ${program} (${result.error.message}). Install the AWS CLI (https://aws.amazon.com/cli/) and sign in.`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}
