#!/usr/bin/env bash
# Lunch rush: card payments offered at fixed rates (open loop) against the server on PostgreSQL,
# with latency from each payment's intended send time, the server's CPU per approved payment, its
# heap, and a check that every approved payment is in the journal exactly once.
#
# Creates a fresh PostgreSQL database (synchronous_commit on), starts the run command on it
# (./mvnw -Prun -Ddb=postgresql, demo data), registers POS terminals beyond the seven demo ones
# when TERMINALS asks for more (spread over the demo merchants), picks the cards that can pay for
# the whole run, and then, for each rate in RATES, runs the gateway simulator's open-loop
# benchmark: WARMUP seconds not measured, then DURATION seconds measured. Rates go up one after
# the other on the same server and database, as a lunch rush builds up.
#
# Per step, sampled at the start and the end of the measured window (the driver announces both):
#   - the WildFly java process's CPU time (utime + stime from /proc/<pid>/stat), divided by the
#     payments approved within the window: server CPU ms per approved payment;
#   - the whole machine's busy CPU (/proc/stat): the driver and PostgreSQL share it;
#   - GC time (jstat -gc GCT) and heap used/committed (jstat -gc), the heap also after the
#     warm-up and at the end of the step (jcmd GC.heap_info, kept in files).
# The driver's figures come from its RESULT line: offered, answered and approved per second, p50,
# p90, p99, p99.9 and max latency from the intended send time, timeouts, late sends, declines.
#
# Correctness, after the last step:
#   - the ledger self-check (GET /api/v1/ledger/self-check as auditor) finds nothing;
#   - every payment the driver saw approved (terminal, RRN) is a PAYMENT entry of that terminal
#     under its business key TERM:<terminal>:<rrn>, exactly once, and was approved once;
#   - no other PAYMENT entry of those terminals was posted since the first step started, apart
#     from payments the driver sent and never heard back about (listed, not counted as errors).
# The server is then stopped (jboss-cli :shutdown) and the table printed. Exit status 0 when the
# correctness checks pass, 1 otherwise; a step whose driver reports unanswered payments is shown,
# not fatal (past saturation that is the finding).
#
# Needs: psql reaching PostgreSQL as a superuser (trust auth on 127.0.0.1, or run as root; any
# PGPASSWORD in the environment is used), java, jcmd and jstat of a JDK 17+, curl, python3, ss,
# ports 8080, 9990 and 9500 free. The database is left in place for inspection.
#
# Usage: docs/bench/lunch-rush.sh
# Settings (environment):
#   RATES="100 200 500 1000"  payments per second, one step each
#   DURATION=60 WARMUP=15     seconds measured and seconds of warm-up per step
#   PAUSE=10                  seconds between steps
#   TERMINALS=7               POS terminals; above 7, B0000001... are registered for M0001..M0004
#   CONNECTIONS=2             gateway connections (the adapter takes 16 per address)
#   MAX_AMOUNT=10             payments are 1..MAX_AMOUNT fen (the demo cards' balances and daily
#                             limit of 300.00 must carry the whole run)
#   TIMEOUT_MS=2000           an answer later than this after the intended time is a timeout
#   DB_NAME=yikatong_rush PG_HOST=127.0.0.1 PG_PORT=5432 OUT=<directory for output>
#   DRIVER_JAVA_OPTS="-Xms256m -Xmx512m"
set -euo pipefail

read -r -a rates <<< "${RATES:-100 200 500 1000}"
duration=${DURATION:-60}
warmup=${WARMUP:-15}
pause=${PAUSE:-10}
n_terminals=${TERMINALS:-7}
connections=${CONNECTIONS:-2}
max_amount=${MAX_AMOUNT:-10}
timeout_ms=${TIMEOUT_MS:-2000}
db=${DB_NAME:-yikatong_rush}
pg_host=${PG_HOST:-127.0.0.1}
pg_port=${PG_PORT:-5432}
driver_java_opts=${DRIVER_JAVA_OPTS:--Xms256m -Xmx512m}
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-$(mktemp -d /tmp/lunch-rush.XXXXXX)}
mkdir -p "$out"
sim_jar=$repo/jca-card-adapter/simulator/target/yikatong-gateway-simulator-cli.jar
base=http://127.0.0.1:8080/yikatong
admin='admin:Ykt!Admin2026'     # docs/demo-data.md
auditor='auditor:Ykt!Auditor2026'
merchants=(M0001 M0002 M0003 M0004)

