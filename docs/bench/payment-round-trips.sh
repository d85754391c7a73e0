#!/usr/bin/env bash
# Database round trips per card payment: statements from the PostgreSQL server log, round trips on the wire.
#
# Creates a fresh PostgreSQL database that logs every statement, starts the run command on it
# (./mvnw -Prun -Ddb=postgresql, demo data), plays the demo POS terminals with the gateway
# simulator and counts the statements the server executed for that database:
#   - a control window: the terminals sign on and off without payments (--payments=0);
#   - a measured window: the same terminals sign on, make N payments each, sign off.
# (measured - control) / approved payments is the cost of one payment. A third window with one
# terminal and one payment prints every statement in order, to read what one payment does.
#
# Statements: the server log (log_statement = all) has one line per statement: "execute <name>:
# SQL" for the JDBC driver's extended protocol, "statement: BEGIN" for the BEGIN it sends.
# Transactions: COMMITs (+ ROLLBACKs).
# Round trips: counted on the wire, not guessed from the log. The datasource reaches PostgreSQL
# through a small counting proxy (python3, PROXY_PORT). One round trip is one exchange: the
# client sends (however many messages, in however many TCP segments) and then waits until the
# server has answered; the next thing the client sends after an answer starts the next one. The
# proxy counts those exchanges, and, as a cross-check, the Sync and simple Query messages. They
# differ: the driver sends BEGIN as a simple Query in the same write as the transaction's first
# statement (one exchange, two messages), and a JDBC batch (Hibernate, batch_size=50) sends all
# its rows before one Sync. Identical statements in a row are not always a batch (the
# ledger's native "update account set balance_fen = balance_fen + ?" runs once per account), and
# the log's millisecond times cannot tell them apart; the proxy can.
#
# Background work is kept out: the windows start a few seconds after a minute (the EJB timers
# run on the minute) and must end before the next one, or they are measured again; statements
# on JBOSS_EJB_TIMER (the timer store's refresh) are left out and counted apart. An idle window
# shows what remains.
#
# Needs: psql reaching PostgreSQL as a superuser (trust auth on 127.0.0.1, or run as root), read
# access to the server log, ports 8080, 9990 and 9500 free. Changes PostgreSQL's log_line_prefix
# only if it lacks the backend pid and database (restored at exit).
#
# Usage: docs/bench/payment-round-trips.sh [PAYMENTS_PER_TERMINAL=50]
# Settings (environment): DB_NAME=yikatong_rt PG_HOST=127.0.0.1 PG_PORT=5432 PG_LOG=<server log>
#   TERMINALS=T0000001,...,T0000007 MAX_AMOUNT=100 PROXY_PORT=15432 OUT=<directory for output>
set -euo pipefail

per_terminal=${1:-50}
db=${DB_NAME:-yikatong_rt}
pg_host=${PG_HOST:-127.0.0.1}
pg_port=${PG_PORT:-5432}
terminals=${TERMINALS:-T0000001,T0000002,T0000003,T0000004,T0000005,T0000006,T0000007}
max_amount=${MAX_AMOUNT:-100}
proxy_port=${PROXY_PORT:-15432}
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-$(mktemp -d /tmp/payment-round-trips.XXXXXX)}
mkdir -p "$out"
sim_jar=$repo/jca-card-adapter/simulator/target/yikatong-gateway-simulator-cli.jar
expected_prefix='%m [%p] %q%u@%d '

log() { echo "== $*" >&2; }
die() { echo "payment-round-trips: $*" >&2; exit 1; }
psql_admin() { psql -X -At -q -v ON_ERROR_STOP=1 -h "$pg_host" -p "$pg_port" -U postgres -d postgres "$@"; }

