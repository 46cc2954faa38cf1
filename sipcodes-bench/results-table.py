#!/usr/bin/env python3
"""Turns a JMH JSON result file into the Markdown tables the README shows: the machine the run was made on, the run's
settings per benchmark class, ns/op and B/op per benchmark, and the ratios with their error.

Usage: python3 sipcodes-bench/results-table.py [--require-all] sipcodes-bench/results/jmh-result.json

The machine comes from the file sipcodes-bench/run.sh writes next to the results while it runs (jmh-result.json ->
jmh-result.machine.json), never from the machine that formats the table. Without that file the table says so.

A ratio's error comes from the JMH errors of its two scores (each the half-width of JMH's 99.9% confidence interval):
for r = a / b, the relative errors add in quadrature, err(r) = r * sqrt((err(a) / a)^2 + (err(b) / b)^2).

--require-all fails (exit 1) when a benchmark the ratio, comparison or allocation tables name is missing from the
file: the smoke run uses it to prove that every benchmark ran. It never fails on a target missed, since short runs are
too noisy to judge.
"""
import json
import math
import os
import sys

# Like for like: both sides do the same work on the same input.
# (label, slower benchmark, faster benchmark, target, how the target reads)
RATIOS = [
    ("sipcodesOf vs arrayBaseline (the limit)", "LookupBenchmark.sipcodesOf", "LookupBenchmark.arrayBaseline",
     1.3, "at most"),
    ("jainSipReasonPhrase vs sipcodesOf", "LookupBenchmark.jainSipReasonPhrase", "LookupBenchmark.sipcodesOf",
     2.0, "at least"),
    ("resourceBundleLookup vs sipcodesExplain", "ExplainBenchmark.resourceBundleLookup",
     "ExplainBenchmark.sipcodesExplain", 10.0, "at least"),
    ("jainSipParseResponse vs sipcodesResponseHead (same bytes, whole head)", "ParseBenchmark.jainSipParseResponse",
     "ParseBenchmark.sipcodesResponseHead", 10.0, "at least"),
]

# Allocation targets: (benchmark, at most this many bytes per operation). Hot paths allocate nothing.
ALLOCATION = [
    ("LookupBenchmark.sipcodesOf", 0),
    ("LookupBenchmark.sipcodesIsRetryable", 0),
    ("ExplainBenchmark.sipcodesExplain", 0),
]

# Comparisons without a promised target: (label, slower benchmark, faster benchmark). Like for like first.
COMPARISONS = [
    ("hashMapBoxed vs sipcodesOf", "LookupBenchmark.hashMapBoxed", "LookupBenchmark.sipcodesOf"),
    ("linearScan vs sipcodesOf", "LookupBenchmark.linearScan", "LookupBenchmark.sipcodesOf"),
    ("resourceBundleHeld vs sipcodesExplain", "ExplainBenchmark.resourceBundleHeld",
     "ExplainBenchmark.sipcodesExplain"),
    ("jainSipStatusLine vs sipcodesStatusLine (same line)", "ParseBenchmark.jainSipStatusLine",
     "ParseBenchmark.sipcodesStatusLine"),
    ("jainSipRetryAfter vs sipcodesRetryAfter (same line)", "ParseBenchmark.jainSipRetryAfter",
     "ParseBenchmark.sipcodesRetryAfter"),
    ("jainSipReason vs sipcodesReason (same line)", "ParseBenchmark.jainSipReason", "ParseBenchmark.sipcodesReason"),
    ("jainSipWarning vs sipcodesWarning (same line)", "ParseBenchmark.jainSipWarning",
     "ParseBenchmark.sipcodesWarning"),
    ("jainSipParseResponse vs sipcodesDiagnosis (same bytes, read into a Diagnosis)",
     "ParseBenchmark.jainSipParseResponse", "ParseBenchmark.sipcodesDiagnosis"),
    ("jainSipParseResponse vs sipcodesStatusLine (not like for like: a whole response vs its status line)",
     "ParseBenchmark.jainSipParseResponse", "ParseBenchmark.sipcodesStatusLine"),
]


