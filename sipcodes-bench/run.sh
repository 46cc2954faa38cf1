#!/usr/bin/env bash
# The published benchmark run: every benchmark with the warm-up, measurement and forks its class declares (2 forks
# each), with -prof gc for the bytes allocated per operation. Writes, side by side in sipcodes-bench/results/:
#   jmh-result.json          JMH's results
#   jmh-result.machine.json  the machine, recorded now, while it runs: CPU, cores, memory, OS, JDK, date, load
#                            average before and after, the command and the commit
# then prints the README's table (results-table.py reads both files). About 10 minutes on 2 cores. Run it on a quiet
# machine: the load averages it records say how quiet it was.
# Needs sipcodes-bench/target/benchmarks.jar (mvn -B -ntp -DskipTests package builds it) and python3.
# Usage: bash sipcodes-bench/run.sh [JMH options, e.g. a benchmark regexp to run only some of them]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=sipcodes-bench/target/benchmarks.jar
result=sipcodes-bench/results/jmh-result.json
machine=sipcodes-bench/results/jmh-result.machine.json
[ -f "$jar" ] || { echo "$jar is missing: build it first (mvn -B -ntp -DskipTests package)" >&2; exit 1; }
java_cmd=$(command -v java)

# The code measured: the commit, and whether files other than earlier results differ from it.
dirty=""
if git status --porcelain --untracked-files=no -- . ':!sipcodes-bench/results' 2>/dev/null | grep -q .; then
  dirty="with uncommitted changes"
fi
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load averages*: //')
rm -f "$machine"
"$java_cmd" -jar "$jar" -prof gc -rf json -rff "$result" "$@"
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load averages*: //')
finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)

STARTED=$started FINISHED=$finished LOAD_BEFORE=$load_before LOAD_AFTER=$load_after \
  JAVA_VERSION=$("$java_cmd" -version 2>&1 | tr '\n' ' ' | sed 's/ *$//') \
  COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown) \
  DIRTY=$dirty \
  COMMAND="java -jar $jar -prof gc -rf json -rff $result $*" \
  python3 - "$machine" <<'PY'
import json, os, platform, sys

def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()

def memory():
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kib = int(f.readline().split()[1])
        return f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        return "unknown"

def distribution():
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return ""

env = os.environ
record = {
    "started": env["STARTED"],
    "finished": env["FINISHED"],
    "cpu": cpu_model(),
    "cores": os.cpu_count(),
    "memory": memory(),
    "os": " ".join(p for p in (platform.system(), platform.release(), platform.machine()) if p)
          + (f" ({distribution()})" if distribution() else ""),
    "java": env["JAVA_VERSION"],
    "loadBefore": env["LOAD_BEFORE"],
    "loadAfter": env["LOAD_AFTER"],
    "command": env["COMMAND"].strip(),
    "commit": (env["COMMIT"] + " " + env["DIRTY"]).strip(),
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(record, f, indent=2)
    f.write("\n")
PY
python3 sipcodes-bench/results-table.py "$result"
