/** Writes the precache manifest (every built file and its content hash) into build/service-worker.js. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, injectManifest, SERVICE_WORKER } from './offline/manifest';

const root = process.argv[2] ?? 'build';
const worker = join(root, SERVICE_WORKER);
const entries = buildManifest(root);
writeFileSync(worker, injectManifest(readFileSync(worker, 'utf8'), entries));
console.log(`precache manifest: ${entries.length} files written into ${worker}`);
