#!/usr/bin/env bash
# Lunch rush: card payments offered at fixed rates (open loop) against the server on PostgreSQL,
# in the scenarios a campus lives through, with latency from each payment's intended send time,
# the server's CPU per approved payment, its heap, the database's own limit for the same SQL
# (pgbench), and a check that every approved payment is in the journal exactly once.
#
# One run, one fresh database (synchronous_commit on), one server started with the run command
# (./mvnw -Prun -Ddb=postgresql, demo data). Before the first scenario HOLDERS card holders with
# funded cards are bulk-loaded (docs/bench/grow-ledger.sql); the payments choose among their cards
# at random. Then the scenarios run in the order given, each on the database the ones before left:
#   spread   MERCHANTS merchants with one POS terminal each (registered through the API), payments
#            over all of them
#   hot      one canteen merchant (M0001) takes every payment, on HOT_TERMINALS terminals
#   busy     BUSY_DAY payments bulk-posted on today's business day first, then as spread
#   grown    HISTORY payments bulk-posted over the HISTORY_DAYS business days before today (a
#            semester per card), then as spread
#   offline  as spread, while OFFLINE_COUNT offline advices (0220) are uploaded at OFFLINE_RATE
#            from the hot scenario's terminals by a second driver: the row shows the live
#            payments, the line below it how fast the advices were taken
#   kill     as spread, and WildFly is killed with SIGKILL halfway through the measured window
#            and started again: the correctness check then covers a crash in the middle of load
# Each scenario runs every rate of RATES: WARMUP seconds not measured, then DURATION measured.
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
# The database's own limit (PGBENCH=1): after the first scenario the SQL of a few seconds of
# payments is captured from the application (log_statement = all), turned into a pgbench script
# (docs/bench/pgbench-from-log.py) and run with as many clients as the server's connection pool
# used at most; the ratio is the best approved/s of the spread scenario to pgbench's payments/s.
#
# Correctness, after the last scenario:
#   - the ledger self-check (GET /api/v1/ledger/self-check as auditor) finds nothing;
#   - every payment a driver saw approved (terminal, RRN) is a PAYMENT or OFFLINE_PAYMENT entry of
#     that terminal under its business key TERM:<terminal>:<rrn>, exactly once;
#   - no other terminal request of those kinds (key TERM:...) was posted at the benchmark's
#     terminals since the first scenario started, apart from payments a driver sent and never
#     heard back about (listed, not counted as errors: a killed server answers nothing). The bulk
#     loads (keys BULK:...) and pgbench's payments (PGB:...) are not terminal requests.
# The server is then stopped (jboss-cli :shutdown) and the table printed. Exit status 0 when the
# correctness checks pass, 1 otherwise; a step whose driver reports unanswered payments is shown,
# not fatal (past saturation that is the finding).
#
# Needs: psql and pgbench reaching PostgreSQL as a superuser (trust auth on 127.0.0.1, or run as
# root; any PGPASSWORD in the environment is used), read access to PostgreSQL's log file (PG_LOG)
# for PGBENCH=1, java, jcmd and jstat of a JDK 17+, curl, python3, ss, ports 8080, 9990 and 9500
# free. The database is left in place for inspection.
#
# Usage: docs/bench/lunch-rush.sh
# Settings (environment):
#   SCENARIOS="spread hot busy grown offline kill"   the scenarios, in order
#   RATES="100 200"           payments per second, one step each, in every scenario
#   RATES_<scenario>="..."    the rates of one scenario instead (RATES_spread="100 300 500")
#   DURATION=60 WARMUP=30     seconds measured and seconds of warm-up per step
#   PAUSE=10                  seconds between steps
#   HOLDERS=30000             bulk card holders whose cards pay
#   MERCHANTS=1000            merchants of the spread scenario, one POS terminal each
#   HOT_TERMINALS=20          POS terminals of the one merchant of the hot scenario
#   BUSY_DAY=100000           payments already posted today in the busy scenario
#   HISTORY=5000000 HISTORY_DAYS=120   payments before today in the grown scenario, and their days
#   OFFLINE_COUNT=20000 OFFLINE_RATE=1000   offline advices uploaded, and the rate offered (the
#                             report gives the rate they were posted at, from the journal)
#   CONNECTIONS=4             gateway connections per driver (the adapter takes 16 per address)
#   MAX_AMOUNT=10             payments are 1..MAX_AMOUNT fen
#   TIMEOUT_MS=2000           an answer later than this after the intended time is a timeout
#   PGBENCH=1 PGBENCH_SECONDS=30   0: no pgbench
#   PG_LOG=/var/log/postgresql/postgresql-<major>-main.log   where PostgreSQL writes its log
#   CHECKPOINT=0              1: a CHECKPOINT after the busy and grown scenarios' bulk loads, so
#                             that their writes are on disk before the steps
#   PROFILE=0                 1: a Java Flight Recording (settings=profile) of WildFly over each
#                             measured window, saved as server-<scenario>-<rate>.jfr
#   DB_NAME=yikatong_rush PG_HOST=127.0.0.1 PG_PORT=5432 OUT=<directory for output>
#   DRIVER_JAVA_OPTS="-Xms256m -Xmx512m"
set -euo pipefail

