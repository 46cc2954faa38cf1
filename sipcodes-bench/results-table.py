#!/usr/bin/env python3
"""Turns a JMH JSON result file (java -jar benchmarks.jar -prof gc -rf json -rff FILE) into the Markdown table the
README shows: machine, JDK, date, ns/op and B/op per benchmark, and the ratios the project promises.

Usage: python3 sipcodes-bench/results-table.py sipcodes-bench/results/jmh-result.json
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


def main(path):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    if not runs:
        sys.exit(f"{path}: no benchmark results")
    scores = {}
    rows = []
    for run in runs:
        name = short(run["benchmark"])
        primary = run["primaryMetric"]
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        scores[name] = primary["score"]
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
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
