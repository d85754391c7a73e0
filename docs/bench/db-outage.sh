#!/usr/bin/env bash
# Database outage under payment load: PostgreSQL stops for OUTAGE seconds in the middle of an
# open-loop payment run and starts again. Prints what the terminals were answered, how long after
# the database accepted connections again (the time in PostgreSQL's log) the first payment was
# approved and the last one failed (96), how much server.log grew over the run, and the ledger
# self-check afterwards. Answers are timed as they arrive at the driver (--answers-out).
#
# It runs on a PostgreSQL cluster of its own (PG_VERSION/PG_CLUSTER on PG_PORT, created when
# missing, its database yikatong dropped and created again) and the server this worktree
# provisioned (./mvnw -B -o -q -Ddb=postgresql -DskipTests package), started with a port offset,
# so that nothing else on the machine is disturbed. Needs root (pg_ctlcluster), psql, pg_isready,
# java 17+, curl, python3.
#
# Usage: docs/bench/db-outage.sh            (from the worktree root)
# Settings (environment):
#   PG_VERSION=15 PG_CLUSTER=outage PG_PORT=5433   the cluster that is stopped and started
#   PORT_OFFSET=300 ADAPTER_PORT=9800              the server's ports (HTTP 8080+offset)
#   RATE=100 DURATION=60 WARMUP=5 CONNECTIONS=7    the payment load (gateway simulator, open loop)
#   OUTAGE_AT=15 OUTAGE=10                         seconds into the measured window the database
#                                                  stops, and for how long
#   OUT=<directory for output>                     driver output, server.log of the run
#   SERVER=ear/target/wildfly-39.0.1.Final EAR=ear/target/yikatong.ear
#   SIMULATOR=jca-card-adapter/simulator/target/yikatong-gateway-simulator-cli.jar
#                                                  another build's server and EAR, to compare
set -euo pipefail

pg_version=${PG_VERSION:-15}
pg_cluster=${PG_CLUSTER:-outage}
pg_port=${PG_PORT:-5433}
offset=${PORT_OFFSET:-300}
adapter_port=${ADAPTER_PORT:-9800}
rate=${RATE:-100}
duration=${DURATION:-60}
warmup=${WARMUP:-5}
connections=${CONNECTIONS:-7}
outage_at=${OUTAGE_AT:-15}
outage=${OUTAGE:-10}
out=${OUT:-$(mktemp -d /tmp/db-outage.XXXXXX)}

server=${SERVER:-ear/target/wildfly-39.0.1.Final}
ear=${EAR:-ear/target/yikatong.ear}
simulator=${SIMULATOR:-jca-card-adapter/simulator/target/yikatong-gateway-simulator-cli.jar}
http=$((8080 + offset))
mgmt=$((9990 + offset))
base="http://127.0.0.1:$http/yikatong"
log="$server/standalone/log/server.log"

die() { echo "db-outage: $*" >&2; exit 1; }
[[ -d $server && -f $ear && -f $simulator ]] ||
  die "build first: ./mvnw -B -o -q -Ddb=postgresql -DskipTests package"
pg() { runuser -u postgres -- psql -X -At -q -p "$pg_port" -d postgres "$@"; }
db() { PGPASSWORD=yikatong psql -X -At -q -h 127.0.0.1 -p "$pg_port" -U yikatong -d yikatong "$@"; }
now() { date +%s.%N; }

# A fresh database on a cluster of our own.
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$pg_version $pg_cluster"; then
  pg_createcluster "$pg_version" "$pg_cluster" -p "$pg_port" >/dev/null
fi
pg_ctlcluster "$pg_version" "$pg_cluster" start 2>/dev/null || true
pg -c "DROP DATABASE IF EXISTS yikatong WITH (FORCE)"
pg -c "DO \$\$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname='yikatong') THEN
         CREATE ROLE yikatong LOGIN PASSWORD 'yikatong'; END IF; END\$\$"
pg -c "CREATE DATABASE yikatong OWNER yikatong ENCODING 'UTF8' TEMPLATE template0"