read -r -a scenarios <<< "${SCENARIOS:-spread hot busy grown offline kill}"
read -r -a rates <<< "${RATES:-100 200}"
duration=${DURATION:-60}
warmup=${WARMUP:-30}
pause=${PAUSE:-10}
holders=${HOLDERS:-30000}
n_merchants=${MERCHANTS:-1000}
hot_terminals=${HOT_TERMINALS:-20}
busy_day=${BUSY_DAY:-100000}
history=${HISTORY:-5000000}
history_days=${HISTORY_DAYS:-120}
offline_count=${OFFLINE_COUNT:-20000}
offline_rate=${OFFLINE_RATE:-1000}
connections=${CONNECTIONS:-4}
max_amount=${MAX_AMOUNT:-10}
timeout_ms=${TIMEOUT_MS:-2000}
pgbench_on=${PGBENCH:-1}
pgbench_seconds=${PGBENCH_SECONDS:-30}
profile=${PROFILE:-0}
checkpoint=${CHECKPOINT:-0}
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
cli_port=9990

log() { echo "== $(date +%H:%M:%S) $*" >&2; }
die() { echo "lunch-rush: $*" >&2; exit 1; }
psql_admin() { psql -X -At -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U postgres -d postgres "$@"; }
psql_db() { psql -X -At -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U postgres -d "$db" "$@"; }
is_count() { [[ $1 =~ ^[0-9]+$ ]] && (($1 >= $2 && $1 <= $3)); }