log() { echo "== $*" >&2; }
die() { echo "lunch-rush: $*" >&2; exit 1; }
psql_admin() { psql -X -At -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U postgres -d postgres "$@"; }
psql_db() { psql -X -At -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U postgres -d "$db" "$@"; }
is_count() { [[ $1 =~ ^[0-9]+$ ]] && (($1 >= $2 && $1 <= $3)); }

# --- settings and tools --------------------------------------------------------------------------
((${#rates[@]} > 0)) || die "RATES is empty"
for rate in "${rates[@]}"; do
  is_count "$rate" 1 50000 || die "RATES: '$rate' is not a rate from 1 to 50000 payments per second"
done
[[ $(printf '%s\n' "${rates[@]}" | sort | uniq -d) == "" ]] || die "RATES names a rate twice"
is_count "$duration" 1 86400 || die "DURATION must be 1..86400 seconds"
is_count "$warmup" 0 3600 || die "WARMUP must be 0..3600 seconds"
is_count "$pause" 0 3600 || die "PAUSE must be 0..3600 seconds"
is_count "$n_terminals" 1 9999 || die "TERMINALS must be 1..9999"
is_count "$connections" 1 16 || die "CONNECTIONS must be 1..16 (the adapter's connections per address)"
((connections <= n_terminals)) || die "CONNECTIONS ($connections) must not exceed TERMINALS ($n_terminals)"
is_count "$max_amount" 1 5000 || die "MAX_AMOUNT must be 1..5000 fen (above the cards' no-PIN limit a payment needs a PIN)"
is_count "$timeout_ms" 1 600000 || die "TIMEOUT_MS must be 1..600000"
for tool in psql java jcmd jstat curl python3 ss getconf; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
psql_admin -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $pg_host:$pg_port as postgres"
for port in 8080 9990 9500; do
  ! ss -ltn "sport = :$port" | grep -q LISTEN || die "port $port is in use: stop that server first"
done
clk_tck=$(getconf CLK_TCK)
log "output in $out"

# --- cleanup: the driver, then the server --------------------------------------------------------
server_pid=
driver_pid=
stop_server() { # stops WildFly through its management interface; returns 1 if it had to be killed
  if [[ -z $server_pid ]] || ! kill -0 "$server_pid" 2>/dev/null; then
    server_pid=
    return 0
  fi
  log "stopping WildFly"
  local cli
  for cli in "$repo"/ear/target/wildfly-*/bin/jboss-cli.sh; do
    if [[ -x $cli ]]; then
      "$cli" --connect --command=:shutdown > /dev/null 2>&1 || log "jboss-cli :shutdown failed"
      break
    fi
  done
  for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$server_pid" 2>/dev/null; then
    log "WildFly did not stop within 60 s: ending the run command's process group"
    kill -- "-$server_pid" 2>/dev/null
    sleep 2
    server_pid=
    return 1
  fi
  server_pid=
}
cleanup() {
  set +e
  if [[ -n $driver_pid ]] && kill -0 "$driver_pid" 2>/dev/null; then kill "$driver_pid"; fi
  stop_server
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- a fresh database, commits synchronous ---------------------------------------------------------
log "creating database $db"
psql_admin <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yikatong') THEN
    CREATE ROLE yikatong LOGIN PASSWORD 'yikatong';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER yikatong;
ALTER DATABASE $db SET synchronous_commit = on;
SQL
[[ $(psql_db -c 'show synchronous_commit') == on ]] || die "synchronous_commit is not on in $db"
pg_version=$(psql_db -c 'show server_version')
pg_fsync=$(psql_db -c 'show fsync')
pg_wal_sync=$(psql_db -c 'show wal_sync_method')

# --- the simulator, then the run command on the database --------------------------------------------
cd "$repo"
if ! java -jar "$sim_jar" --rate=1 --help >/dev/null 2>&1; then
  log "building the gateway simulator (its open-loop mode is missing or the jar is absent)"
  ./mvnw -B -q -DskipTests package -pl jca-card-adapter/simulator -am > "$out/build.log" 2>&1 ||
    die "build failed: $out/build.log"
fi
log "starting ./mvnw -Prun -Ddb=postgresql on $db (log: $out/server.out)"
setsid ./mvnw -B -Prun -Ddb=postgresql \
  -Dyikatong.db.url="jdbc:postgresql://$pg_host:$pg_port/$db?sslmode=disable" \
  -Dyikatong.db.user=yikatong -Dyikatong.db.password=yikatong \
  > "$out/server.out" 2>&1 < /dev/null &
server_pid=$!
deadline=$((SECONDS + 900))
until curl -sf http://127.0.0.1:9990/health/ready 2>/dev/null | grep -q '"status":"UP"' &&
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/") =~ ^(200|302)$ ]] &&
  ss -ltn 'sport = :9500' | grep -q LISTEN; do
  kill -0 "$server_pid" 2>/dev/null || die "the run command ended: $out/server.out"
  ((SECONDS < deadline)) || die "the server did not become ready in 15 minutes: $out/server.out"
  sleep 2
done

# The WildFly JVM: the java process among those setsid started for the run command (ps -s).
wildfly=
for pid in $(ps -o pid= -s "$server_pid"); do
  if [[ $(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline") == *jboss-modules.jar* ]]; then
    wildfly=$pid
    break
  fi
done
[[ -n $wildfly ]] || die "no WildFly java process among the run command's processes (setsid $server_pid)"
log "server ready; WildFly pid $wildfly"

# --- measuring ---------------------------------------------------------------------------------------
cpu_ms() { # CPU time (user + system, all threads) of a process so far, in ms
  local stat f
  stat=$(< "/proc/$1/stat")
  read -r -a f <<< "${stat##*) }" # the fields after "pid (comm) ", from field 3 (state) on
  echo $(((f[11] + f[12]) * 1000 / clk_tck)) # fields 14 utime and 15 stime, in clock ticks
}
machine_cpu() { # "busy total" jiffies of all CPUs: user..steal (guest time is within user), busy = not idle or iowait
  awk '$1 == "cpu" {t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6, t; exit}' /proc/stat
}
jstat_gc() { # "heap_used_mb heap_committed_mb gc_seconds" of a JVM
  jstat -gc "$1" | awk '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { printf "%.0f %.0f %s\n", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024,
                ($col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]) / 1024, $col["GCT"] }'
}
await_line() { # await_line FILE TEXT: until the driver has printed TEXT; 1 if it ended first
  until grep -qF "$2" "$1"; do
    kill -0 "$driver_pid" 2>/dev/null || return 1
    sleep 0.1
  done
}
result() { # result FILE KEY: a value of the driver's RESULT line
  grep '^RESULT ' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'
}

# --- terminals ------------------------------------------------------------------------------------
terminals=()
for i in $(seq 1 "$((n_terminals < 7 ? n_terminals : 7))"); do terminals+=("$(printf 'T%07d' "$i")"); done
secrets=$out/terminal-secrets # ID:HEX of the registered terminals; a scratch database's, never reused
: > "$secrets"
chmod 600 "$secrets"
if ((n_terminals > 7)); then
  log "registering $((n_terminals - 7)) POS terminals B0000001.. for ${merchants[*]}"
  for i in $(seq 1 "$((n_terminals - 7))"); do
    id=$(printf 'B%07d' "$i")
    merchant=${merchants[$(((i - 1) % ${#merchants[@]}))]}
    status=$(curl -sS -o "$out/register.json" -w '%{http_code}' -u "$admin" \
      -H 'Content-Type: application/json' -X POST "$base/api/v1/terminals" \
      -d "{\"terminalId\":\"$id\",\"type\":\"POS\",\"merchantCode\":\"$merchant\",\"location\":\"lunch-rush benchmark POS $i\"}")
    [[ $status == 201 ]] || die "registering $id: HTTP $status $(cat "$out/register.json")"
    python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["terminalId"] + ":" + d["secretHex"])' \
      "$out/register.json" >> "$secrets"
    terminals+=("$id")
  done
  rm -f "$out/register.json"
fi
terminal_list=$(IFS=,; echo "${terminals[*]}")

# --- cards that can pay for the whole run ---------------------------------------------------------
# A card pays while its purses (main + subsidy) cover the amount and its daily limit is not reached;
# the run's payments are spread evenly over the cards at random. Keep the most cards whose smaller
# of balance and daily limit covers twice their expected share (amounts average (MAX_AMOUNT+1)/2).
planned=0
for rate in "${rates[@]}"; do planned=$((planned + rate * (warmup + duration))); done
psql_db > "$out/cards.txt" <<SQL
select c.id, least(p.balance_fen + greatest(coalesce(s.balance_fen, 0), 0), c.daily_limit_fen)
from card c
join account p on p.holder_id = c.holder_id and p.account_type = 'CARDHOLDER_PURSE' and p.status = 'OPEN'
left join account s on s.holder_id = c.holder_id and s.account_type = 'CARDHOLDER_SUBSIDY'
where c.status = 'ACTIVE' and c.expires_on >= current_date and c.no_pin_limit_fen >= $max_amount
  and (s.id is null or s.status = 'OPEN')
order by 2 desc, 1;
SQL
card_ids=$(awk -F'|' -v need="$((planned * (max_amount + 1)))" '
  { id[NR] = $1; cap[NR] = $2 }
  END {
    for (k = NR; k >= 1; k--) if (cap[k] >= need / k) break
    for (i = 1; i <= k; i++) printf "%s%s", (i > 1 ? "," : ""), id[i]
  }' "$out/cards.txt")
[[ -n $card_ids ]] ||
  die "no set of demo cards can pay for $planned payments of up to $max_amount fen: lower RATES, DURATION or MAX_AMOUNT"
n_cards=$(tr ',' '\n' <<< "$card_ids" | wc -l)
log "$planned payments planned over $n_cards cards (of $(wc -l < "$out/cards.txt") that can pay) and ${#terminals[@]} terminals"

# --- the steps --------------------------------------------------------------------------------------
window_start=$(psql_db -c 'select now()')
row_format='%6s %9s %10s %10s %8s %8s %8s %8s %8s %8s %6s %-12s %9s %5s %6s %9s %8s %9s'
rows=()
for rate in "${rates[@]}"; do
  log "rate $rate/s: $warmup s warm-up, $duration s measured"
  report=$out/driver-$rate.txt
  secrets_opt=()
  [[ -s $secrets ]] && secrets_opt=(--secrets-file="$secrets")
  # shellcheck disable=SC2086 # DRIVER_JAVA_OPTS is a list of JVM options
  java $driver_java_opts -jar "$sim_jar" --rate="$rate" --warmup="$warmup" --duration="$duration" \
    --terminals="$terminal_list" --connections="$connections" ${secrets_opt[@]+"${secrets_opt[@]}"} \
    --card-ids="$card_ids" --max-amount="$max_amount" --timeout-ms="$timeout_ms" --seed="$rate" \
    --approved-out="$out/approved-$rate.csv" --unanswered-out="$out/unanswered-$rate.csv" \
    --histogram-out="$out/latency-$rate.hgrm" > "$report" 2> "$out/driver-$rate.err" &
  driver_pid=$!
  await_line "$report" "measured window starts" ||
    die "the driver ended before its measured window: $(cat "$out/driver-$rate.err" "$report")"
  cpu0=$(cpu_ms "$wildfly")
  read -r busy0 total0 <<< "$(machine_cpu)"
  read -r heap_warm committed_warm gc0 <<< "$(jstat_gc "$wildfly")"
  jcmd "$wildfly" GC.heap_info > "$out/heap-$rate-after-warmup.txt" 2>&1 || true
  await_line "$report" "measured window ends" ||
    die "the driver ended within its measured window: $(cat "$out/driver-$rate.err" "$report")"
  cpu1=$(cpu_ms "$wildfly")
  read -r busy1 total1 <<< "$(machine_cpu)"
  read -r _ _ gc1 <<< "$(jstat_gc "$wildfly")"
  driver_status=0
  wait "$driver_pid" || driver_status=$?
  driver_pid=
  read -r heap_end committed_end _ <<< "$(jstat_gc "$wildfly")"
  jcmd "$wildfly" GC.heap_info > "$out/heap-$rate-end.txt" 2>&1 || true
  grep -q '^RESULT ' "$report" || die "no RESULT line from the driver: $(cat "$out/driver-$rate.err")"

  approved_in_window=$(result "$report" approved_in_window)
  cpu_per=$(awk -v c="$((cpu1 - cpu0))" -v n="$approved_in_window" 'BEGIN { if (n > 0) printf "%.2f", c / n; else print "-" }')
  machine=$(awk -v b="$((busy1 - busy0))" -v t="$((total1 - total0))" 'BEGIN { if (t > 0) printf "%.0f", 100 * b / t; else print "-" }')
  gc_ms=$(awk -v a="$gc0" -v b="$gc1" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
  note=
  if ((driver_status != 0)); then
    note="  driver: $(result "$report" unanswered) unanswered, $(result "$report" not_sent) not sent, $(result "$report" errors) errors"
  fi
  rows+=("$(printf "$row_format" "$rate" \
    "$(result "$report" offered_per_s)" "$(result "$report" achieved_per_s)" "$(result "$report" approved_per_s)" \
    "$(result "$report" p50_ms)" "$(result "$report" p90_ms)" "$(result "$report" p99_ms)" \
    "$(result "$report" p999_ms)" "$(result "$report" max_ms)" "$(result "$report" timeouts)" \
    "$(result "$report" late)" "$(result "$report" declines)" "$cpu_per" "$machine" "$gc_ms" \
    "$heap_warm" "$heap_end" "$committed_end")$note")
  log "rate $rate/s done: $(result "$report" approved_per_s) approved/s, p99 $(result "$report" p99_ms) ms"
  if [[ $rate != "${rates[-1]}" ]]; then sleep "$pause"; fi
done

# --- correctness ----------------------------------------------------------------------------------
log "checking the ledger and the journal"
curl -sSf -u "$auditor" -H 'Accept: application/json' "$base/api/v1/ledger/self-check" \
  > "$out/self-check.json" || die "the self-check request failed"
self_check=$(python3 - "$out/self-check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
sound = r["postingsTotalFen"] == 0 and not r["unbalancedEntries"] and not r["balanceMismatches"]
print("sound" if sound else "UNSOUND", r["entries"], r["postings"],
      len(r["unbalancedEntries"]), len(r["balanceMismatches"]), r["postingsTotalFen"])
PY
)
read -r sc_verdict sc_entries sc_postings sc_unbalanced sc_mismatches sc_total <<< "$self_check"

for rate in "${rates[@]}"; do cat "$out/approved-$rate.csv"; done > "$out/approved-keys.csv"
for rate in "${rates[@]}"; do cat "$out/unanswered-$rate.csv"; done > "$out/unanswered-keys.csv"
# A terminal's request is under TERM:<terminal>:<rrn> (PaymentRequest.keyOf in ejb).
psql_db -F= > "$out/journal-check.txt" <<SQL
create temp table approved_key (terminal text, rrn text);
\copy approved_key from '$out/approved-keys.csv' with (format csv)
create temp table unanswered_key (terminal text, rrn text);
\copy unanswered_key from '$out/unanswered-keys.csv' with (format csv)
create temp table bench_entry as
  select j.business_key, j.terminal_code
  from journal_entry j
  where j.entry_kind = 'PAYMENT' and j.posted_at >= '$window_start'::timestamptz
    and j.terminal_code = any (string_to_array('$terminal_list', ','));
select 'approved', count(*) from approved_key;
select 'approved_twice', count(*) from
  (select terminal, rrn from approved_key group by terminal, rrn having count(*) > 1) twice;
select 'missing', count(*) from approved_key a
  where not exists (select 1 from journal_entry j
                    where j.business_key = 'TERM:' || a.terminal || ':' || a.rrn
                      and j.entry_kind = 'PAYMENT' and j.terminal_code = a.terminal);
select 'posted_not_once', count(*) from
  (select a.terminal, a.rrn from (select distinct terminal, rrn from approved_key) a
   join journal_entry j on j.business_key = 'TERM:' || a.terminal || ':' || a.rrn
   group by a.terminal, a.rrn having count(*) <> 1) more_than_once;
select 'payments_in_window', count(*) from bench_entry;
select 'unexplained', count(*) from bench_entry e
  where not exists (select 1 from approved_key a where e.business_key = 'TERM:' || a.terminal || ':' || a.rrn)
    and not exists (select 1 from unanswered_key u where e.business_key = 'TERM:' || u.terminal || ':' || u.rrn);
select 'posted_unanswered', count(*) from bench_entry e
  where exists (select 1 from unanswered_key u where e.business_key = 'TERM:' || u.terminal || ':' || u.rrn);
SQL
check() { awk -F= -v k="$1" '$1 == k {print $2}' "$out/journal-check.txt"; }
psql_db -F' ' > "$out/merchants.txt" <<SQL
select m.merchant_code, count(*), sum(j.amount_fen)
from journal_entry j join merchant m on m.id = j.merchant_id
where j.entry_kind = 'PAYMENT' and j.posted_at >= '$window_start'::timestamptz
  and j.terminal_code = any (string_to_array('$terminal_list', ','))
group by m.merchant_code order by 1;
SQL

stopped=cleanly
stop_server || stopped="only by killing its process group"

ok=1
[[ $sc_verdict == sound ]] || ok=0
for k in approved_twice missing posted_not_once unexplained; do [[ $(check $k) == 0 ]] || ok=0; done
[[ $(check approved) -gt 0 ]] || ok=0

# --- report ---------------------------------------------------------------------------------------
echo
echo "Yikatong lunch rush, open loop ($(git -C "$repo" log -1 --format='%h %s' | cut -c1-70))"
echo "$(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo);" \
  "$(java -version 2>&1 | head -1); PostgreSQL $pg_version (fsync $pg_fsync, wal_sync_method" \
  "$pg_wal_sync, synchronous_commit on), database $db"
[[ $pg_fsync == on ]] || echo "WARNING: fsync is off on this PostgreSQL: commits are not durable and the figures say little"
echo "${#terminals[@]} POS terminals over $connections connections, $n_cards cards, 1..$max_amount fen," \
  "$warmup s warm-up + $duration s measured per rate, timeout $timeout_ms ms"
echo
printf "$row_format\n" rate offered/s answered/s approved/s p50_ms p90_ms p99_ms p99.9_ms max_ms \
  timeouts late declines cpu_ms/ok cpu% gc_ms heap_warm heap_end committed
printf '%s\n' "${rows[@]}"
echo "  (latency from the intended send time; answered/s, approved/s: answers that arrived within the"
echo "   measured window; late: held back by the 32 in flight per connection, or sent over 1 ms after"
echo "   its time; cpu_ms/ok: WildFly CPU over the window per payment approved in it; cpu%: the whole"
echo "   machine, driver and PostgreSQL included; gc_ms: WildFly GC time in the window; heap in MB:"
echo "   used after the warm-up, used at the end of the step, committed)"
echo
echo "payments posted in the window, by merchant (code, entries, fen):"
sed 's/^/  /' "$out/merchants.txt"
echo
echo "ledger self-check: $sc_verdict ($sc_entries entries, $sc_postings postings," \
  "$sc_unbalanced unbalanced, $sc_mismatches balance mismatches, postings total $sc_total fen)"
echo "approved by the driver: $(check approved) payments; approved twice: $(check approved_twice);" \
  "not in the journal: $(check missing); in it other than once: $(check posted_not_once)"
echo "PAYMENT entries of the terminals since the first step: $(check payments_in_window);" \
  "not approved to the driver: $(check unexplained) unexplained," \
  "$(check posted_unanswered) sent and never answered to it (answers lost, listed in unanswered-keys.csv)"
echo "server stopped $stopped"
echo "driver reports, latency distributions (.hgrm), heap snapshots, server log: $out"
if ((ok)); then
  echo "correctness: every approved payment is in the journal exactly once, nothing else was posted, the ledger is sound"
else
  echo "correctness: FAILED (see above and $out/journal-check.txt)"
  exit 1
fi
