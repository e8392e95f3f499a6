#!/usr/bin/env bash
# Pathfolio developer set-up on Debian 12: install what is missing, then build and run, test or package.
#
#   packaging/dev.sh run [APP ARGUMENTS...]   install missing packages, build (preset dev), start the app
#   packaging/dev.sh test                     install missing packages, build and run every test;
#                                             with CI=true: preset ci (warnings are errors), then asan
#                                             when the whole run fits in the time budget
#   packaging/dev.sh package                  install missing packages, build (preset release), make the .deb
#   packaging/dev.sh deps                     only install missing packages
#
# Options (before the command):
#   -n, --dry-run     print what would be installed and run, change nothing
#   --no-install      do not look for or install Debian packages (other distributions, no root)
#
# Environment:
#   CI=true                        use the ci preset for `test`, then maybe asan
#   PATHFOLIO_ASAN=auto|always|never   whether `test` under CI runs the asan preset too (default auto:
#                                  only if the estimated total stays within PATHFOLIO_TEST_BUDGET)
#   PATHFOLIO_TEST_BUDGET=SECONDS  time budget for `test`, everything included (default 1800)
#   PATHFOLIO_PACKAGE_LIST=FILE    another package list (default packaging/debian-packages.txt)
#   JOBS=N                         parallel jobs (default: nproc)
set -euo pipefail

ROOT="$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT
readonly PACKAGE_LIST="${PATHFOLIO_PACKAGE_LIST:-$ROOT/packaging/debian-packages.txt}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
DRY_RUN=0
INSTALL=1

if [[ -t 2 ]]; then
    log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
else
    log() { printf '==> %s\n' "$*" >&2; }
fi
note() { printf '    %s\n' "$*" >&2; }
die() {
    printf 'dev.sh: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

is_true() {
    case "${1,,}" in
    1 | true | yes | on) return 0 ;;
    *) return 1 ;;
    esac
}

# Print a command (shell-quoted) and run it, or only print it in a dry run.
run_cmd() {
    printf '    $' >&2
    printf ' %q' "$@" >&2
    printf '\n' >&2
    if ((DRY_RUN)); then
        return 0
    fi
    "$@"
}

# ---------------------------------------------------------------------------------------------------
# Timings: every step is recorded and the table is printed on exit, failed or not.
STEP_NAMES=()
STEP_SECONDS=()
CURRENT_STEP=""
SCRIPT_START=$SECONDS
TESTS_PASSED=0
TESTS_FAILED=0
TESTS_SKIPPED=0
TESTS_COUNTED=0

step() {
    local name=$1
    shift
    log "$name"
    CURRENT_STEP=$name
    local start=$SECONDS
    "$@"
    STEP_NAMES+=("$name")
    STEP_SECONDS+=($((SECONDS - start)))
    CURRENT_STEP=""
}

fmt_duration() {
    printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}

