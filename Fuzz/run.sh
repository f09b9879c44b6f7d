#!/usr/bin/env bash
# Builds every libFuzzer target of Interphase and runs each for a bounded time.
#
#   Fuzz/run.sh [seconds-per-target]      (default 60)
#
# Targets: fuzz-formula (Composition(parsing:)), fuzz-csv (Dataset.read(csv:name:)),
# fuzz-pymatgen-json and fuzz-mp-json (Dataset.read(json:name:)), fuzz-jsonl (the JSON Lines
# query readers of hull/window --input), fuzz-options (the option values: decimal numbers,
# counts, shards); each parser target also runs a small hull,
# decomposition and window on what it parsed. Built with libFuzzer and AddressSanitizer
# (release, -sanitize=fuzzer,address) into .build-fuzz/ at the package root.
# The committed seeds in Fuzz/Corpus/<target>/ are only read; new inputs go to
# .build-fuzz/corpus/<target>/, crashes to .build-fuzz/artifacts/<target>/.
# Exits non-zero when any target crashes, leaks, times out or fails to build.
# Reproduce a crash:  .build-fuzz/release/<target> <crash-file>
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
scratch="$root/.build-fuzz"
targets=(fuzz-formula fuzz-csv fuzz-pymatgen-json fuzz-mp-json fuzz-jsonl fuzz-options)
export SWIFT_BACKTRACE=enable=no  # let libFuzzer's own handler report and save the input

cd "$here"
start=$(date +%s)
build() {
  # swiftc keeps only the last -sanitize= flag, so `--sanitize=fuzzer --sanitize=address` would
  # build Swift code with AddressSanitizer and no coverage: pass both in one -sanitize= instead
  # (C code takes -fsanitize flags cumulatively).
  swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address \
    --scratch-path "$scratch" --product "$1" 2>&1 | grep -E "error:|Build" | grep -v "^\[" || true
  [ -x "$scratch/release/$1" ] || { echo "fuzz: $1 did not build" >&2; exit 1; }
}
for target in "${targets[@]}"; do build "$target"; done
# A target without coverage instrumentation of the library would fuzz blindly: refuse it.
# (-runs=0 only loads the program and prints its counters.)
for target in "${targets[@]}"; do
  counters=$("$scratch/release/$target" -runs=0 2>&1 | sed -n 's/.*Loaded 1 modules *(\([0-9]*\) inline.*/\1/p')
  if [ "${counters:-0}" -lt 1000 ]; then
    echo "fuzz: $target has only ${counters:-0} coverage counters: the library is not instrumented" >&2
    exit 1
  fi
done
echo "fuzz: built ${#targets[@]} targets in $(( $(date +%s) - start )) s"

failed=()
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"
  artifacts="$scratch/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  log="$scratch/$target.log"
  if "$scratch/release/$target" "$corpus" "$here/Corpus/$target" \
      -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -E "^stat::number_of_executed_units" "$log" | awk '{print $2}')
    echo "fuzz: $target: no crash in ${seconds} s (${runs:-?} runs, corpus $(ls "$corpus" | wc -l) files)"
  else
    echo "fuzz: $target: FAILED; log $log; inputs in $artifacts:" >&2
    grep -E "ERROR|SUMMARY|Fatal error|panic|Test unit written" "$log" | head -20 >&2 || tail -30 "$log" >&2
    failed+=("$target")
  fi
done
passed=$(( ${#targets[@]} - ${#failed[@]} ))
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
  echo "fuzz: $passed passed, ${#failed[@]} failed"
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s each without a crash"
echo "fuzz: $passed passed, 0 failed"