# --- settings and tools --------------------------------------------------------------------------
((${#scenarios[@]} > 0)) || die "SCENARIOS is empty"
for scenario in "${scenarios[@]}"; do
  [[ $scenario =~ ^(spread|hot|busy|grown|offline|kill)$ ]] ||
    die "SCENARIOS: '$scenario' is none of spread hot busy grown offline kill"
done
[[ $(printf '%s\n' "${scenarios[@]}" | sort | uniq -d) == "" ]] || die "SCENARIOS names a scenario twice"
((${#rates[@]} > 0)) || die "RATES is empty"
for rate in "${rates[@]}"; do
  is_count "$rate" 1 50000 || die "RATES: '$rate' is not a rate from 1 to 50000 payments per second"
done
[[ $(printf '%s\n' "${rates[@]}" | sort | uniq -d) == "" ]] || die "RATES names a rate twice"
is_count "$duration" 2 86400 || die "DURATION must be 2..86400 seconds"
is_count "$warmup" 0 3600 || die "WARMUP must be 0..3600 seconds"
is_count "$pause" 0 3600 || die "PAUSE must be 0..3600 seconds"
is_count "$holders" 1 1000000 || die "HOLDERS must be 1..1000000"
is_count "$n_merchants" 1 9000 || die "MERCHANTS must be 1..9000"
is_count "$hot_terminals" 1 9000 || die "HOT_TERMINALS must be 1..9000"
is_count "$busy_day" 0 10000000 || die "BUSY_DAY must be 0..10000000"
is_count "$history" 0 100000000 || die "HISTORY must be 0..100000000"
is_count "$history_days" 1 1000 || die "HISTORY_DAYS must be 1..1000"
is_count "$offline_count" 1 10000000 || die "OFFLINE_COUNT must be 1..10000000"
is_count "$offline_rate" 1 50000 || die "OFFLINE_RATE must be 1..50000"
is_count "$connections" 1 16 || die "CONNECTIONS must be 1..16 (the adapter's connections per address)"
((connections <= hot_terminals && connections <= n_merchants)) ||
  die "CONNECTIONS ($connections) must not exceed HOT_TERMINALS or MERCHANTS"
is_count "$max_amount" 1 5000 || die "MAX_AMOUNT must be 1..5000 fen (the bulk cards' no-PIN limit)"
is_count "$timeout_ms" 1 600000 || die "TIMEOUT_MS must be 1..600000"
is_count "$pgbench_on" 0 1 || die "PGBENCH must be 0 or 1"
is_count "$pgbench_seconds" 1 3600 || die "PGBENCH_SECONDS must be 1..3600"
is_count "$profile" 0 1 || die "PROFILE must be 0 or 1"
is_count "$checkpoint" 0 1 || die "CHECKPOINT must be 0 or 1"
for tool in psql java jcmd jstat curl python3 ss getconf; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
if ((pgbench_on)); then command -v pgbench >/dev/null || die "pgbench not found (PGBENCH=0 runs without)"; fi
psql_admin -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $pg_host:$pg_port as postgres"
pg_major=$(psql_admin -c 'show server_version_num' | cut -c1-2)
pg_log=${PG_LOG:-/var/log/postgresql/postgresql-$pg_major-main.log}
if ((pgbench_on)); then
  [[ -r $pg_log ]] || die "cannot read PostgreSQL's log $pg_log (set PG_LOG, or PGBENCH=0)"
fi
for port in 8080 9990 9500; do
  ! ss -ltn "sport = :$port" | grep -q LISTEN || die "port $port is in use: stop that server first"
done
clk_tck=$(getconf CLK_TCK)
log "output in $out"

# --- the server: started with the run command, restarted directly after a kill ---------------------
server_pid=
driver_pids=()
wildfly=
server_args=()
start_server() { # start_server mvn|direct
  if [[ $1 == mvn ]]; then
    log "starting ./mvnw -Prun -Ddb=postgresql on $db (log: $out/server.out)"
    setsid ./mvnw -B -Prun -Ddb=postgresql "${server_args[@]}" >> "$out/server.out" 2>&1 < /dev/null &
  else
    log "starting WildFly again on the same database (log: $out/server-restart.out)"
    local home
    home=$(ls -d "$repo"/ear/target/wildfly-*/ | head -1)
    setsid "$home/bin/standalone.sh" -c standalone-full-ha.xml --stability=community -Djboss.node.name=yikatong-dev \
      -Djboss.http.port=8080 "${server_args[@]}" >> "$out/server-restart.out" 2>&1 < /dev/null &
  fi
  server_pid=$!
  local deadline=$((SECONDS + 900))
  until curl -sf "http://127.0.0.1:$cli_port/health/ready" 2>/dev/null | grep -q '"status":"UP"' &&
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/") =~ ^(200|302)$ ]] &&
    ss -ltn 'sport = :9500' | grep -q LISTEN; do
    kill -0 "$server_pid" 2>/dev/null || die "the server ended: see $out/server*.out"
    ((SECONDS < deadline)) || die "the server did not become ready in 15 minutes: $out/server*.out"
    sleep 2
  done
  wildfly=
  local pid
  for pid in $(ps -o pid= -s "$server_pid"); do
    if [[ $(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline") == *jboss-modules.jar* ]]; then
      wildfly=$pid
      break
    fi
  done
  [[ -n $wildfly ]] || die "no WildFly java process among the server's processes (setsid $server_pid)"
  log "server ready; WildFly pid $wildfly"
}
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
    log "WildFly did not stop within 60 s: ending the server's process group"
    kill -- "-$server_pid" 2>/dev/null
    sleep 2
    server_pid=
    return 1
  fi
  server_pid=
}
cleanup() {
  set +e
  local pid
  for pid in "${driver_pids[@]}"; do kill "$pid" 2>/dev/null; done
  stop_server
  if ((pgbench_on)); then psql_admin -c 'alter system reset log_statement' -c 'select pg_reload_conf()' > /dev/null 2>&1; fi
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
pg_shared_buffers=$(psql_db -c 'show shared_buffers')

cd "$repo"
if ! java -jar "$sim_jar" --rate=1 --mti=0220 --help >/dev/null 2>&1; then
  log "building the gateway simulator (its open-loop mode is missing or out of date)"
  ./mvnw -B -q -DskipTests package -pl jca-card-adapter/simulator -am > "$out/build.log" 2>&1 ||
    die "build failed: $out/build.log"
fi
server_args=(-Dyikatong.db.url="jdbc:postgresql://$pg_host:$pg_port/$db?sslmode=disable"
  -Dyikatong.db.user=yikatong -Dyikatong.db.password=yikatong)
start_server mvn

# --- measuring ---------------------------------------------------------------------------------------
cpu_ms() { # CPU time (user + system, all threads) of a process so far, in ms
  local stat f
  stat=$(< "/proc/$1/stat")
  read -r -a f <<< "${stat##*) }" # the fields after "pid (comm) ", from field 3 (state) on
  echo $(((f[11] + f[12]) * 1000 / clk_tck)) # fields 14 utime and 15 stime, in clock ticks
}
pg_cpu_ms() { # CPU time of all PostgreSQL processes (server and backends) so far, in ms
  local pid stat f total=0
  for pid in $(pgrep -x postgres); do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    read -r -a f <<< "${stat##*) }"
    total=$((total + f[11] + f[12]))
  done
  echo $((total * 1000 / clk_tck))
}
pg_maintenance() { # "autovacuums checkpoints" completed so far: autovacuum and autoanalyze runs of the
  # database's tables, and checkpoints of the cluster (timed or requested)
  psql_db -F' ' -c "select (select coalesce(sum(autovacuum_count + autoanalyze_count), 0) from pg_stat_user_tables),
    (select checkpoints_timed + checkpoints_req from pg_stat_bgwriter)"
}
pg_autovacuum_now() { # the tables autovacuum is working on at this moment, or -
  local tables
  tables=$(psql_db -c "select string_agg(regexp_replace(query, '^autovacuum: (VACUUM|ANALYZE|VACUUM ANALYZE) (public\.)?', ''), '+')
    from pg_stat_activity where backend_type = 'autovacuum worker' and datname = current_database()")
  echo "${tables:--}"
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
await_line() { # await_line FILE TEXT PID: until the driver has printed TEXT; 1 if it ended first
  until grep -qF "$2" "$1"; do
    kill -0 "$3" 2>/dev/null || return 1
    sleep 0.1
  done
}
result() { # result FILE KEY: a value of the driver's RESULT line
  grep '^RESULT ' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'
}
pool_max_used() { # the most connections the server's pool has had in use
  "$(ls "$repo"/ear/target/wildfly-*/bin/jboss-cli.sh | head -1)" --connect \
    --command='/subsystem=datasources/data-source=YikatongDS/statistics=pool:read-attribute(name=MaxUsedCount)' 2>/dev/null |
    awk -F'=> ' '/"result"/ {gsub(/[^0-9]/, "", $2); print $2}'
}

# --- terminals and cards --------------------------------------------------------------------------
register_terminals() { # register_terminals PREFIX COUNT MERCHANT-OR-@FILE: ID:HEX lines on stdout
  # Through the API, as an administrator registers a terminal; two at a time (each request checks
  # the administrator's password). MERCHANT @FILE: the i-th terminal for the i-th merchant code.
  # Each registration writes its line to a file of its own: two writers of one stdout could
  # interleave their lines.
  local prefix=$1 count=$2 merchant=$3 lines
  lines=$(mktemp -d "$out/register-$prefix.XXXXXX")
  seq 1 "$count" | xargs -P 2 -I{} sh -c '
    i={}; id=$(printf "%s%07d" "$1" "$i")
    case "$2" in @*) m=$(sed -n "${i}p" "${2#@}");; *) m=$2;; esac
    body=$(curl -sS -u "$3" -H "Content-Type: application/json" -X POST "$4/api/v1/terminals" \
      -d "{\"terminalId\":\"$id\",\"type\":\"POS\",\"merchantCode\":\"$m\",\"location\":\"压测 $id\"}" \
      -w "\n%{http_code}")
    [ "$(echo "$body" | tail -1)" = 201 ] || { echo "registering $id: $body" >&2; exit 255; }
    echo "$body" | head -1 | python3 -c "import json, sys; d = json.load(sys.stdin); print(d[\"terminalId\"] + \":\" + d[\"secretHex\"])" > "$5/$id"
  ' _ "$prefix" "$merchant" "$admin" "$base" "$lines" || return 1
  cat "$lines"/*
  rm -r "$lines"
}

log "bulk-loading $holders card holders with funded cards (grow-ledger.sql)"
psql_db -v holders="$holders" -v history=0 -v busy_day=0 -v days="$history_days" \
  -f "$repo/docs/bench/grow-ledger.sql" > "$out/grow-holders.txt" 2>&1 || die "grow-ledger failed: $out/grow-holders.txt"
read -r card_first card_count <<< "$(psql_db -F' ' -c "select min(c.id), count(*) from card c
  where c.serial_no like 'BULK%' and c.status = 'ACTIVE'")"
[[ $card_count -ge 1 ]] || die "no bulk cards after grow-ledger.sql: $out/grow-holders.txt"
card_range=$card_first:$card_count
log "cards $card_range"

log "opening $n_merchants merchants (M-codes Z0001..) and registering a POS terminal for each"
psql_db > /dev/null <<SQL
with m as (
  insert into merchant (id, merchant_code, name, category, version)
  select nextval('merchant_seq'), 'Z' || lpad(i::text, 4, '0'), '压测商户 ' || i, 'CANTEEN', 0
  from generate_series(1, $n_merchants) i
  returning id, merchant_code)
insert into account (id, account_no, account_type, balance_fen, opened_at, version, merchant_id, stripe, status)
select nextval('account_seq'), 'M' || m.merchant_code || '-T' || s, 'MERCHANT_TAKINGS', 0, now(), 0, m.id, s, 'OPEN'
from m, generate_series(0, 7) s
union all
select nextval('account_seq'), 'M' || m.merchant_code || '-S', 'MERCHANT_SETTLED', 0, now(), 0, m.id, null, 'OPEN'
from m;
SQL
[[ $(psql_db -c "select count(*) from account where account_no like 'MZ%-T_'") == $((n_merchants * 8)) ]] ||
  die "the benchmark merchants' takings stripes were not all opened"
psql_db -c "select merchant_code from merchant where merchant_code like 'Z%' order by merchant_code" > "$out/merchants.list"
register_terminals S "$n_merchants" "@$out/merchants.list" > "$out/spread-secrets" || die "registering the spread terminals failed"
register_terminals H "$hot_terminals" M0001 > "$out/hot-secrets" || die "registering the hot terminals failed"
chmod 600 "$out/spread-secrets" "$out/hot-secrets"
spread_terminals=$(cut -d: -f1 "$out/spread-secrets" | sort | paste -sd,)
hot_terminal_list=$(cut -d: -f1 "$out/hot-secrets" | sort | paste -sd,)
all_terminals="$spread_terminals,$hot_terminal_list"
psql_db -c 'vacuum analyze' > /dev/null

# --- a step: one driver (two in the offline scenario) at one rate -----------------------------------
rows=()
offline_rows=()
row_format='%-8s %6s %9s %10s %10s %8s %8s %8s %8s %8s %8s %6s %-12s %9s %8s %5s %6s %9s %8s %9s %7s %4s'
last_driver=
driver() { # driver NAME RATE WARMUP DURATION TERMINALS SECRETS [options]: starts one in the background (pid in last_driver)
  local name=$1 rate=$2 wu=$3 dur=$4 terminals=$5 secrets=$6
  shift 6
  # shellcheck disable=SC2086 # DRIVER_JAVA_OPTS is a list of JVM options
  java $driver_java_opts -jar "$sim_jar" --rate="$rate" --warmup="$wu" --duration="$dur" \
    --terminals="$terminals" --connections="$connections" --secrets-file="$secrets" \
    --card-range="$card_range" --max-amount="$max_amount" --timeout-ms="$timeout_ms" \
    --seed="$RANDOM" --approved-out="$out/approved-$name.csv" --unanswered-out="$out/unanswered-$name.csv" \
    --histogram-out="$out/latency-$name.hgrm" "$@" > "$out/driver-$name.txt" 2> "$out/driver-$name.err" &
  last_driver=$!
  driver_pids+=("$last_driver")
}
step() { # step SCENARIO RATE
  local scenario=$1 rate=$2 name=$1-$2 pid opid="" kill_at="" report
  report=$out/driver-$name.txt
  log "$scenario, $rate/s: $warmup s warm-up, $duration s measured"
  local terminals=$spread_terminals secrets=$out/spread-secrets
  if [[ $scenario == hot ]]; then terminals=$hot_terminal_list; secrets=$out/hot-secrets; fi
  driver "$name" "$rate" "$warmup" "$duration" "$terminals" "$secrets"
  pid=$last_driver
  await_line "$report" "measured window starts" "$pid" ||
    die "the driver ended before its measured window: $(cat "$out/driver-$name.err" "$report")"
  local step_start
  step_start=$(psql_db -c 'select now()')
  if [[ $scenario == offline ]]; then
    local seconds=$(((offline_count + offline_rate - 1) / offline_rate))
    log "uploading $offline_count offline advices at $offline_rate/s from the hot terminals"
    driver "$name-advices" "$offline_rate" 0 "$seconds" "$hot_terminal_list" "$out/hot-secrets" \
      --mti=0220 --timeout-ms=$((timeout_ms > 30000 ? timeout_ms : 30000))
    opid=$last_driver
  fi
  local av0 ckpt0 av1 ckpt1 av_running cpu0 pg0 busy0 total0 heap_warm committed_warm gc0 cpu1 pg1 busy1 total1 gc1 heap_end committed_end
  cpu0=$(cpu_ms "$wildfly")
  pg0=$(pg_cpu_ms)
  read -r busy0 total0 <<< "$(machine_cpu)"
  read -r av0 ckpt0 <<< "$(pg_maintenance)"
  read -r heap_warm committed_warm gc0 <<< "$(jstat_gc "$wildfly")"
  jcmd "$wildfly" GC.heap_info > "$out/heap-$name-after-warmup.txt" 2>&1 || true
  if ((profile)); then
    jcmd "$wildfly" JFR.start name="$name" settings=profile > /dev/null || die "could not start a flight recording"
  fi
  if [[ $scenario == kill ]]; then
    sleep $((duration / 2))
    log "killing WildFly (pid $wildfly) with SIGKILL in the middle of the load"
    local cpu_before_kill=$(( $(cpu_ms "$wildfly") - cpu0 ))
    kill -KILL "$wildfly"
    while kill -0 "$server_pid" 2>/dev/null; do sleep 0.2; done
    start_server direct
    cpu0=$(( $(cpu_ms "$wildfly") - cpu_before_kill ))
  fi
  # After a kill the driver's connections are gone and it may end before its window does.
  await_line "$report" "measured window ends" "$pid" || [[ $scenario == kill ]] ||
    die "the driver ended within its measured window: $(cat "$out/driver-$name.err" "$report")"
  cpu1=$(cpu_ms "$wildfly")
  pg1=$(pg_cpu_ms)
  read -r busy1 total1 <<< "$(machine_cpu)"
  read -r av1 ckpt1 <<< "$(pg_maintenance)"
  av_running=$(pg_autovacuum_now)
  read -r _ _ gc1 <<< "$(jstat_gc "$wildfly")"
  if ((profile)); then
    jcmd "$wildfly" JFR.stop name="$name" filename="$out/server-$name.jfr" > /dev/null || log "no flight recording for $name"
  fi
  local status=0 ostatus=0
  wait "$pid" || status=$?
  if [[ -n $opid ]]; then wait "$opid" || ostatus=$?; fi
  driver_pids=()
  read -r heap_end committed_end _ <<< "$(jstat_gc "$wildfly")"
  jcmd "$wildfly" GC.heap_info > "$out/heap-$name-end.txt" 2>&1 || true
  grep -q '^RESULT ' "$report" || die "no RESULT line from the driver: $(cat "$out/driver-$name.err")"

  local approved_in_window cpu_per pg_per machine gc_ms note=""
  approved_in_window=$(result "$report" approved_in_window)
  cpu_per=$(awk -v c="$((cpu1 - cpu0))" -v n="$approved_in_window" 'BEGIN { if (n > 0) printf "%.2f", c / n; else print "-" }')
  pg_per=$(awk -v c="$((pg1 - pg0))" -v n="$approved_in_window" 'BEGIN { if (n > 0) printf "%.2f", c / n; else print "-" }')
  machine=$(awk -v b="$((busy1 - busy0))" -v t="$((total1 - total0))" 'BEGIN { if (t > 0) printf "%.0f", 100 * b / t; else print "-" }')
  gc_ms=$(awk -v a="$gc0" -v b="$gc1" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
  if ((status != 0)); then
    note="  driver: $(result "$report" unanswered) unanswered, $(result "$report" not_sent) not sent, $(result "$report" errors) errors"
  fi
  if [[ $av_running != - ]]; then
    note="$note  autovacuum at the window's end: $av_running"
  fi
  if [[ $scenario == kill ]]; then # the killed JVM's GC time and its database sessions are gone
    cpu_per="$cpu_per*"
    pg_per=-
    gc_ms=-
  fi
  rows+=("$(printf "$row_format" "$scenario" "$rate" \
    "$(result "$report" offered_per_s)" "$(result "$report" achieved_per_s)" "$(result "$report" approved_per_s)" \
    "$(result "$report" p50_ms)" "$(result "$report" p90_ms)" "$(result "$report" p99_ms)" \
    "$(result "$report" p999_ms)" "$(result "$report" max_ms)" "$(result "$report" timeouts)" \
    "$(result "$report" late)" "$(result "$report" declines)" "$cpu_per" "$pg_per" "$machine" "$gc_ms" \
    "$heap_warm" "$heap_end" "$committed_end" "$((av1 - av0))" "$((ckpt1 - ckpt0))")$note")
  if [[ -n $opid ]]; then
    local oreport=$out/driver-$name-advices.txt
    grep -q '^RESULT ' "$oreport" || die "no RESULT line from the offline driver: $(cat "$out/driver-$name-advices.err")"
    local taken
    taken=$(psql_db -F' ' -c "select count(*), round((count(*) / greatest(extract(epoch from max(posted_at) - min(posted_at)), 0.001))::numeric, 1)
      from journal_entry where entry_kind = 'OFFLINE_PAYMENT' and posted_at >= '$step_start'::timestamptz
        and terminal_code = any (string_to_array('$hot_terminal_list', ','))")
    offline_rows+=("  offline advices during $scenario at $rate/s: $(result "$oreport" approved) of $offline_count approved,"\
" posted at ${taken#* }/s from the first to the last (offered $offline_rate/s), p50 $(result "$oreport" p50_ms) ms,"\
" p99 $(result "$oreport" p99_ms) ms, $(result "$oreport" timeouts) timeouts, $(result "$oreport" unanswered) unanswered$( ((ostatus)) && echo ', driver reported errors' || true)")
  fi
  log "$scenario $rate/s done: $(result "$report" approved_per_s) approved/s, p99 $(result "$report" p99_ms) ms"
}

# --- the database's own limit for the same SQL (pgbench) ---------------------------------------------
pgbench_tps=
pgbench_clients=
pgbench_line=
measure_pgbench() {
  log "capturing the SQL of payments (log_statement = all for a few seconds)"
  local lines
  lines=$(wc -l < "$pg_log")
  psql_admin -c "alter system set log_statement = 'all'" -c 'select pg_reload_conf()' > /dev/null
  sleep 1
  local pid
  driver capture 20 0 5 "$spread_terminals" "$out/spread-secrets"
  wait "$last_driver" || true
  driver_pids=()
  psql_admin -c 'alter system reset log_statement' -c 'select pg_reload_conf()' > /dev/null
  tail -n +"$((lines + 1))" "$pg_log" > "$out/payment-sql.log"
  python3 "$repo/docs/bench/pgbench-from-log.py" "$out/payment-sql.log" --card-range="$card_range" \
    --terminals="$spread_terminals" -o "$out/payment.pgbench" 2> "$out/pgbench-from-log.err" || {
    pgbench_line="pgbench: no script could be made of the captured SQL ($out/pgbench-from-log.err)"
    log "$pgbench_line"
    pgbench_tps=-
    return 0
  }
  pgbench_clients=$(pool_max_used)
  is_count "${pgbench_clients:-x}" 1 1000 || pgbench_clients=16
  log "pgbench: the captured payment, $pgbench_clients clients, $pgbench_seconds s"
  PGOPTIONS='-c synchronous_commit=on' pgbench -n -h "$pg_host" -p "$pg_port" -U postgres \
    -f "$out/payment.pgbench" -c "$pgbench_clients" -j 2 -T "$pgbench_seconds" "$db" \
    > "$out/pgbench.txt" 2>&1 || die "pgbench failed: $out/pgbench.txt"
  pgbench_tps=$(awk '/^tps = / {printf "%.1f", $3; exit}' "$out/pgbench.txt")
  pgbench_line="pgbench, the SQL of one payment as captured ($(grep -c '^[a-zA-Z]' "$out/payment.pgbench") statements), $pgbench_clients clients (the pool's most in use), $pgbench_seconds s: $pgbench_tps payments/s, latency average $(awk '/^latency average/ {print $4; exit}' "$out/pgbench.txt") ms"
}

# --- the scenarios ----------------------------------------------------------------------------------
window_start=$(psql_db -c 'select now()')
for scenario in "${scenarios[@]}"; do
  case $scenario in
    busy)
      log "bulk-posting $busy_day payments on today's business day"
      psql_db -v holders=0 -v history=0 -v busy_day="$busy_day" -v days="$history_days" \
        -f "$repo/docs/bench/grow-ledger.sql" > "$out/grow-busy.txt" 2>&1 || die "grow-ledger failed: $out/grow-busy.txt"
      ;;
    grown)
      log "bulk-posting $history payments over the $history_days business days before today"
      psql_db -v holders=0 -v history="$history" -v busy_day=0 -v days="$history_days" \
        -f "$repo/docs/bench/grow-ledger.sql" > "$out/grow-history.txt" 2>&1 || die "grow-ledger failed: $out/grow-history.txt"
      ;;
  esac
  if ((checkpoint)) && [[ $scenario =~ ^(busy|grown)$ ]]; then
    log "checkpoint: the bulk load's writes to disk before the scenario"
    psql_db -c checkpoint > /dev/null
  fi
  rates_of=RATES_$scenario
  read -r -a scenario_rates <<< "${!rates_of:-${rates[*]}}"
  for rate in "${scenario_rates[@]}"; do
    is_count "$rate" 1 50000 || die "$rates_of: '$rate' is not a rate from 1 to 50000 payments per second"
    step "$scenario" "$rate"
    sleep "$pause"
  done
  if ((pgbench_on)) && [[ -z $pgbench_tps ]]; then measure_pgbench; fi
done
entries_total=$(psql_db -c 'select count(*) from journal_entry')
today_payments=$(psql_db -c "select count(*) from journal_entry where entry_kind = 'PAYMENT'
  and business_date = (now() at time zone 'Asia/Shanghai')::date")

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

cat "$out"/approved-*.csv > "$out/approved-keys.csv"
cat "$out"/unanswered-*.csv > "$out/unanswered-keys.csv"
# A terminal's request is under TERM:<terminal>:<rrn> (PaymentRequest.keyOf in ejb).
psql_db -F= > "$out/journal-check.txt" <<SQL
create temp table approved_key (terminal text, rrn text);
\copy approved_key from '$out/approved-keys.csv' with (format csv)
create temp table unanswered_key (terminal text, rrn text);
\copy unanswered_key from '$out/unanswered-keys.csv' with (format csv)
create temp table bench_entry as
  select j.business_key, j.terminal_code
  from journal_entry j
  where j.entry_kind in ('PAYMENT', 'OFFLINE_PAYMENT') and j.posted_at >= '$window_start'::timestamptz
    and j.business_key like 'TERM:%' -- terminal requests, not the bulk loads (BULK:) or pgbench (PGB:)
    and j.terminal_code = any (string_to_array('$all_terminals', ','));
create index on bench_entry (business_key);
select 'approved', count(*) from approved_key;
select 'approved_twice', count(*) from
  (select terminal, rrn from approved_key group by terminal, rrn having count(*) > 1) twice;
select 'missing', count(*) from approved_key a
  where not exists (select 1 from journal_entry j
                    where j.business_key = 'TERM:' || a.terminal || ':' || a.rrn
                      and j.entry_kind in ('PAYMENT', 'OFFLINE_PAYMENT') and j.terminal_code = a.terminal);
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
  "$pg_wal_sync, synchronous_commit on, shared_buffers $pg_shared_buffers), database $db"
[[ $pg_fsync == on ]] || echo "WARNING: fsync is off on this PostgreSQL: commits are not durable and the figures say little"
echo "$card_count cards (ids $card_range), 1..$max_amount fen; spread: $n_merchants merchants, one POS" \
  "terminal each; hot: $hot_terminals terminals of M0001; $connections connections per driver;" \
  "$warmup s warm-up + $duration s measured per step, timeout $timeout_ms ms"
echo
printf "$row_format\n" scenario rate offered/s answered/s approved/s p50_ms p90_ms p99_ms p99.9_ms max_ms \
  timeouts late declines cpu_ms/ok pg_ms/ok cpu% gc_ms heap_warm heap_end committed autovac ckpt
printf '%s\n' "${rows[@]}"
if ((${#offline_rows[@]})); then printf '%s\n' "${offline_rows[@]}"; fi
echo "  (latency from the intended send time; answered/s, approved/s: answers that arrived within the"
echo "   measured window; late: held back by the 32 in flight per connection, or sent over 1 ms after"
echo "   its time; cpu_ms/ok: WildFly CPU over the window per payment approved in it (*: the killed"
echo "   and the restarted process together); pg_ms/ok: PostgreSQL's CPU (all its processes) per payment"
echo "   approved in the window; cpu%: the whole machine, drivers and PostgreSQL included;"
echo "   gc_ms: WildFly GC time in the window; heap in MB: used after the warm-up, used at the end of"
echo "   the step, committed; autovac: autovacuum and autoanalyze runs of the database's tables that"
echo "   ended in the window; ckpt: PostgreSQL checkpoints that ended in it)"
if [[ -n $pgbench_line ]]; then
  best=$(printf '%s\n' "${rows[@]}" | awk '$1 == "spread" && $5 > b {b = $5} END {print b + 0}')
  echo
  echo "$pgbench_line"
  echo "best spread approved/s $best: $(awk -v a="$best" -v b="$pgbench_tps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }') of pgbench"
fi
echo
echo "journal: $entries_total entries, $today_payments payments on today's business day"
echo "ledger self-check: $sc_verdict ($sc_entries entries, $sc_postings postings," \
  "$sc_unbalanced unbalanced, $sc_mismatches balance mismatches, postings total $sc_total fen)"
echo "approved by the drivers: $(check approved) payments; approved twice: $(check approved_twice);" \
  "not in the journal: $(check missing); in it other than once: $(check posted_not_once)"
echo "terminal payments (TERM: keys) at the benchmark terminals since the first step: $(check payments_in_window);" \
  "not approved to a driver: $(check unexplained) unexplained," \
  "$(check posted_unanswered) sent and never answered (answers lost, listed in unanswered-keys.csv)"
echo "server stopped $stopped"
echo "driver reports, latency distributions (.hgrm), heap snapshots, server logs: $out"
if ((ok)); then
  echo "correctness: every approved payment is in the journal exactly once, nothing else was posted, the ledger is sound"
else
  echo "correctness: FAILED (see above and $out/journal-check.txt)"
  exit 1
fi
