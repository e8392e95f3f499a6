// Offline JSON-LD document loader for the reference JavaScript benchmark.
//
// Serves exactly the context files that Pathfolio bundles (listed, URL -> file,
// in <conformance>/contexts/index.json, each checked against its recorded
// sha256 at start-up) and resolves did:key DIDs locally. Any other URL throws:
// nothing is ever fetched from the network, so the JavaScript side measures
// the same offline work as Pathfolio.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';

const here = dirname(fileURLToPath(import.meta.url));

// <repo>/tests/bench/reference-js -> <repo>/../shared/conformance, the same
// default the C++ tests use; PATHFOLIO_CONFORMANCE_DIR overrides it.
export function conformanceDir() {
  return process.env.PATHFOLIO_CONFORMANCE_DIR ||
    resolve(here, '..', '..', '..', '..', 'shared', 'conformance');
}

export function loadContexts(dir = join(conformanceDir(), 'contexts')) {
  let index;
  try {
    index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  } catch(e) {
    throw new Error(`Cannot read ${join(dir, 'index.json')} (${e.message}); ` +
      'set PATHFOLIO_CONFORMANCE_DIR to the shared conformance folder.');
  }
  const contexts = new Map();
  for(const entry of index.contexts) {
    const bytes = readFileSync(join(dir, entry.file));
    const digest = createHash('sha256').update(bytes).digest('hex');
    if(entry.sha256 && digest !== entry.sha256) {
      throw new Error(`Context ${entry.url} (${entry.file}) has sha256 ` +
        `${digest}, index.json says ${entry.sha256}.`);
    }
    contexts.set(entry.url, JSON.parse(bytes.toString('utf8')));
  }
  return contexts;
}

export function createDocumentLoader({contexts = loadContexts()} = {}) {
  const didKey = didKeyDriver();
  didKey.use({
    multibaseMultikeyHeader: 'z6Mk',
    fromMultibase: Ed25519Multikey.from
  });
  const requested = new Set();

  async function documentLoader(url) {
    requested.add(url);
    const context = contexts.get(url);
    if(context !== undefined) {
      return {contextUrl: null, documentUrl: url, document: context};
    }
    if(url.startsWith('did:key:')) {
      // Pure computation from the DID itself: no network, no cache.
      const document = await didKey.get({url});
      return {contextUrl: null, documentUrl: url, document};
    }
    throw new Error(`Offline document loader: unknown URL "${url}" ` +
      '(not in contexts/index.json, not a did:key); refusing to fetch it.');
  }
  documentLoader.requested = requested;
  return documentLoader;
}