[[ $per_terminal =~ ^[0-9]+$ && $per_terminal -gt 0 ]] || die "PAYMENTS_PER_TERMINAL must be a positive number"
command -v psql >/dev/null || die "psql not found"
command -v java >/dev/null || die "java not found"
command -v python3 >/dev/null || die "python3 not found (the round-trip counting proxy)"
psql_admin -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $pg_host:$pg_port as postgres"
for port in 8080 9990 9500 "$proxy_port"; do
  ! ss -ltn "sport = :$port" | grep -q LISTEN || die "port $port is in use: stop that server first"
done

# --- the server log ------------------------------------------------------------------------------
if [[ -z ${PG_LOG:-} ]]; then
  PG_LOG=$(psql_admin -c "select coalesce(pg_current_logfile(), '')")
  if [[ -n $PG_LOG && $PG_LOG != /* ]]; then PG_LOG=$(psql_admin -c 'show data_directory')/$PG_LOG; fi
  if [[ -z $PG_LOG ]] && command -v pg_lsclusters >/dev/null; then # Debian: stderr to a file
    PG_LOG=$(pg_lsclusters -h | awk -v p="$pg_port" '$3 == p && $4 == "online" {print $7; exit}')
  fi
fi
[[ -r ${PG_LOG:-} ]] || die "cannot read the PostgreSQL server log (set PG_LOG=...): '${PG_LOG:-}'"
log "PostgreSQL log: $PG_LOG; output in $out"

old_prefix=$(psql_admin -c 'show log_line_prefix')
prefix_changed=
server_pid=
proxy_pid=
restore() {
  set +e
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    log "stopping WildFly"
    "$repo"/ear/target/wildfly-*/bin/jboss-cli.sh --connect --command=:shutdown >/dev/null 2>&1
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$server_pid" 2>/dev/null; then kill -- "-$server_pid" 2>/dev/null; sleep 2; fi
  fi
  [[ -n $proxy_pid ]] && kill "$proxy_pid" 2>/dev/null
  psql_admin -c "ALTER DATABASE $db RESET log_statement" -c "ALTER DATABASE $db RESET log_min_duration_statement" 2>/dev/null
  if [[ -n $prefix_changed ]]; then
    log "restoring log_line_prefix to '$old_prefix'"
    psql_admin -c 'ALTER SYSTEM RESET log_line_prefix' -c 'select pg_reload_conf()' >/dev/null
    [[ $(psql_admin -c 'show log_line_prefix') == "$old_prefix" ]] ||
      psql_admin -c "ALTER SYSTEM SET log_line_prefix = '$old_prefix'" -c 'select pg_reload_conf()' >/dev/null
  fi
}
trap restore EXIT
trap 'exit 130' INT TERM

# The parser below reads "<time> <zone> [<pid>] <user>@<db> LOG:  execute <name>: <sql>".
if [[ $old_prefix != "$expected_prefix" ]]; then
  log "log_line_prefix is '$old_prefix': setting '$expected_prefix' for the run"
  prefix_changed=1
  psql_admin -c "ALTER SYSTEM SET log_line_prefix = '$expected_prefix'" -c 'select pg_reload_conf()' >/dev/null
  sleep 1
fi

# --- a fresh database that logs every statement --------------------------------------------------
log "creating database $db"
psql_admin <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'yikatong') THEN
    CREATE ROLE yikatong LOGIN PASSWORD 'yikatong';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER yikatong;
ALTER DATABASE $db SET log_statement = 'all';
ALTER DATABASE $db SET log_min_duration_statement = -1;
SQL

# --- the round-trip counter: a TCP proxy in front of PostgreSQL ------------------------------------
# Counts exchanges (client sends after the server has answered) and the frontend messages Sync
# 'S', Query 'Q' and Flush 'H'; writes them to a file on SIGUSR1.
cat > "$out/pgproxy.py" <<'PY'
import signal, socket, struct, sys, threading
listen_port, up_host, up_port, count_file = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
counts = {"S": 0, "Q": 0, "H": 0, "x": 0}
lock = threading.Lock()
def dump(*_):
    with lock:
        text = "round_trips=%d\nsyncs_queries=%d\nflushes=%d\n" % (counts["x"], counts["S"] + counts["Q"], counts["H"])
    with open(count_file + ".tmp", "w") as f: f.write(text)
    import os; os.replace(count_file + ".tmp", count_file)