def short(name):
    return name.rsplit(".", 2)[-2] + "." + name.rsplit(".", 1)[-1]


def error_of(primary):
    """JMH's score error, or None when it has none (it writes the string "NaN" for a single iteration)."""
    error = primary.get("scoreError")
    return error if isinstance(error, (int, float)) and not math.isnan(error) else None


def ratio(scores, errors, slow, fast):
    """Returns (ratio, error or None) of two scores, or None when either is missing."""
    if slow not in scores or fast not in scores or scores[fast] <= 0:
        return None
    value = scores[slow] / scores[fast]
    if errors.get(slow) is None or errors.get(fast) is None:
        return value, None
    return value, value * math.hypot(errors[slow] / scores[slow], errors[fast] / scores[fast])


def ratio_text(measured):
    value, error = measured
    digits = 2 if value < 10 else 1
    return f"{value:.{digits}f}x" + ("" if error is None else f" ± {error:.{digits}f}")


def machine_line(path):
    machine_path = os.path.splitext(path)[0] + ".machine.json"
    try:
        with open(machine_path, encoding="utf-8") as f:
            m = json.load(f)
    except FileNotFoundError:
        return (f"Machine: not recorded ({os.path.basename(machine_path)} is missing; sipcodes-bench/run.sh records it "
                "while it runs).")
    return (f"Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory', '?')}; {m.get('os', '?')}; "
            f"{m.get('java', '?')}. Run {m.get('started', '?')} to {m.get('finished', '?')}, load average "
            f"(1, 5, 15 min) {m.get('loadBefore', '?')} before and {m.get('loadAfter', '?')} after; commit "
            f"{m.get('commit', '?')}; `{m.get('command', '?')}`.")


def settings_lines(runs):
    """One line per benchmark class: forks, warm-up and measurement as the run used them."""
    by_class = {}
    for run in runs:
        cls = short(run["benchmark"]).split(".")[0]
        by_class.setdefault(cls, run)
    lines = []
    few_forks = False
    for cls, run in sorted(by_class.items()):
        forks = run.get("forks", 0)
        few_forks |= forks < 2
        lines.append(f"- `{cls}`: {forks} fork(s), {run.get('warmupIterations', '?')} x {run.get('warmupTime', '?')} "
                     f"warm-up, {run.get('measurementIterations', '?')} x {run.get('measurementTime', '?')} measured.")
    if few_forks:
        lines.append("- Not a published run: fewer than 2 forks.")
    return lines


def main(path, require_all=False):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    if not runs:
        sys.exit(f"{path}: no benchmark results")
    scores = {}
    errors = {}
    allocs = {}
    rows = []
    for run in runs:
        name = short(run["benchmark"])
        primary = run["primaryMetric"]
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        scores[name] = primary["score"]
        errors[name] = error_of(primary)
        allocs[name] = alloc
        error_text = "" if errors[name] is None else f" ± {errors[name]:.2f}"
        alloc_text = "n/a" if alloc is None else (f"{alloc:.0f}" if alloc >= 0.5 else "0")
        rows.append(f"| `{name}` | {primary['score']:.2f}{error_text} {primary['scoreUnit']} | {alloc_text} |")
    out = [
        machine_line(path),
        "",
        *settings_lines(runs),
        "",
        "| Benchmark | Time per operation | B/op |",
        "| --- | --- | --- |",
        *rows,
        "",
        "| Ratio (like for like) | Measured | Target | Met |",
        "| --- | --- | --- | --- |",
    ]
    for label, slow, fast, target, sense in RATIOS:
        measured = ratio(scores, errors, slow, fast)
        if measured is None:
            out.append(f"| {label} | not measured | {sense} {target:g}x | - |")
        else:
            met = measured[0] <= target if sense == "at most" else measured[0] >= target
            out.append(f"| {label} | {ratio_text(measured)} | {sense} {target:g}x | {'yes' if met else 'no'} |")
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
        measured = ratio(scores, errors, slow, fast)
        out.append(f"| {label} | {'not measured' if measured is None else ratio_text(measured)} |")
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