# The server, on the offset ports, with the demo data loaded into the empty database.
rm -rf "$server/standalone/deployments/yikatong.ear"* "$server/standalone/data" "$server/standalone/log"
cp "$ear" "$server/standalone/deployments/"
chmod u+x "$server"/bin/*.sh
"$server/bin/standalone.sh" -c standalone-full-ha.xml --stability=community \
  -Djboss.node.name=outage -Djboss.tx.node.id=outage -Djboss.socket.binding.port-offset="$offset" \
  -Dyikatong.adapter.port="$adapter_port" \
  -Dyikatong.db.url="jdbc:postgresql://127.0.0.1:$pg_port/yikatong" \
  -Dyikatong.db.user=yikatong -Dyikatong.db.password=yikatong \
  -Dyikatong.console-url="http://localhost:$http/yikatong/" >"$out/console.log" 2>&1 &
server_pid=$!
stop_server() {
  "$server/bin/jboss-cli.sh" --controller="127.0.0.1:$mgmt" -c :shutdown >/dev/null 2>&1 ||
    kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap 'pg_ctlcluster "$pg_version" "$pg_cluster" start 2>/dev/null || true; stop_server' EXIT
for _ in $(seq 300); do
  curl -sf "http://127.0.0.1:$mgmt/health/ready" 2>/dev/null | grep -q '"status":"UP"' && break
  kill -0 "$server_pid" 2>/dev/null || die "the server stopped while starting ($out/console.log)"
  sleep 1
done
curl -sf "http://127.0.0.1:$mgmt/health/ready" | grep -q '"status":"UP"' || die "the server is not ready"

# The load; the outage OUTAGE_AT seconds into its measured window.
java -jar "$simulator" --rate="$rate" --duration="$duration" --warmup="$warmup" \
  --connections="$connections" --port="$adapter_port" --timeout-ms=3000 \
  --answers-out="$out/answers.csv" >"$out/driver.log" 2>&1 &
driver_pid=$!
until grep -q 'measured window starts' "$out/driver.log"; do
  kill -0 "$driver_pid" 2>/dev/null || die "the driver ended early ($out/driver.log)"
  sleep 0.1
done
log_start=$(stat -c %s "$log")
window_start=$(now)
sleep "$outage_at"
down_at=$(now)
pg_ctlcluster "$pg_version" "$pg_cluster" stop -m fast
sleep "$outage"
pg_ctlcluster "$pg_version" "$pg_cluster" start
until pg_isready -q -h 127.0.0.1 -p "$pg_port"; do sleep 0.02; done
pg_log=/var/log/postgresql/postgresql-$pg_version-$pg_cluster.log
ready=$(grep 'database system is ready to accept connections' "$pg_log" | tail -1 | cut -d' ' -f1-3)
up_at=$(date -d "$ready" +%s.%N)
until grep -q 'measured window ends' "$out/driver.log"; do sleep 0.1; done
log_end=$(stat -c %s "$log")
window_end=$(now)
wait "$driver_pid" || true
log_after=$(stat -c %s "$log")

# What the journal and the log say.
first_ok=$(db -c "SELECT extract(epoch FROM min(posted_at)) FROM journal_entry
                  WHERE entry_kind = 'PAYMENT' AND posted_at >= to_timestamp($up_at)")
result=$(grep '^RESULT' "$out/driver.log" || true)
self_check=$(curl -sS -u 'admin:Ykt!Admin2026' -H 'Accept: application/json' \
  "$base/api/v1/ledger/self-check")
tail -c +"$((log_start + 1))" "$log" | head -c "$((log_end - log_start))" >"$out/server-window.log"
cp "$log" "$out/server.log"

python3 - "$result" "$down_at" "$up_at" "$first_ok" "$window_start" "$window_end" \
  "$log_start" "$log_end" "$log_after" "$self_check" "$out" <<'PY'
import json, re, sys
(result, down, up, first_ok, w0, w1, l0, l1, l2, self_check, out) = sys.argv[1:]
answers = []  # (seconds, code)
for line in open(f"{out}/answers.csv"):
    at, _, _, code = line.strip().split(",")
    answers.append((int(at) / 1000, code))
answers.sort()
up_t, down_t = float(up), float(down)
fields = dict(kv.split("=", 1) for kv in result.split()[1:]) if result else {}
window = open(f"{out}/server-window.log", errors="replace").read()
lines = window.count("\n")
traces = len(re.findall(r"^\S.*\n\s+at ", window, re.M))
by_level = {lvl: len(re.findall(rf"^\S+ \S+ {lvl} ", window, re.M)) for lvl in ("ERROR", "WARN")}
print(f"load: {fields.get('offered_per_s', '?')}/s offered over {float(w1) - float(w0):.0f} s measured")
print(f"database away for {up_t - down_t:.1f} s (stop issued to accepting connections again)")
print(f"answers: approved={fields.get('approved', '?')} declines={fields.get('declines', '?')}"
      f" timeouts={fields.get('timeouts', '?')} unanswered={fields.get('unanswered', '?')}"
      f" p99_ms={fields.get('p99_ms', '?')} max_ms={fields.get('max_ms', '?')}")
if first_ok:
    print(f"first payment posted {float(first_ok) - up_t:.2f} s after the database accepted connections again (journal)")
else:
    print("no payment posted after the database came back")
during = [c for t, c in answers if down_t <= t < up_t]
print(f"answers while the database was away: {len(during)}, by code "
      + ", ".join(f"{c}={during.count(c)}" for c in sorted(set(during))))
first_00 = next((t for t, c in answers if t >= up_t and c == "00"), None)
failed_after = [t for t, c in answers if t >= up_t and c != "00"]
print("first approval (00) at the driver " +
      (f"{first_00 - up_t:.2f} s" if first_00 else "never") +
      " after the database accepted connections again")
print(f"answers other than 00 after the database accepted connections again: {len(failed_after)}" +
      (f", the last {failed_after[-1] - up_t:.2f} s after it" if failed_after else ""))
print(f"server.log during the measured window: {(int(l1) - int(l0)) / 1e6:.2f} MB, {lines} lines,"
      f" {by_level['ERROR']} ERROR, {by_level['WARN']} WARN, {traces} stack traces and causes")
sc = json.loads(self_check)
sound = not sc.get("unbalancedEntries") and not sc.get("balanceMismatches")
print(f"ledger self-check: {'sound' if sound else 'FAILED'} ({sc.get('entries')} entries,"
      f" {sc.get('postings')} postings)")
print(f"output: {out}")
PY