signal.signal(signal.SIGUSR1, dump)
def pipe(src, dst, parse, state):
    buf, startup = b"", True
    try:
        while data := src.recv(65536):
            if not parse:  # server to client: the client may speak next
                state["answered"] = True
                dst.sendall(data); continue
            if state["answered"] and not startup and data[:1] != b"X":  # not Terminate
                with lock: counts["x"] += 1
            state["answered"] = False
            dst.sendall(data)
            buf += data
            while True:
                if startup:  # untyped: length, then SSLRequest / GSSENCRequest / startup
                    if len(buf) < 8: break
                    n = struct.unpack("!I", buf[:4])[0]
                    if len(buf) < n: break
                    code = struct.unpack("!I", buf[4:8])[0]
                    startup = code in (80877103, 80877104); buf = buf[n:]
                else:
                    if len(buf) < 5: break
                    n = 1 + struct.unpack("!I", buf[1:5])[0]
                    if len(buf) < n: break
                    t = chr(buf[0]); buf = buf[n:]
                    if t in counts:
                        with lock: counts[t] += 1
    except OSError: pass
    finally:
        for s in (src, dst):
            try: s.shutdown(socket.SHUT_RDWR)
            except OSError: pass
def serve(client):
    try: up = socket.create_connection((up_host, up_port))
    except OSError: client.close(); return
    for s in (client, up): s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    state = {"answered": False}
    threading.Thread(target=pipe, args=(client, up, True, state), daemon=True).start()
    threading.Thread(target=pipe, args=(up, client, False, state), daemon=True).start()
server = socket.create_server(("127.0.0.1", listen_port))
dump()
while True:
    try: conn, _ = server.accept()
    except InterruptedError: continue
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
PY
python3 "$out/pgproxy.py" "$proxy_port" "$pg_host" "$pg_port" "$out/proxy.count" &
proxy_pid=$!
for _ in $(seq 1 50); do [[ -f $out/proxy.count ]] && break; sleep 0.1; done
[[ -f $out/proxy.count ]] || die "the counting proxy did not start"

# --- build (the simulator) and start the run command --------------------------------------------
cd "$repo"
if [[ ! -f $sim_jar ]]; then
  log "building"
  ./mvnw -B -q -DskipTests package > "$out/build.log" 2>&1 || die "build failed: $out/build.log"
fi
log "starting ./mvnw -Prun -Ddb=postgresql on $db (log: $out/server.out)"
setsid ./mvnw -B -Prun -Ddb=postgresql \
  -Dyikatong.db.url="jdbc:postgresql://127.0.0.1:$proxy_port/$db?sslmode=disable" \
  -Dyikatong.db.user=yikatong -Dyikatong.db.password=yikatong \
  > "$out/server.out" 2>&1 < /dev/null &
server_pid=$!
deadline=$((SECONDS + 900))
until curl -sf http://127.0.0.1:9990/health/ready 2>/dev/null | grep -q '"status":"UP"' &&
  [[ $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/yikatong/) =~ ^(200|302)$ ]] &&
  ss -ltn 'sport = :9500' | grep -q LISTEN; do
  kill -0 "$server_pid" 2>/dev/null || die "the run command ended: $out/server.out"
  ((SECONDS < deadline)) || die "the server did not become ready in 15 minutes: $out/server.out"
  sleep 2
done
log "server ready"

