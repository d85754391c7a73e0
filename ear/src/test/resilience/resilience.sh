#!/usr/bin/env bash
# The resilience suite: a two-node cluster on this machine (ear/src/main/cluster/cluster.sh) under
# payment load from the gateway simulator (FailoverLoad), whose nodes are killed with SIGKILL and
# whose PostgreSQL server is stopped and started again, with the books checked after every step.
#
#   ear/src/test/resilience/resilience.sh [--cycles=N] [--db-outages=N] [--outage-seconds=S]
#                                         [--load-seconds=S] [--report=FILE]
#
# Short form (CI, .ci/run): --cycles=1 --db-outages=1. Long form (docs/resilience.md):
# --cycles=20 --db-outages=3. Each kill cycle: load on both nodes, a ticket whose SLA warning falls
# due after the kill, a console user logged in on the victim; SIGKILL one node (alternating);
# the gateways move to the survivor, payments without an answer are sent again with their key;
# then checks: every payment a terminal saw approved is in the journal exactly once with its
# amount, no payment answered otherwise and no other payment of the run's terminals is, the ledger
# self-check (every balance equals its postings, every entry balanced) and the sum of all postings
# (zero); the console user is still logged in on the survivor; a command queued on the survivor
# for a terminal reached the terminal; both nodes see the terminals online. The victim is then
# started again (not after the last cycle). Each database outage: load on the running nodes,
# PostgreSQL stopped for S seconds and started again; requests must be answered 96 meanwhile,
# approvals must resume within 2 s of the database's return, the server logs must stay small.
# At the end every ticket must carry exactly one SLA warning (and no warning notice twice),
# recorded within two minutes of its due time, whichever node ran the watch.
#
# Needs: a JDK, PostgreSQL on 127.0.0.1:5432 that this user may stop and start (pg_ctlcluster),
# psql, curl. Uses the database yikatong_resilience (dropped and created afresh) and ports 8080+,
# 9990+, 9500+, 7600+ (nodes ykt1 and ykt2, offsets 0 and 100; YIKATONG_OFFSET_BASE moves them).
# Exit status 0 when every check passed; the figures go to the report.
set -euo pipefail
root=${YIKATONG_ROOT:-$(cd "$(dirname "$0")/../../../.." && pwd)}
cluster="${YIKATONG_CLUSTER_SCRIPT:-$root/ear/src/main/cluster/cluster.sh}"
here="$root/ear/target/resilience"
cycles=1 outages=1 outage_seconds=10 load_seconds=20 report="$here/report.txt"
for arg in "$@"; do
  case "$arg" in
    --cycles=*) cycles=${arg#*=} ;;
    --db-outages=*) outages=${arg#*=} ;;
    --outage-seconds=*) outage_seconds=${arg#*=} ;;
    --load-seconds=*) load_seconds=${arg#*=} ;;
    --report=*) report=${arg#*=} ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
offset_base=${YIKATONG_OFFSET_BASE:-0}
db=yikatong_resilience
db_url="jdbc:postgresql://127.0.0.1:5432/$db"
export PGPASSWORD=yikatong
admin='admin:Ykt!Admin2026'
nodes=(ykt1 ykt2)
http_port() { echo $((8080 + offset_base + 100 * $1)); }
adapter_port() { echo $((9500 + offset_base + 100 * $1)); }
api() { echo "http://localhost:$(http_port "$1")/yikatong/api/v1"; }
addresses="127.0.0.1:$(adapter_port 0),127.0.0.1:$(adapter_port 1)"
simulator="$root/jca-card-adapter/simulator/target/yikatong-gateway-simulator-cli.jar"
pg_version=$(ls /etc/postgresql | sort -V | tail -n 1)

failures=0
fail() { echo "FAILED: $*" | tee -a "$here/failures.txt" >&2; failures=$((failures + 1)); }
log() { printf '\n== %s ==\n' "$*"; }
now_ms() { date +%s%3N; }
sql() { psql -h 127.0.0.1 -U yikatong -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }

rm -rf "$here"; mkdir -p "$here"
: >"$here/failures.txt"

log "Cluster of two nodes on a fresh database $db"
[ -f "$simulator" ] || (cd "$root" && ./mvnw -B -q -pl jca-card-adapter/simulator -am -DskipTests package)
"$cluster" start --nodes=ykt1,ykt2 --fresh-db --db-url="$db_url" --offset-base="$offset_base"
suite_started=$(now_ms)

log "Misconfigured starts fail at once, saying what to fix, and start nothing"
refused() { # the cluster's directory, the expected message, then the start's arguments
  local home=$1 expected=$2 out rc started=$SECONDS
  shift 2
  out=$(YIKATONG_CLUSTER_HOME="$home" "$cluster" start "$@" 2>&1) && rc=0 || rc=$?
  echo "cluster.sh start $*: $out"
  [ "$rc" -ne 0 ] && [[ "$out" == *"$expected"* ]] && [ $((SECONDS - started)) -lt 10 ] \
    || fail "cluster.sh start $* did not fail at once with '$expected' (exit $rc): $out"
}
refused "$here/misconfigured" "is taken by another process" --offset-base="$offset_base" --db-url="$db_url"
refused "$here/misconfigured" "is given twice" --nodes=ykt3,ykt3 --offset-base=20000 --db-url="$db_url"
refused "$here/misconfigured" "database unreachable at 127.0.0.1:5439" --offset-base=20000 --db-url=jdbc:postgresql://127.0.0.1:5439/yikatong
refused "$here/misconfigured" "H2 is embedded in one process" --offset-base=20000 --db-url=jdbc:h2:file:/tmp/yikatong
refused "${YIKATONG_CLUSTER_HOME:-$root/ear/target/cluster}" "is already running" --nodes=ykt1 --offset-base="$offset_base" --db-url="$db_url"

log "One WildFly timer row per scheduled job, whichever node created it"
dups=$(sql -c "SELECT timed_object_id || ' ' || count(*) FROM jboss_ejb_timer
               WHERE partition_name = 'yikatong' GROUP BY timed_object_id HAVING count(*) > 1")
[ -z "$dups" ] || fail "scheduled jobs with more than one timer: $dups"
sql -c "SELECT count(*) FROM jboss_ejb_timer WHERE partition_name = 'yikatong'" | sed 's/^/timers: /'

log "SLA contract for the timer check: response within 2 minutes, warned 1 minute before"
curl -fsS -u "$admin" -H 'Content-Type: application/json' -o /dev/null \
  -d '{"code":"RESILIENCE","name":"Resilience check","calendar":"CN"}' "$(api 0)/sla-contracts"
curl -fsS -u "$admin" -H 'Content-Type: application/json' -o /dev/null -X PUT \
  -d '{"amount":2,"unit":"MINUTES","basis":"ROUND_THE_CLOCK","warningMinutes":1}' \
  "$(api 0)/sla-contracts/RESILIENCE/targets/LEVEL_3/RESPONSE"
: >"$here/tickets.txt"

open_ticket() { # on node $1; the ticket number goes to tickets.txt
  local body
  body=$(curl -fsS -u "$admin" -H 'Content-Type: application/json' \
    -d '{"channel":"PHONE","reporterName":"韧性检查","category":"NETWORK","level":"LEVEL_3","campusWide":false,"title":"韧性检查","description":"集群节点失效时 SLA 预警只发一次","contract":"RESILIENCE"}' \
    "$(api "$1")/tickets")
  echo "$body" | grep -o '"ticketNo":"[^"]*"' | cut -d'"' -f4 >>"$here/tickets.txt"
}

run_load() { # name, seconds: FailoverLoad in the background, pid in load_pid
  java -cp "$simulator" org.yikatong.simulator.FailoverLoad --addresses="$addresses" \
    --duration="$2" --gateways=2 --heartbeat-ms=2000 --answer-timeout-ms=3000 \
    --outcomes-out="$here/$1.outcomes.csv" --events-out="$here/$1.events.csv" >"$here/$1.load.log" 2>&1 &
  load_pid=$!
}

check_books() { # name, node: the journal against what the terminals saw in every step so far
  local name=$1 out f copies=""
  for f in "$here"/*.outcomes.csv; do
    copies="$copies\\copy seen FROM '$f' WITH (FORMAT csv, HEADER true)"$'\n'
  done
  out=$(sql <<SQL
CREATE TEMP TABLE seen (terminal text, rrn text, card text, amount_fen bigint, code text,
                        answered_at_ms bigint, address text, sends int);
$copies
SELECT 'payments ' || count(*) FROM seen;
SELECT 'approved ' || count(*) FROM seen WHERE code = '00';
SELECT 'unanswered ' || count(*) FROM seen WHERE code = 'none';
SELECT 'approved_missing_or_other_amount ' || count(*) FROM seen s
  LEFT JOIN journal_entry j ON j.business_key = 'TERM:' || s.terminal || ':' || s.rrn
  WHERE s.code = '00' AND (j.id IS NULL OR j.amount_fen <> s.amount_fen);
SELECT 'posted_though_declined ' || count(*) FROM seen s
  JOIN journal_entry j ON j.business_key = 'TERM:' || s.terminal || ':' || s.rrn
  WHERE s.code <> '00';
SELECT 'posted_never_approved ' || count(*) FROM journal_entry j
  WHERE j.terminal_code IN (SELECT DISTINCT terminal FROM seen)
    AND j.posted_at >= to_timestamp($suite_started / 1000.0)
    AND NOT EXISTS (SELECT 1 FROM seen s WHERE s.code = '00'
                    AND j.business_key = 'TERM:' || s.terminal || ':' || s.rrn);
SELECT 'postings_sum ' || coalesce(sum(amount_fen), 0) FROM posting;
SQL
)
  echo "$out" | sed "s/^/$name: /"
  local v
  for v in unanswered approved_missing_or_other_amount posted_though_declined posted_never_approved postings_sum; do
    [ "$(echo "$out" | awk -v k="$v" '$1 == k {print $2}')" = 0 ] || fail "$name: $v is $(echo "$out" | awk -v k="$v" '$1 == k {print $2}')"
  done
  payments_checked=$(echo "$out" | awk '$1 == "payments" {print $2}')
  local self
  self=$(curl -fsS -u "$admin" "$(api "$2")/ledger/self-check")
  echo "$name: self-check $self"
  echo "$self" | grep -q '"unbalancedEntries":\[\]' && echo "$self" | grep -q '"balanceMismatches":\[\]' \
    && echo "$self" | grep -q '"postingsTotalFen":0' || fail "$name: ledger self-check not sound: $self"
}

# Scheduled jobs that run every minute: while both nodes are up, each must have run exactly once
# per minute in all, counted by the EJB invocation counters of both nodes' /metrics.
every_minute_jobs='SlaWatch|NotificationSender|TopUpOrders|MaintenanceWatch|AlertEvaluator'
job_runs() { # the jobs' invocations summed over both nodes, one "Name count" line each
  local n
  for n in 0 1; do
    curl -fsS "http://127.0.0.1:$((9990 + offset_base + 100 * n))/metrics" \
      | grep -E "^ejb3_invocations_total\{.*name=\"($every_minute_jobs)\"" \
      | sed -E 's/.*name="([A-Za-z]+)".*\} ([0-9.]+)$/\1 \2/'
  done | awk '{ sum[$1] += $2 } END { for (j in sum) printf "%s %d\n", j, sum[j] }' | sort
}
window_start() { window_from=$(date +%s); job_runs >"$here/jobs-start.txt"; }
window_end() { # both nodes were up since window_start: every job ran once per minute mark
  local to marks
  to=$(date +%s)
  job_runs >"$here/jobs-end.txt"
  # minute marks well inside the window (3 s from either edge: the counters are read in well under
  # a second, and a timer fires within a second of its mark); none near an edge, or no check
  if awk -v f="$window_from" -v t="$to" 'BEGIN { for (m = int(f / 60) * 60; m <= t + 60; m += 60)
       if ((m > f - 3 && m <= f + 3) || (m > t - 3 && m <= t + 3)) exit 0; exit 1 }'; then
    echo "timers: a minute mark lies at the window's edge; not counted"
    return
  fi
  marks=$(awk -v f="$window_from" -v t="$to" 'BEGIN { n = 0; for (m = int(f / 60) * 60 + 60; m < t; m += 60) n++; print n }')
  while read -r job before; do
    after=$(awk -v j="$job" '$1 == j { print $2 }' "$here/jobs-end.txt")
    echo "timers: $job ran $((after - before)) time(s) on the two nodes over $marks minute mark(s)"
    [ "$((after - before))" -eq "$marks" ] || fail "$job ran $((after - before)) times over $marks minute marks with both nodes up"
  done <"$here/jobs-start.txt"
  timer_marks=$((timer_marks + marks))
}
timer_marks=0

payments_checked=0
log "Warm-up: load on both nodes until a minute mark has passed, the books checked"
window_start
run_load warmup $(( 10 > 65 - $(date +%s) % 60 ? 10 : 65 - $(date +%s) % 60 ))
wait "$load_pid" || fail "warm-up: the load reported payments without an answer or bad MACs"
tail -n 1 "$here/warmup.load.log"
check_books warmup 0

: >"$here/failover-seconds.txt"
: >"$here/resume-seconds.txt"

for cycle in $(seq 1 "$cycles"); do
  victim=$(( (cycle - 1) % 2 )); survivor=$(( 1 - victim ))
  vname=${nodes[$victim]}; sname=${nodes[$survivor]}
  log "Kill cycle $cycle of $cycles: $vname dies under load, $sname serves"
  open_ticket "$victim"
  rm -f "$here/cookies"
  curl -fsS -c "$here/cookies" -b "$here/cookies" -o /dev/null "http://localhost:$(http_port "$victim")/yikatong/"
  curl -fsS -c "$here/cookies" -b "$here/cookies" -o /dev/null --data-urlencode 'j_username=admin' \
    --data-urlencode 'j_password=Ykt!Admin2026' "http://localhost:$(http_port "$victim")/yikatong/login"
  curl -fsS -c "$here/cookies" -b "$here/cookies" -o "$here/page-before.html" "http://localhost:$(http_port "$victim")/yikatong/index.xhtml"
  grep -q 'logout' "$here/page-before.html" || fail "cycle $cycle: console login on $vname failed"
  # the kill comes a third into the load, and not before a minute mark has passed with both nodes
  # up (by 5 s, clear of the 3 s the count leaves at each edge), so every cycle counts the jobs;
  # the victim's restart then ends some 45 s after a mark, clear of the next one
  wait_s=$(( ((window_from + 3) / 60 + 1) * 60 + 5 - $(date +%s) ))
  [ "$wait_s" -ge $((load_seconds / 3)) ] || wait_s=$((load_seconds / 3))
  run_load "cycle$cycle" $((wait_s + load_seconds - load_seconds / 3))
  sleep "$wait_s"
  window_end
  killed=$("$cluster" kill "$vname")
  echo "$killed"
  kill_at=$(echo "$killed" | sed -n 's/.* at \([0-9]*\)$/\1/p')
  # a command for a terminal, queued on the survivor while the gateways move
  curl -fsS -u "$admin" -H 'Content-Type: application/json' -o "$here/cycle$cycle.command.json" \
    -d "{\"command\":\"NOTICE\",\"payload\":\"韧性检查 $cycle\"}" "$(api "$survivor")/terminals/T0000001/commands"
  command_id=$(grep -o '"id":[0-9]*' "$here/cycle$cycle.command.json" | head -n 1 | cut -d: -f2)
  wait "$load_pid" || fail "cycle $cycle: the load reported payments without an answer or bad MACs"
  tail -n 8 "$here/cycle$cycle.load.log"
  # seconds from the kill to the first answer on the survivor, for each gateway that lost the victim
  fo=$(awk -F, -v k="$kill_at" -v a="127.0.0.1:$(adapter_port "$survivor")" -v v="127.0.0.1:$(adapter_port "$victim")" '
    $3 == "lost" && $4 == v && $1 >= k - 1000 { lost[$2] = 1 }
    $3 == "served" && $4 == a && $1 >= k && !($2 in first) { first[$2] = $1 }
    END { m = -1; for (g in lost) { if (!(g in first)) { print "never"; exit } d = (first[g] - k) / 1000; if (d > m) m = d } if (m < 0) print "none"; else printf "%.2f\n", m }' \
    "$here/cycle$cycle.events.csv")
  echo "cycle $cycle: the survivor served the killed node's terminals $fo s after the kill"
  case "$fo" in never|none) fail "cycle $cycle: no gateway moved to $sname after the kill ($fo)" ;; *) echo "$fo" >>"$here/failover-seconds.txt" ;; esac
  check_books "cycle$cycle" "$survivor"
  curl -fsS -c "$here/cookies" -b "$here/cookies" -o "$here/page-after.html" "http://localhost:$(http_port "$survivor")/yikatong/index.xhtml"
  grep -q 'logout' "$here/page-after.html" && ! grep -q 'j_password' "$here/page-after.html" \
    || fail "cycle $cycle: the console session of $vname did not survive on $sname"
  echo "cycle $cycle: the console user logged in on $vname is still logged in on $sname"
  status=""
  for _ in $(seq 1 20); do
    status=$(curl -fsS -u "$admin" "$(api "$survivor")/terminals/T0000001/commands" | grep -o "\"id\":$command_id[^}]*" | grep -o '"status":"[A-Z]*"' || true)
    [ "$status" = '"status":"ACKNOWLEDGED"' ] && break
    sleep 1
  done
  [ "$status" = '"status":"ACKNOWLEDGED"' ] || fail "cycle $cycle: the command queued on $sname was not acknowledged ($status)"
  echo "cycle $cycle: command $command_id queued on $sname acknowledged by T0000001"
  if [ "$cycle" -lt "$cycles" ]; then
    "$cluster" restart "$vname"
    window_start
    stale=$(sql -c "SELECT count(*) FROM gateway_connection WHERE node_name = '$vname'
                    AND closed_at IS NULL AND opened_at < to_timestamp($kill_at / 1000.0)")
    echo "cycle $cycle: gateway connections of the killed $vname still open after its restart: $stale"
    [ "$stale" -eq 0 ] || fail "cycle $cycle: $stale connections of the killed $vname still open"
    for n in 0 1; do
      # JSON-B writes the fields in alphabetical order: "online" comes before "terminalId"
      online=$(curl -fsS -u "$admin" "$(api "$n")/monitoring/terminals?window=5" \
        | grep -oE '"online":(true|false),[^{}]*"terminalId":"T0000001"' | grep -oE '"online":(true|false)' || true)
      [ "$online" = '"online":true' ] || fail "cycle $cycle: ${nodes[$n]} does not see T0000001 online ($online)"
    done
  fi
done

alive=()
for n in 0 1; do
  curl -fsS "http://127.0.0.1:$((9990 + offset_base + 100 * n))/health/ready" 2>/dev/null | grep -q '"status":"UP"' && alive+=("$n")
done

for outage in $(seq 1 "$outages"); do
  log "Database outage $outage of $outages: PostgreSQL stopped for $outage_seconds s under load"
  declare -A log_before=()
  for n in "${alive[@]}"; do
    log_before[$n]=$(stat -c %s "$root/ear/target/cluster/${nodes[$n]}/log/server.log")
  done
  run_load "outage$outage" $((outage_seconds + 20))
  sleep 6
  down_at=$(now_ms)
  pg_ctlcluster --skip-systemctl-redirect "$pg_version" main stop -m fast
  sleep "$outage_seconds"
  pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
  until pg_isready -h 127.0.0.1 -p 5432 -q; do sleep 0.1; done
  up_at=$(now_ms)
  wait "$load_pid" || fail "outage $outage: the load reported payments without an answer or bad MACs"
  tail -n 8 "$here/outage$outage.load.log"
  read -r answered96 resume < <(awk -F, -v d="$down_at" -v u="$up_at" '
    NR > 1 && $6 >= d && $6 < u && $5 == "96" { n96++ }
    NR > 1 && $5 == "00" && $6 >= u && (first == "" || $6 < first) { first = $6 }
    END { printf "%d %s\n", n96, (first == "" ? "never" : sprintf("%.2f", (first - u) / 1000)) }' \
    "$here/outage$outage.outcomes.csv")
  echo "outage $outage: $answered96 payments answered 96 while the database was down; approvals resumed $resume s after it was back"
  [ "$answered96" -gt 0 ] || fail "outage $outage: no payment was answered 96 while the database was down"
  case "$resume" in never) fail "outage $outage: approvals never resumed" ;;
    *) echo "$resume" >>"$here/resume-seconds.txt"
       awk -v r="$resume" 'BEGIN { exit !(r <= 2.0) }' || fail "outage $outage: approvals resumed only $resume s after the database returned (at most 2 s)" ;;
  esac
  for n in "${alive[@]}"; do
    f="$root/ear/target/cluster/${nodes[$n]}/log/server.log"
    grew=$(( $(stat -c %s "$f") - ${log_before[$n]} ))
    traces=$(tail -c "$grew" "$f" | grep -c $'^\tat ' || true)
    echo "outage $outage: ${nodes[$n]} server.log grew $grew bytes, $traces stack-trace lines"
    echo "${nodes[$n]} $grew $traces" >>"$here/log-growth.txt"
    [ "$grew" -lt 2000000 ] || fail "outage $outage: ${nodes[$n]} wrote $grew bytes of log during the outage"
  done
  check_books "outage$outage" "${alive[0]}"
done

log "SLA warnings: exactly one per ticket, on time, whoever ran the watch"
deadline=$(( $(date +%s) + 150 ))
while :; do
  pending=0
  for t in $(cat "$here/tickets.txt"); do
    n=$(sql -c "SELECT count(*) FROM sla_event e JOIN ticket k ON k.id = e.ticket_id
                WHERE k.ticket_no = '$t' AND e.event_kind = 'WARNING' AND e.sla_target = 'RESPONSE'")
    [ "$n" -ge 1 ] || pending=$((pending + 1))
  done
  [ "$pending" -eq 0 ] && break
  [ "$(date +%s)" -lt "$deadline" ] || break
  sleep 5
done
warnings_checked=0
for t in $(cat "$here/tickets.txt"); do
  events=$(curl -fsS -u "$admin" "$(api "${alive[0]}")/tickets/$t/sla-events")
  w=$(echo "$events" | grep -o '{[^}]*}' | grep '"kind":"WARNING"' | grep -c '"target":"RESPONSE"' || true)
  [ "$w" -eq 1 ] || fail "ticket $t has $w response warnings (one expected): $events"
  notices=$(sql -c "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM outbox_message
                      WHERE reference_no = '$t' AND notice_kind = 'SLA_WARNING'
                      GROUP BY recipient_key, channel) per_recipient")
  late=$(sql -c "SELECT max(extract(epoch FROM (e.recorded_at - (e.due_at - interval '1 minute'))))::int
                 FROM sla_event e JOIN ticket k ON k.id = e.ticket_id
                 WHERE k.ticket_no = '$t' AND e.event_kind = 'WARNING' AND e.sla_target = 'RESPONSE'")
  echo "ticket $t: $w response warning, recorded $late s after it fell due, at most $notices warning notice per recipient and channel"
  [ -n "$late" ] && [ "$late" -le 120 ] || fail "ticket $t: the warning came $late s after it fell due"
  [ "$notices" -le 1 ] || fail "ticket $t: $notices warning notices to one recipient"
  warnings_checked=$((warnings_checked + 1))
done

if [ "$cycles" -ge 1 ]; then
  log "The last killed node, $vname, found lost by the survivor: its connections closed"
  how=""
  for _ in $(seq 1 90); do
    how=$(sql -c "SELECT left_how FROM cluster_node WHERE node_name = '$vname'")
    [ "$how" = LOST ] && break
    sleep 1
  done
  stale=$(sql -c "SELECT count(*) FROM gateway_connection WHERE node_name = '$vname' AND closed_at IS NULL")
  lost=$(sql -c "SELECT count(*) FROM gateway_connection WHERE node_name = '$vname' AND close_reason = 'NODE_LOST'")
  echo "$vname: $how; connections still open: $stale; closed as NODE_LOST: $lost"
  [ "$how" = LOST ] || fail "$vname was not marked lost by the survivor ($how)"
  [ "$stale" -eq 0 ] || fail "$stale connections of the lost $vname still open"
fi

"$cluster" stop

stats() { # min median max of a file of numbers
  sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit } printf "min %.2f, median %.2f, max %.2f (%d)\n", v[1], v[int((NR + 1) / 2)], v[NR], NR }'
}
{
  echo "Resilience suite, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
  echo "kill cycles run: $cycles; database outages: $outages of $outage_seconds s"
  echo "payments checked against the journal: $payments_checked"
  echo "seconds until the survivor served the killed node's terminals: $(stats "$here/failover-seconds.txt")"
  echo "seconds until approvals resumed after the database returned: $(stats "$here/resume-seconds.txt")"
  [ -f "$here/log-growth.txt" ] && echo "server.log growth per node and outage (bytes, stack-trace lines): $(tr '\n' ';' <"$here/log-growth.txt")"
  echo "tickets whose SLA warning was checked: $warnings_checked"
  echo "minute marks with both nodes up at which each every-minute job ran exactly once in all: $timer_marks"
  echo "failures: $failures"
  [ "$failures" -eq 0 ] || cat "$here/failures.txt"
} | tee "$report"
[ "$failures" -eq 0 ]
