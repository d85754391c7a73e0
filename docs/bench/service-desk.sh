#!/usr/bin/env bash
# Service desk load figures against a running server (./mvnw -Prun): opens N tickets through the
# REST API from P parallel clients (each dispatched by the duty roster at once), then times the SLA
# watch over every open ticket. Prints the figures; changes nothing but adding tickets.
# Usage: docs/bench/service-desk.sh [N=1000] [P=4] [base=http://127.0.0.1:8080/yikatong]
set -euo pipefail
n=${1:-1000}
p=${2:-4}
base=${3:-http://127.0.0.1:8080/yikatong}
auth='helpdesk:Ykt!Helpdesk2026'
terminals=(T0000001 T0000002 T0000003 T0000004 T0000005 T0000006 T0000007 K0000001 K0000002 G0000001 D0000001 L0000001)
categories=(HARDWARE SOFTWARE NETWORK POWER OPERATOR_ERROR)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for i in $(seq 1 "$n"); do
  t=${terminals[$((i % ${#terminals[@]}))]}
  c=${categories[$((i % ${#categories[@]}))]}
  printf '{"channel":"PHONE","reporterName":"压测","terminalId":"%s","category":"%s","title":"bench %d","description":"load"}\n' "$t" "$c" "$i"
done > "$work/bodies"

# Baseline: an authenticated read of the same size of work for the HTTP layer (HTTP Basic checks a
# bcrypt hash on every request, about 60 ms of CPU on the reference machine).
seq 1 200 | xargs -P "$p" -I{} curl -s -o /dev/null -w '%{time_total}\n' -u "$auth" \
  "$base/api/v1/sla-contracts/DEFAULT" | sort -n > "$work/baseline"
echo "baseline authenticated GET ms: p50 $(awk '{a[NR]=$1} END {printf "%.0f", a[int(NR/2)]*1000}' "$work/baseline")"

start=$(date +%s.%N)
xargs -P "$p" -d '\n' -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
  -u "$auth" -H 'Content-Type: application/json' -X POST "$base/api/v1/tickets" -d '{}' \
  < "$work/bodies" > "$work/results"
end=$(date +%s.%N)

created=$(grep -c '^201 ' "$work/results" || true)
sort -k2 -n "$work/results" | awk '{print $2}' > "$work/times"
pct() { awk -v q="$1" '{a[NR]=$1} END {i=int(NR*q); if (i<1) i=1; printf "%.0f", a[i]*1000}' "$work/times"; }
echo "tickets opened: $created of $n in $(echo "$end - $start" | bc) s with $p clients"
echo "open latency ms: p50 $(pct 0.5), p95 $(pct 0.95), max $(pct 1.0)"

start=$(date +%s.%N)
curl -s -u "$auth" -X POST "$base/api/v1/tickets/sla-check" -o "$work/check"
end=$(date +%s.%N)
open=$(curl -s -u "$auth" "$base/api/v1/tickets?status=ASSIGNED&max=500" | grep -o '"ticketNo"' | wc -l)
echo "SLA watch over every open ticket: $(echo "$end - $start" | bc) s, $(cat "$work/check") (at least $open assigned tickets listed)"
curl -s -u "$auth" "$base/api/v1/duty-roster"
echo