# --- simulator and log windows -------------------------------------------------------------------
simulate() { # simulate NAME PAYMENTS [TERMINALS]
  java -jar "$sim_jar" --connections=1 --echoes=0 --retries=0 --reversals=0 --offline=0 \
    --malformed=0 --max-amount="$max_amount" --payments="$2" --terminals="${3:-$terminals}" \
    > "$out/$1.sim" 2>&1 || { cat "$out/$1.sim" >&2; die "simulator run $1 failed"; }
}
# Waits for seconds 3..10 of a minute, so that a window of under 50 s misses the minute's timers.
await_quiet_slot() {
  while :; do
    local s=$((10#$(date +%S)))
    ((s >= 3 && s < 10)) && return
    sleep 0.5
  done
}
# window NAME PAYMENTS [TERMINALS]: the log bytes written while the simulator ran.
window() {
  local name=$1 attempt
  for attempt in 1 2 3; do
    await_quiet_slot
    local minute=$(date +%H%M) from=$(stat -c %s "$PG_LOG")
    wire > "$out/$name.wire0"
    if [[ $2 == idle ]]; then sleep 10; else simulate "$@"; fi
    sleep 0.5 # the last COMMIT is logged before its response is sent; this is only a margin
    local to=$(stat -c %s "$PG_LOG")
    wire > "$out/$name.wire1"
    ((to >= from)) || die "the server log shrank (rotated?) during window $name"
    tail -c "+$((from + 1))" "$PG_LOG" | head -c "$((to - from))" > "$out/$name.log"
    [[ $(date +%H%M) == "$minute" && $((10#$(date +%S))) -lt 59 ]] && return
    log "window $name crossed a minute: measuring it again ($attempt)"
  done
  die "window $name kept crossing a minute"
}

# wire: the proxy's counters now.
wire() { rm -f "$out/proxy.count"; kill -USR1 "$proxy_pid"; for _ in $(seq 1 50); do [[ -f $out/proxy.count ]] && break; sleep 0.05; done; cat "$out/proxy.count"; }
# analyse NAME: statement counts of a window (key=value lines), and its statements to NAME.sql.
analyse() {
  awk -v db="$db" -v sqlout="$out/$1.sql" '
    function shorten(s) {
      s = tolower(s)
      gsub(/[ \t]+/, " ", s)
      if (s ~ /^select /) sub(/^select .* from /, "select … from ", s)
      if (s ~ /^insert into /) sub(/ ?\(.*$/, " (…)", s)
      if (s ~ /^update /) { sub(/ where .*$/, " where …", s) }
      gsub(/[a-z][a-z0-9]*_[0-9]+\./, "", s) # Hibernate aliases: c1_0.card_no -> card_no
      return substr(s, 1, 160)
    }
    {
      # "<date> <time> <zone> [<pid>] <user>@<db> LOG:  execute <name>: <sql>" (or "statement: ")
      if (!match($0, /^[0-9-]+ [0-9:.]+ [A-Z+0-9-]+ \[[0-9]+\] [^ ]*@[^ ]* LOG:  (execute [^:]*|statement): /)) next
      head = substr($0, 1, RLENGTH); sql = substr($0, RLENGTH + 1)
      split(head, f, " "); pid = f[4]; gsub(/[\[\]]/, "", pid)
      split(f[5], ud, "@"); if (ud[2] != db) next
      kind = toupper(sql); sub(/^[ \t(]+/, "", kind); sub(/[ ;].*$/, "", kind)
      if (kind == "WITH") kind = "SELECT"
      if (kind !~ /^(SELECT|INSERT|UPDATE|DELETE|BEGIN|COMMIT|ROLLBACK)$/) kind = "OTHER"
      if (tolower(sql) ~ /jboss_ejb_timer/) { timer++; next }   # the timer store, not ours
      total++; n[kind]++
      if (kind == "SELECT" && tolower(sql) ~ / for (no key )?update/) locks++
      if (kind == "BEGIN") intx[pid] = 1
      else if (kind == "COMMIT" || kind == "ROLLBACK") { if (intx[pid]) txs++; intx[pid] = 0 }
      else if (!intx[pid]) autocommit++
      print pid " " shorten(sql) > sqlout
    }
    END {
      printf "total=%d\ntransactions=%d\nautocommit=%d\nlocks=%d\ntimer=%d\n",
        total, txs, autocommit, locks, timer
      split("SELECT INSERT UPDATE DELETE BEGIN COMMIT ROLLBACK OTHER", k, " ")
      for (i = 1; i <= 8; i++) printf "%s=%d\n", k[i], n[k[i]]
    }' "$out/$1.log" > "$out/$1.counts"
  # round trips on the wire in the window
  local k
  for k in round_trips syncs_queries; do
    echo "$k=$(( $(awk -F= -v k=$k '$1 == k {print $2}' "$out/$1.wire1") - $(awk -F= -v k=$k '$1 == k {print $2}' "$out/$1.wire0") ))"
  done | sed 's/^round_trips=/trips=/; s/^syncs_queries=/syncs=/' >> "$out/$1.counts"
}
get() { awk -F= -v k="$2" '$1 == k {print $2}' "$out/$1.counts"; }
approved() { grep -o '00=[0-9]*' "$out/$1.sim" | head -1 | cut -d= -f2 || true; }

log "warming up (5 payments per terminal)"
simulate warmup 5
n_terminals=$(tr ',' '\n' <<< "$terminals" | wc -l)

log "idle window (10 s, nothing sent)"
window idle idle
log "control window: $n_terminals terminals sign on and off"
window control 0
log "measured window: $n_terminals terminals x $per_terminal payments"
window measured "$per_terminal"
log "sample window: one terminal, one payment"
window sample 1 "${terminals%%,*}"
for w in idle control measured sample; do analyse "$w"; done

# --- report --------------------------------------------------------------------------------------
ok=$(approved measured)
[[ ${ok:-0} -gt 0 ]] || die "no approved payment in the measured window: $out/measured.sim"
sent=$((n_terminals * per_terminal))
# responses in the measured window = payments + 2 network messages per terminal; approved counts
# the payments' 00 answers only (sign-on and sign-off are answered 00 too).
ok=$((ok - 2 * n_terminals))
per() { echo "scale=2; ($(get measured "$1") - $(get control "$1")) / $ok" | bc; }
echo
echo "Yikatong database round trips per card payment ($(git -C "$repo" log -1 --format='%h %s' | cut -c1-70))"
echo "database $db, $n_terminals terminals, $per_terminal payments each ($sent sent, $ok approved), amounts 1..$max_amount fen"
echo
echo "round trips per approved payment: $(per trips) (statements $(per total), transactions $(per transactions))"
printf '  %-10s %9s %9s %12s\n' statement measured control 'per payment'
for k in SELECT INSERT UPDATE DELETE BEGIN COMMIT ROLLBACK OTHER; do
  printf '  %-10s %9d %9d %12s\n' "$k" "$(get measured $k)" "$(get control $k)" "$(per $k)"
done
for k in total trips syncs transactions autocommit locks; do
  printf '  %-10s %9d %9d %12s\n' "$k" "$(get measured $k)" "$(get control $k)" "$(per $k)"
done
echo "  (trips: round trips (exchanges) on the wire; syncs: Sync + simple Query messages;"
echo "   locks: SELECT ... FOR [NO KEY] UPDATE;"
echo "   autocommit: statements outside BEGIN..COMMIT)"
echo "background: idle window (10 s) $(get idle total) statements; timer store statements left out:" \
  "idle $(get idle timer), control $(get control timer), measured $(get measured timer)"
if (($(get measured timer) + $(get control timer) > 0)); then
  echo "WARNING: the timer store ran in a window; the round trips on the wire include its statements"
fi
echo "sign-on + sign-off alone (control): $(echo "scale=2; $(get control trips) / $n_terminals" | bc) round trips per terminal"
echo
echo "simulator, measured window:"
sed 's/^/  /' "$out/measured.sim"
echo "simulator, control window:"
sed 's/^/  /' "$out/control.sim"
echo
echo "one terminal, sign-on + 1 payment + sign-off, in order (backend pid, shortened SQL):" \
  "$(get sample total) statements, $(get sample trips) round trips, $(get sample transactions) transactions"
sed 's/^/  /' "$out/sample.sql"
echo
echo "logs and extracts: $out"