print_summary() {
    local rc=$1
    if ((${#STEP_NAMES[@]} == 0)) && [[ -z $CURRENT_STEP ]]; then
        return
    fi
    printf '\n' >&2
    log "Timings"
    local i
    for i in "${!STEP_NAMES[@]}"; do
        printf '    %-44s %8s\n' "${STEP_NAMES[$i]}" "$(fmt_duration "${STEP_SECONDS[$i]}")" >&2
    done
    if [[ -n $CURRENT_STEP ]]; then
        printf '    %-44s %8s\n' "$CURRENT_STEP (FAILED)" "" >&2
    fi
    printf '    %-44s %8s\n' "total" "$(fmt_duration $((SECONDS - SCRIPT_START)))" >&2
    if ((TESTS_COUNTED)); then
        # The plain closing line that test-result readers look for.
        printf 'tests: %d passed, %d failed, %d skipped\n' "$TESTS_PASSED" "$TESTS_FAILED" "$TESTS_SKIPPED"
    fi
    if ((rc != 0)); then
        printf 'dev.sh: failed (exit status %d)\n' "$rc" >&2
    fi
}
trap 'print_summary $?' EXIT

# ---------------------------------------------------------------------------------------------------
# Debian packages

# The package names in the list: comments and blank lines dropped, several names on a line allowed.
read_package_list() {
    [[ -r $PACKAGE_LIST ]] || die "cannot read the package list $PACKAGE_LIST"
    local line word
    local -a words
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%%#*}
        read -r -a words <<<"$line" || true
        for word in "${words[@]}"; do
            printf '%s\n' "$word"
        done
    done <"$PACKAGE_LIST"
}

# True when dpkg knows the package as fully installed ("ii"). Unknown names, removed packages with
# configuration left ("rc") and half-installed ones count as missing, so apt-get gets to repair them.
is_installed() {
    local status
    status=$(dpkg-query -W -f='${db:Status-Abbrev}\n' -- "$1" 2>/dev/null) || return 1
    grep -q '^ii' <<<"$status"
}

missing_packages() {
    local pkg
    while IFS= read -r pkg; do
        is_installed "$pkg" || printf '%s\n' "$pkg"
    done < <(read_package_list)
}

install_missing() {
    if ! ((INSTALL)); then
        note "--no-install: not checking Debian packages"
        return 0
    fi
    [[ -r $PACKAGE_LIST ]] || die "cannot read the package list $PACKAGE_LIST"
    command -v dpkg-query >/dev/null 2>&1 ||
        die "dpkg-query not found: this script installs packages on Debian 12. Elsewhere, install the \
equivalents of $PACKAGE_LIST by hand and pass --no-install."
    if [[ -r /etc/debian_version ]] && [[ $(cut -d. -f1 /etc/debian_version) != 12 ]]; then
        note "warning: this is Debian $(cat /etc/debian_version); the package list is made for Debian 12"
    fi

    local -a wanted missing
    mapfile -t wanted < <(read_package_list)
    ((${#wanted[@]} > 0)) || die "the package list $PACKAGE_LIST names no package"
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        note "all ${#wanted[@]} packages of ${PACKAGE_LIST#"$ROOT"/} are installed"
        return 0
    fi
    note "missing ${#missing[@]} of ${#wanted[@]} packages: ${missing[*]}"

    # As root directly, else through sudo (which may ask for a password).
    local -a as_root=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1 || ((DRY_RUN)); then
            as_root=(sudo)
        else
            die "installing packages needs root, and sudo is not installed; as root, run
    apt-get update && apt-get install -y ${missing[*]}"
        fi
    fi
    local -a apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive
        apt-get -q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=300)
    run_cmd "${apt[@]}" update
    run_cmd "${apt[@]}" install -y "${missing[@]}"
    if ((DRY_RUN)); then
        return 0
    fi
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
}

# ---------------------------------------------------------------------------------------------------
# Building

# ccache: paths under the source tree are hashed relative to it, so a second clone (CI's) reuses the
# cache. Only under CI are objects shared across folders (debug info may then name the other folder).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$ROOT}"
if is_true "${CI:-}"; then
    export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi

configure() { run_cmd cmake --preset "$1"; }
build() {
    local preset=$1
    shift
    run_cmd cmake --build --preset "$preset" --parallel "$JOBS" "$@"
}

# One count from the <testsuite> header of ctest's JUnit report (0 when absent).
junit_count() {
    local value
    value=$(grep -m1 -oE "\\b$1=\"[0-9]+\"" "$2" | grep -oE '[0-9]+' || true)
    printf '%s\n' "${value:-0}"
}

# Run the suite of one preset; add its counts to the totals from the JUnit report ctest writes.
run_tests() {
    local preset=$1
    local junit="$ROOT/build/$preset/ctest-junit.xml"
    rm -f "$junit"
    local rc=0
    run_cmd ctest --preset "$preset" --parallel "$JOBS" --output-junit "$junit" || rc=$?
    if ((!DRY_RUN)) && [[ -r $junit ]]; then
        local tests failures skipped disabled
        tests=$(junit_count tests "$junit")
        failures=$(junit_count failures "$junit")
        skipped=$(junit_count skipped "$junit")
        disabled=$(junit_count disabled "$junit")
        TESTS_COUNTED=1
        TESTS_FAILED=$((TESTS_FAILED + failures))
        TESTS_SKIPPED=$((TESTS_SKIPPED + skipped + disabled))
        TESTS_PASSED=$((TESTS_PASSED + tests - failures - skipped - disabled))
    fi
    return "$rc"
}

# Configure, build and test one preset; the seconds each part took go to the named array.
test_preset() {
    local preset=$1
    step "configure ($preset)" configure "$preset"
    step "build ($preset)" build "$preset"
    step "test ($preset)" run_tests "$preset"
}

last_step_seconds() {
    local name=$1 i
    for i in "${!STEP_NAMES[@]}"; do
        if [[ ${STEP_NAMES[$i]} == "$name" ]]; then
            printf '%s\n' "${STEP_SECONDS[$i]}"
            return
        fi
    done
    printf '0\n'
}

# ---------------------------------------------------------------------------------------------------
# Commands

cmd_deps() {
    step "install missing Debian packages" install_missing
}

cmd_run() {
    step "install missing Debian packages" install_missing
    step "configure (dev)" configure dev
    step "build (dev)" build dev --target pathfolio pathfolio-cli
    local app="$ROOT/build/dev/app/desktop/pathfolio"
    if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-} ]]; then
        note "warning: neither DISPLAY nor WAYLAND_DISPLAY is set; without a display try"
        note "    xvfb-run -a packaging/dev.sh run      or      QT_QPA_PLATFORM=offscreen packaging/dev.sh run"
    fi
    print_summary 0
    trap - EXIT
    log "Starting $app $*"
    if ((DRY_RUN)); then
        run_cmd "$app" "$@"
        return 0
    fi
    [[ -x $app ]] || die "the build did not produce $app"
    exec "$app" "$@"
}

cmd_test() {
    step "install missing Debian packages" install_missing
    if ! is_true "${CI:-}"; then
        test_preset dev
        return
    fi

    test_preset ci

    local budget="${PATHFOLIO_TEST_BUDGET:-1800}" mode="${PATHFOLIO_ASAN:-auto}"
    case "$mode" in
    never)
        note "PATHFOLIO_ASAN=never: skipping the asan preset"
        return
        ;;
    always) ;;
    auto)
        # A sanitized build compiles about twice as slowly and its tests run two to three times slower.
        local elapsed=$((SECONDS - SCRIPT_START))
        local estimate=$(($(last_step_seconds "configure (ci)") + 2 * $(last_step_seconds "build (ci)") +
            3 * $(last_step_seconds "test (ci)")))
        if ((elapsed + estimate > budget)); then
            note "skipping the asan preset: $(fmt_duration "$elapsed") so far plus an estimated \
$(fmt_duration "$estimate") exceeds the budget of $(fmt_duration "$budget") (PATHFOLIO_TEST_BUDGET)"
            return
        fi
        note "running the asan preset: $(fmt_duration "$elapsed") so far plus an estimated \
$(fmt_duration "$estimate") fits the budget of $(fmt_duration "$budget")"
        ;;
    *) die "PATHFOLIO_ASAN must be auto, always or never, not '$mode'" ;;
    esac
    test_preset asan
}

