#!/usr/bin/env bash
# Smoke test of the benchmarks, for CI: one short iteration of every benchmark, no warm-up, to prove that each one
# still runs (its @Setup cross-checks sipcodes against the alternative on the same inputs). Fails if any benchmark
# throws (-foe true) or if a benchmark the results table needs did not run. Measures nothing worth reading.
# Needs sipcodes-bench/target/benchmarks.jar (mvn verify builds it) and python3. About 30 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
result=$(mktemp --suffix=.json)
trap 'rm -f "$result"' EXIT
java -jar sipcodes-bench/target/benchmarks.jar -f 1 -wi 0 -i 1 -r 100ms -foe true -rf json -rff "$result"
python3 sipcodes-bench/results-table.py --require-all "$result" >/dev/null
echo "Benchmark smoke test passed: $(grep -c '"benchmark"' "$result") benchmarks ran."
