// Cross-check tool: prints the intermediate results of eddsa-rdfc-2022
// verification of one credential as jsonld.js computes them, and checks the
// signature independently of @digitalbazaar/vc (node:crypto on the hashes),
// so that a native implementation can be compared byte for byte.
//
// Usage: node canonize.mjs CREDENTIAL.json [--doc-out FILE] [--proof-out FILE]
import {createHash, createPublicKey, verify} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

import jsonld from 'jsonld';

import {createDocumentLoader} from './document-loader.mjs';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58btcDecode(text) {
  let value = 0n;
  for(const c of text) {
    const digit = BASE58.indexOf(c);
    if(digit < 0) {
      throw new Error(`invalid base58btc character "${c}"`);
    }
    value = value * 58n + BigInt(digit);
  }
  const bytes = [];
  while(value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  for(const c of text) {
    if(c !== '1') {
      break;
    }
    bytes.unshift(0);
  }
  return Buffer.from(bytes);
}

function multibaseDecode(text) {
  if(!text.startsWith('z')) {
    throw new Error('only base58btc multibase (z...) is expected here');
  }
  return base58btcDecode(text.slice(1));
}

const argv = process.argv.slice(2);
const file = argv[0];
const docOut = argv.includes('--doc-out') ?
  argv[argv.indexOf('--doc-out') + 1] : null;
const proofOut = argv.includes('--proof-out') ?
  argv[argv.indexOf('--proof-out') + 1] : null;
if(!file) {
  console.error('usage: node canonize.mjs CREDENTIAL.json [--doc-out FILE] ' +
    '[--proof-out FILE]');
  process.exit(2);
}

const credential = JSON.parse(readFileSync(file, 'utf8'));
const documentLoader = createDocumentLoader();
// The options eddsa-rdfc-2022-cryptosuite passes to jsonld.js.
const options = {
  algorithm: 'RDFC-1.0', format: 'application/n-quads', base: null,
  safe: true, rdfDirection: 'i18n-datatype', documentLoader
};

const {proof, ...unsecured} = credential;
const {proofValue, ...proofConfig} = proof;
proofConfig['@context'] = credential['@context'];

const docCanon = await jsonld.canonize(unsecured, options);
const proofCanon = await jsonld.canonize(proofConfig, options);
const docHash = createHash('sha256').update(docCanon, 'utf8').digest();
const proofHash = createHash('sha256').update(proofCanon, 'utf8').digest();

const vm = proof.verificationMethod;
const multikey = multibaseDecode(vm.slice(vm.indexOf('#') + 1));
if(multikey[0] !== 0xed || multikey[1] !== 0x01 || multikey.length !== 34) {
  throw new Error('verification method is not an Ed25519 Multikey');
}
const publicKey = createPublicKey({
  key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'),
    multikey.subarray(2)]),
  format: 'der', type: 'spki'
});
const signature = multibaseDecode(proofValue);
const signatureOk = verify(null, Buffer.concat([proofHash, docHash]),
  publicKey, signature);

if(docOut) {
  writeFileSync(docOut, docCanon);
}
if(proofOut) {
  writeFileSync(proofOut, proofCanon);
}
console.log(JSON.stringify({
  file,
  documentQuads: docCanon.split('\n').length - 1,
  documentCanonicalSha256: docHash.toString('hex'),
  proofQuads: proofCanon.split('\n').length - 1,
  proofConfigCanonicalSha256: proofHash.toString('hex'),
  signatureBytes: signature.length,
  signatureValid: signatureOk
}));
if(!signatureOk) {
  process.exit(1);
}
