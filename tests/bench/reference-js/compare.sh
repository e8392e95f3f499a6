#!/usr/bin/env bash
# Side-by-side verification benchmark: the reference JavaScript stack, then
# Pathfolio's bench_dataintegrity, on the same credential folder in one run.
#
# Usage: compare.sh PATH/TO/bench_dataintegrity [CREDENTIAL_FOLDER]
#
# The npm packages are installed (npm ci, pinned by package-lock.json) into
# $PATHFOLIO_JSBENCH_DIR (default: /tmp/pathfolio-jsbench), outside the
# repository and outside the project's build. Needs node >= 18 and npm.
# PATHFOLIO_BENCH_ROUNDS=N (default 1) alternates the two sides N times and
# compares the best result of each.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 PATH/TO/bench_dataintegrity [CREDENTIAL_FOLDER]" >&2
    exit 2
fi
cpp_bench=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
folder=${2:-$repo/tests/data/bench/ob3-eddsa-rdfc}
export PATHFOLIO_CONFORMANCE_DIR=${PATHFOLIO_CONFORMANCE_DIR:-$(cd "$repo/.." && pwd)/shared/conformance}
jsdir=${PATHFOLIO_JSBENCH_DIR:-/tmp/pathfolio-jsbench}

if [[ ! -x $cpp_bench ]]; then
    echo "compare.sh: $cpp_bench is not an executable" >&2
    exit 2
fi

mkdir -p "$jsdir"
if [[ ! -d $jsdir/node_modules ]] || ! cmp -s "$here/package-lock.json" "$jsdir/package-lock.json"; then
    cp "$here/package.json" "$here/package-lock.json" "$jsdir/"
    (cd "$jsdir" && npm ci --no-audit --no-fund >&2)
fi
cp "$here"/*.mjs "$jsdir/"

rounds=${PATHFOLIO_BENCH_ROUNDS:-1}
if ! [[ $rounds =~ ^[1-9][0-9]*$ ]]; then
    echo "compare.sh: PATHFOLIO_BENCH_ROUNDS must be a positive integer" >&2
    exit 2
fi

# Each side prints its JSON result as its last line starting with '{'.
# With several rounds the two sides alternate and each keeps its best line, so
# that load from other processes on a shared machine hurts neither side alone.
js_lines=()
cpp_lines=()
for ((round = 1; round <= rounds; ++round)); do
    if ! js_out=$(node "$jsdir/verify-bench.mjs" "$folder"); then
        echo "compare.sh: the JavaScript bench failed (see above)" >&2
        exit 1
    fi
    if ! cpp_out=$("$cpp_bench" "$folder"); then
        printf '%s\n' "$cpp_out" >&2
        echo "compare.sh: $cpp_bench failed" >&2
        exit 1
    fi
    js_line=$(printf '%s\n' "$js_out" | grep '^{' | tail -n 1 || true)
    cpp_line=$(printf '%s\n' "$cpp_out" | grep '^{' | tail -n 1 || true)
    if [[ -z $js_line || -z $cpp_line ]]; then
        echo "compare.sh: a bench printed no JSON result line" >&2
        exit 1
    fi
    if ((rounds > 1)); then
        echo "round $round: $js_line $cpp_line" >&2
    fi
    js_lines+=("$js_line")
    cpp_lines+=("$cpp_line")
done

node --input-type=module - "${#js_lines[@]}" "${js_lines[@]}" "${cpp_lines[@]}" <<'JS'
const [count, ...lines] = process.argv.slice(2);
const parsed = lines.map(line => ({line, ...JSON.parse(line)}));
const best = list => list.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
const js = best(parsed.slice(0, Number(count)));
const cpp = best(parsed.slice(Number(count)));
console.log(js.line);
console.log(cpp.line);
for(const side of [js, cpp]) {
  if(!(side.verified > 0) || !(side.perSecond > 0)) {
    console.error(`compare.sh: no valid result from ${side.stack}`);
    process.exit(1);
  }
}
if(js.credentials !== cpp.credentials) {
  console.error(`compare.sh: the stacks saw different credential counts ` +
    `(${js.credentials} vs ${cpp.credentials})`);
  process.exit(1);
}
const ratio = cpp.perSecond / js.perSecond;
// The target is met on one thread against one thread. The other figures say
// why it is or is not: the time one verification may take to meet it, the
// Ed25519 check alone (which no verifier can skip), and all cores together.
const summary = {
  ratio: Number(ratio.toFixed(2)),
  faster: cpp.stack, than: js.stack, target: 30, met: ratio >= 30,
  rounds: Number(count),
  budgetMicros: Number((1e6 / (30 * js.perSecond)).toFixed(1))
};
if(cpp.ed25519Micros > 0)
  summary.ed25519Micros = cpp.ed25519Micros;
if(cpp.perSecondAllThreads > 0) {
  summary.threads = cpp.threads;
  summary.allThreadsRatio = Number((cpp.perSecondAllThreads / js.perSecond).toFixed(2));
}
console.log(JSON.stringify(summary));
JS
