#!/usr/bin/env bash
# Times the command's reading of a capture against tshark's SIP statistics, whole process against whole process, on
# the same file in the same run (issue 13, "Speed"). The capture is generated here (sipcodes-bench/capture/
# GenerateCapture.java): at least 250,000 packets of SIP over UDP with a realistic mix of requests and responses
# (Reason, Warning and Retry-After among them), every tenth call over TCP, a little RTP.
#
#   sipcodes-bench/trace-vs-tshark.sh [PACKETS]        (default 300000; needs the command's jar and tshark)
#
# Prints packets per second for both, by wall clock and by CPU time, and the ratios. Each side runs RUNS times (default 3) and the fastest run counts,
# which favours neither side. The target is at least 4x tshark's speed; the script reports, it does not fail on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
PACKETS=${1:-300000}
RUNS=${RUNS:-3}
JAR=sipcodes-cli/target/sipcodes.jar
[ -f "$JAR" ] || { echo "$JAR is missing: build it first (mvn -B -ntp -q -DskipTests package)" >&2; exit 1; }
command -v tshark >/dev/null 2>&1 || { echo "tshark is not installed" >&2; exit 1; }
[ "$PACKETS" -ge "${MIN_PACKETS:-250000}" ] || { echo "at least 250000 packets, please" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CAPTURE="$WORK/mix.pcap"
WRITTEN=$(java sipcodes-bench/capture/GenerateCapture.java "$CAPTURE" "$PACKETS")
echo "capture: $WRITTEN packets, $(($(stat -c %s "$CAPTURE") / 1048576)) MiB, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs a command RUNS times; prints the wall-clock seconds and the CPU seconds (user + system) of its fastest run by
# wall clock. CPU time says more than wall-clock time when other work loads the machine. Output: $WORK/$1.out.
fastest() {
  local name=$1 best="" cpu="" line wall used i
  shift
  for ((i = 0; i < RUNS; i++)); do
    line=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"; } 2>&1 )
    wall=${line%% *}
    used=$(echo "$line" | awk '{ print $2 + $3 }')
    if [ -z "$best" ] || awk -v t="$wall" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$wall; cpu=$used; fi
  done
  echo "$best $cpu"
}

read -r SIPCODES SIPCODES_CPU < <(fastest sipcodes java -jar "$JAR" --trace "$CAPTURE" --summary --lang en)
read -r TSHARK TSHARK_CPU < <(fastest tshark tshark -r "$CAPTURE" -q -z sip,stat)
grep -q '^Summary: ' "$WORK/sipcodes.out" || { echo "sipcodes printed no summary:" >&2; cat "$WORK/sipcodes.err" >&2; exit 1; }
grep -q 'SIP Statistics' "$WORK/tshark.out" || { echo "tshark printed no statistics:" >&2; cat "$WORK/tshark.err" >&2; exit 1; }

rate() { awk -v n="$WRITTEN" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v t="$1" -v s="$2" 'BEGIN { printf "%.1f", t / s }'; }
line() {
  printf '%-9s %8.2f s wall %9s packets/s   %8.2f s CPU %9s packets/s   (%s)\n' "$1" "$2" "$(rate "$2")" "$3" \
    "$(rate "$3")" "$4"
}
line sipcodes "$SIPCODES" "$SIPCODES_CPU" "java -jar $JAR --trace FILE --summary"
line tshark "$TSHARK" "$TSHARK_CPU" "tshark -r FILE -q -z sip,stat"
echo "ratio: sipcodes reads $(ratio "$TSHARK" "$SIPCODES")x as many packets per second as tshark by wall clock," \
  "$(ratio "$TSHARK_CPU" "$SIPCODES_CPU")x by CPU time (target: 4x)"
