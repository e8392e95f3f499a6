// Reference side of the verification benchmark: verifies every credential in
// a folder with @digitalbazaar/vc (jsonld.js + rdf-canonize +
// eddsa-rdfc-2022), fully offline, and prints one JSON line in the shape the
// Pathfolio bench_dataintegrity program prints (see README.md).
//
// Usage: node verify-bench.mjs FOLDER [--seconds S] [--warmup S]
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

import {createDocumentLoader} from './document-loader.mjs';

function parseArgs(argv) {
  const args = {folder: null, seconds: 5, warmup: 2};
  for(let i = 0; i < argv.length; ++i) {
    if(argv[i] === '--seconds') {
      args.seconds = Number(argv[++i]);
    } else if(argv[i] === '--warmup') {
      args.warmup = Number(argv[++i]);
    } else if(!args.folder) {
      args.folder = argv[i];
    } else {
      throw new Error(`unexpected argument "${argv[i]}"`);
    }
  }
  if(!args.folder || !(args.seconds >= 5) || !(args.warmup >= 0)) {
    throw new Error('usage: node verify-bench.mjs FOLDER [--seconds S>=5] ' +
      '[--warmup S]');
  }
  return args;
}

function fail(message, detail) {
  console.error(`verify-bench: ${message}`);
  if(detail !== undefined) {
    console.error(typeof detail === 'string' ? detail :
      JSON.stringify(detail, (k, v) => v instanceof Error ?
        {name: v.name, message: v.message, stack: v.stack,
          ...v} : v, 2));
  }
  process.exit(1);
}

const args = parseArgs(process.argv.slice(2));
if(!existsSync(args.folder)) {
  fail(`no such folder: ${args.folder}`);
}
const files = readdirSync(args.folder)
  .filter(name => /^credential-.*\.json$/.test(name))
  .sort();
if(files.length === 0) {
  fail(`no credential-*.json files in ${args.folder}`);
}
// Both stacks start from the same bytes held in memory: file reading is kept
// out of the timing, JSON parsing is part of every verification.
const inputs = files.map(name => ({
  name, bytes: readFileSync(join(args.folder, name), 'utf8')
}));

const documentLoader = createDocumentLoader();
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

async function verifyOne(input) {
  const credential = JSON.parse(input.bytes);
  const result = await vc.verifyCredential(
    {credential, suite, documentLoader});
  if(!result.verified) {
    fail(`${input.name} does not verify`, result.error ?? result);
  }
}

// Warm-up: every credential once (this is also the correctness check), then
// whole passes until the JIT and jsonld.js's context cache have settled.
const warmupStart = performance.now();
do {
  for(const input of inputs) {
    await verifyOne(input);
  }
} while(performance.now() - warmupStart < args.warmup * 1000);

let verified = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
let elapsed = 0;
do {
  for(const input of inputs) {
    await verifyOne(input);
    ++verified;
  }
  elapsed = (performance.now() - start) / 1000;
} while(elapsed < args.seconds);
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

// Proof that nothing but the bundled contexts and did:key was asked for (the
// loader throws on anything else, which would have failed a verification).
const served = [...new Set([...documentLoader.requested].map(
  url => url.replace(/#.*/, '')))];
console.error(`verify-bench: node ${process.version}; documents served ` +
  `offline: ${served.join(', ')}; process CPU time ${cpuSeconds.toFixed(3)} ` +
  `s for ${elapsed.toFixed(3)} s wall (${(verified / cpuSeconds).toFixed(1)} ` +
  'verifications per CPU second of all its threads; far below wall time ' +
  'means other processes shared the CPU and perSecond is understated)');
console.log(JSON.stringify({
  stack: 'jsonld.js',
  credentials: inputs.length,
  verified,
  seconds: Number(elapsed.toFixed(3)),
  perSecond: Number((verified / elapsed).toFixed(1))
}));
