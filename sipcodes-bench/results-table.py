#!/usr/bin/env python3
"""Turns a JMH JSON result file (java -jar benchmarks.jar -prof gc -rf json -rff FILE) into the Markdown table the
README shows: machine, JDK, date, ns/op and B/op per benchmark, and the ratios the project promises.

Usage: python3 sipcodes-bench/results-table.py [--require-all] sipcodes-bench/results/jmh-result.json

--require-all fails (exit 1) when a benchmark the ratio, comparison or allocation tables name is missing from the
file: the smoke run uses it to prove that every benchmark ran. It never fails on a target missed, since short runs are
too noisy to judge.
"""
import json
import os
import platform
import sys
from datetime import datetime, timezone

# (label, slower benchmark, faster benchmark, target, how the target reads)
RATIOS = [
    ("sipcodesOf vs arrayBaseline (the limit)", "LookupBenchmark.sipcodesOf", "LookupBenchmark.arrayBaseline",
     1.3, "at most"),
    ("jainSipReasonPhrase vs sipcodesOf", "LookupBenchmark.jainSipReasonPhrase", "LookupBenchmark.sipcodesOf",
     2.0, "at least"),
    ("resourceBundleLookup vs sipcodesExplain", "ExplainBenchmark.resourceBundleLookup",
     "ExplainBenchmark.sipcodesExplain", 10.0, "at least"),
    ("jainSipParseResponse vs sipcodesStatusLine", "ParseBenchmark.jainSipParseResponse",
     "ParseBenchmark.sipcodesStatusLine", 50.0, "at least"),
]

# Allocation targets: (benchmark, at most this many bytes per operation). Hot paths allocate nothing.
ALLOCATION = [
    ("LookupBenchmark.sipcodesOf", 0),
    ("LookupBenchmark.sipcodesIsRetryable", 0),
    ("ExplainBenchmark.sipcodesExplain", 0),
]

# Comparisons without a promised target: (label, slower benchmark, faster benchmark).
COMPARISONS = [
    ("resourceBundleHeld vs sipcodesExplain", "ExplainBenchmark.resourceBundleHeld", "ExplainBenchmark.sipcodesExplain"),
    ("jainSipStatusLine vs sipcodesStatusLine (line only)", "ParseBenchmark.jainSipStatusLine",
     "ParseBenchmark.sipcodesStatusLine"),
    ("jainSipRetryAfter vs sipcodesRetryAfter", "ParseBenchmark.jainSipRetryAfter", "ParseBenchmark.sipcodesRetryAfter"),
    ("jainSipReason vs sipcodesReason", "ParseBenchmark.jainSipReason", "ParseBenchmark.sipcodesReason"),
    ("jainSipWarning vs sipcodesWarning", "ParseBenchmark.jainSipWarning", "ParseBenchmark.sipcodesWarning"),
]


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def short(name):
    return name.rsplit(".", 2)[-2] + "." + name.rsplit(".", 1)[-1]


def main(path, require_all=False):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    if not runs:
        sys.exit(f"{path}: no benchmark results")
    scores = {}
    allocs = {}
    rows = []
    for run in runs:
        name = short(run["benchmark"])
        primary = run["primaryMetric"]
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        scores[name] = primary["score"]
        allocs[name] = alloc
        error = primary.get("scoreError")
        # JMH writes "NaN" (a string) when there was a single iteration.
        error_text = f" ± {error:.2f}" if isinstance(error, (int, float)) and error == error else ""
        alloc_text = "n/a" if alloc is None else (f"{alloc:.0f}" if alloc >= 0.5 else "0")
        rows.append(f"| `{name}` | {primary['score']:.2f}{error_text} {primary['scoreUnit']} | {alloc_text} |")
    first = runs[0]
    when = datetime.fromtimestamp(os.path.getmtime(path), timezone.utc).strftime("%Y-%m-%d")
    out = [
        f"Machine: {os.cpu_count()} cores, {cpu_model()}; JDK {first.get('jdkVersion', '?')} "
        f"({first.get('vmName', '?')}); run {when}; "
        f"{first.get('forks', '?')} fork(s), {first.get('warmupIterations', '?')} warm-up and "
        f"{first.get('measurementIterations', '?')} measured iterations of {first.get('measurementTime', '?')}.",
        "",
        "| Benchmark | Time per code | B/op |",
        "| --- | --- | --- |",
        *rows,
        "",
        "| Ratio | Measured | Target | Met |",
        "| --- | --- | --- | --- |",
    ]
    for label, slow, fast, target, sense in RATIOS:
        if slow in scores and fast in scores and scores[fast] > 0:
            ratio = scores[slow] / scores[fast]
            met = ratio <= target if sense == "at most" else ratio >= target
            out.append(f"| {label} | {ratio:.1f}x | {sense} {target:g}x | {'yes' if met else 'no'} |")
        else:
            out.append(f"| {label} | not measured | {sense} {target:g}x | - |")
    for name, limit in ALLOCATION:
        alloc = allocs.get(name)
        if alloc is None:
            out.append(f"| `{name}` allocation | not measured (run with -prof gc) | at most {limit} B/op | - |")
        else:
            # Below half a byte per operation is JMH's own noise (a TLAB refill amortized over millions of calls).
            met = alloc < limit + 0.5
            out.append(f"| `{name}` allocation | {alloc:.2f} B/op | at most {limit} B/op | {'yes' if met else 'no'} |")
    out += ["", "| Comparison (no target) | Measured |", "| --- | --- |"]
    for label, slow, fast in COMPARISONS:
        if slow in scores and fast in scores and scores[fast] > 0:
            out.append(f"| {label} | {scores[slow] / scores[fast]:.1f}x |")
        else:
            out.append(f"| {label} | not measured |")
    print("\n".join(out))
    if require_all:
        wanted = {name for _, slow, fast, _, _ in RATIOS for name in (slow, fast)}
        wanted |= {name for name, _ in ALLOCATION}
        wanted |= {name for _, slow, fast in COMPARISONS for name in (slow, fast)}
        missing = sorted(wanted - scores.keys())
        if missing:
            sys.exit(f"{path}: missing benchmark results: {', '.join(missing)}")


if __name__ == "__main__":
    args = sys.argv[1:]
    strict = "--require-all" in args
    args = [a for a in args if a != "--require-all"]
    if len(args) != 1:
        sys.exit(__doc__)
    main(args[0], strict)