cmd_package() {
    step "install missing Debian packages" install_missing
    step "configure (release)" configure release
    step "build (release)" build release
    step "package (release)" run_cmd cpack --preset release
    if ((!DRY_RUN)); then
        log "Package"
        local deb
        for deb in "$ROOT"/build/release/*.deb; do
            [[ -e $deb ]] && note "$deb"
        done
    fi
}

main() {
    while (($#)); do
        case "$1" in
        -n | --dry-run) DRY_RUN=1 ;;
        --no-install) INSTALL=0 ;;
        -h | --help | help)
            usage
            exit 0
            ;;
        -*) die "unknown option '$1' (see packaging/dev.sh --help)" ;;
        *) break ;;
        esac
        shift
    done
    (($#)) || {
        usage >&2
        exit 2
    }
    local command=$1
    shift
    [[ $command == run || $# -eq 0 ]] || die "'$command' takes no arguments"
    [[ $JOBS =~ ^[1-9][0-9]*$ ]] || die "JOBS must be a positive number, not '$JOBS'"
    cd "$ROOT"
    case "$command" in
    deps) cmd_deps ;;
    run) cmd_run "$@" ;;
    test) cmd_test ;;
    package) cmd_package ;;
    *) die "unknown command '$command' (see packaging/dev.sh --help)" ;;
    esac
}

main "$@"
