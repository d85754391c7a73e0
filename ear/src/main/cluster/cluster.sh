#!/usr/bin/env bash
# Yikatong on a cluster of WildFly nodes on this machine (loopback), sharing one database.
#
#   ear/src/main/cluster/cluster.sh start [--nodes=ykt1,ykt2] [--db-url=URL] [--db-user=U]
#                                         [--db-password=P] [--fresh-db] [--offset-base=N]
#   ear/src/main/cluster/cluster.sh status | stop [NODE...] | kill NODE | restart NODE
#
# start   builds the server for PostgreSQL if this checkout has none (./mvnw -Ddb=postgresql
#         -DskipTests package), checks ports, names and the database, starts the first node (it
#         migrates the schema and loads the demo data into an empty database), then the others,
#         and waits until every node is ready. Node i (from 0) runs with port offset
#         offset-base + 100 i: console 8080+offset, management 9990+offset, card adapter
#         9500+offset, JGroups 7600+offset. Each node has its own base directory under
#         ear/target/cluster/<node> (configuration, log, data) and the same EAR.
#         --fresh-db drops and recreates the database first (local PostgreSQL only).
# kill    ends a node's JVM with SIGKILL, as a crash or a pulled plug would.
# restart starts a node of the running cluster again (after kill or stop).
#
# Production runs the same server configuration on several hosts: docs/cluster.md.
set -euo pipefail

root=${YIKATONG_ROOT:-$(cd "$(dirname "$0")/../../../.." && pwd)}
home=${YIKATONG_CLUSTER_HOME:-$root/ear/target/cluster}
state="$home/cluster.env"

die() { printf 'cluster: %s\n' "$*" >&2; exit 1; }
say() { printf '%s\n' "$*"; }

server_dir() { ls -d "$root"/ear/target/wildfly-*/ 2>/dev/null | head -n 1 | sed 's:/$::'; }

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

node_offset() { # offset of node $1 in the cluster of $NODES
  local i=0 n
  for n in ${NODES//,/ }; do
    [ "$n" = "$1" ] && { echo $((OFFSET_BASE + 100 * i)); return; }
    i=$((i + 1))
  done
  die "no node named $1 in this cluster (nodes: $NODES)"
}

node_pid() { # pid of a running node's JVM, or nothing
  local f="$home/$1/pid"
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f" || true
}

members() {
  local list="" n o
  for n in ${NODES//,/ }; do
    o=$(node_offset "$n")
    list="${list:+$list,}127.0.0.1[$((7600 + o))]"
  done
  echo "$list"
}

load_state() {
  [ -f "$state" ] || die "no cluster was started here ($state missing): run cluster.sh start"
  # shellcheck disable=SC1090
  . "$state"
}

db_endpoint() { # host and port of a JDBC URL (PostgreSQL, Oracle thin)
  local url=$1 rest
  case "$url" in
    jdbc:postgresql://*) rest=${url#jdbc:postgresql://}; rest=${rest%%/*}; rest=${rest%%\?*} ;;
    jdbc:oracle:thin:@//*) rest=${url#jdbc:oracle:thin:@//}; rest=${rest%%/*} ;;
    jdbc:oracle:thin:@*) rest=${url#jdbc:oracle:thin:@}; rest=${rest%%:*}:$(echo "$url" | cut -d: -f5) ;;
    jdbc:h2:*) die "the nodes share one database; H2 is embedded in one process. Use PostgreSQL (--db-url=jdbc:postgresql://HOST:5432/DB) or Oracle" ;;
    *) die "unsupported database URL: $url (jdbc:postgresql://HOST:PORT/DB or jdbc:oracle:thin:@//HOST:PORT/SERVICE)" ;;
  esac
  case "$rest" in *:*) echo "${rest%%:*} ${rest##*:}" ;; *) echo "$rest 5432" ;; esac
}

check_database() {
  local host port
  read -r host port < <(db_endpoint "$DB_URL")
  if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
    die "database unreachable at $host:$port ($DB_URL): start it, or give the right --db-url"
  fi
  if [[ "$DB_URL" == jdbc:postgresql:* ]] && command -v psql >/dev/null; then
    local db=${DB_URL##*/} out
    db=${db%%\?*}
    if ! out=$(PGPASSWORD=$DB_PASSWORD psql -h "$host" -p "$port" -U "$DB_USER" -d "$db" -qtAc 'SELECT 1' 2>&1); then
      die "database at $host:$port refused user $DB_USER on database $db: ${out%%$'\n'*} (create them, or give --db-user/--db-password/--db-url)"
    fi
  fi
}

fresh_database() {
  [[ "$DB_URL" == jdbc:postgresql://127.0.0.1:* || "$DB_URL" == jdbc:postgresql://localhost:* ]] \
    || die "--fresh-db only drops a local PostgreSQL database, not $DB_URL"
  local db=${DB_URL##*/}; db=${db%%\?*}
  local psql_admin=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA -d postgres)
  if [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
    psql_admin=(runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -d postgres)
  fi
  say "Fresh database $db"
  "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  if [ -z "$("${psql_admin[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" ]; then
    "${psql_admin[@]}" -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'"
  fi
  "${psql_admin[@]}" -c "CREATE DATABASE \"$db\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
}

ensure_server() {
  local dir config
  dir=$(server_dir)
  config="$dir/standalone/configuration/standalone-full-ha.xml"
  if [ -z "$dir" ] || [ ! -f "$root/ear/target/yikatong.ear" ] ||
     ! grep -q 'yikatong.cluster.members' "$config" 2>/dev/null ||
     ! grep -q '<driver>\(postgresql\|oracle\)</driver>' "$config" 2>/dev/null; then
    say "Building the server for PostgreSQL: ./mvnw -B -q -Ddb=postgresql -DskipTests package"
    (cd "$root" && ./mvnw -B -q -Ddb=postgresql -DskipTests package) || die "the build failed (see above)"
  fi
  SERVER=$(server_dir)
  [ -f "$root/ear/target/yikatong.ear" ] || die "no EAR at ear/target/yikatong.ear after the build"
}

check_ports() { # every port of node $1 free
  local n=$1 o p what
  o=$(node_offset "$n")
  for p in "http $((8080 + o))" "https $((8443 + o))" "ajp $((8009 + o))" "management $((9990 + o))" \
           "card-adapter $((9500 + o))" "jgroups $((7600 + o))" "jgroups-fd $((57600 + o))" \
           "txn-recovery $((4712 + o))" "txn-status $((4713 + o))"; do
    what=${p% *}; p=${p#* }
    if port_taken "$p"; then
      die "port $p ($what of node $n) is taken by another process (ss -ltnp 'sport = :$p' shows which): stop it, or move the cluster with --offset-base=N"
    fi
  done
}

start_node() { # start node $1 in the background; "fresh" as $2 wipes its directory first
  local n=$1 o dir
  o=$(node_offset "$n")
  dir="$home/$n"
  if [ "${2:-}" = fresh ]; then
    rm -rf "$dir"
  fi
  if [ ! -d "$dir/configuration" ]; then
    mkdir -p "$dir/deployments"
    cp -r "$SERVER/standalone/configuration" "$dir/"
  fi
  cp "$root/ear/target/yikatong.ear" "$dir/deployments/yikatong.ear"
  rm -f "$dir/deployments/yikatong.ear."*
  rm -rf "$dir/tmp"
  if [ -f "$dir/log/server.log" ]; then # the log of the run before, kept once
    mv "$dir/log/server.log" "$dir/log/server.log.previous"
  fi
  : >"$dir/console.log"
  JBOSS_PIDFILE="$dir/pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    nohup "$SERVER/bin/standalone.sh" -c standalone-full-ha.xml --stability=community \
      -Djboss.server.base.dir="$dir" \
      -Djboss.node.name="$n" -Djboss.tx.node.id="$n" \
      -Djboss.socket.binding.port-offset="$o" \
      -b 127.0.0.1 -bprivate 127.0.0.1 -bmanagement 127.0.0.1 \
      -Dyikatong.adapter.port=$((9500 + o)) \
      -Dyikatong.cluster.members="$(members)" \
      -Dyikatong.db.url="$DB_URL" -Dyikatong.db.user="$DB_USER" -Dyikatong.db.password="$DB_PASSWORD" \
      -Dyikatong.console-url="http://localhost:$((8080 + o))/yikatong/" \
      ${YIKATONG_NODE_OPTS:-} >"$dir/console.log" 2>&1 &
  say "Starting $n (port offset $o, log $dir/log/server.log)"
}

give_up() { # a node that failed to start is not left running
  local pid
  pid=$(node_pid "$1")
  [ -z "$pid" ] || kill -9 "$pid" 2>/dev/null || true
  die "$2"
}

await_ready() { # wait until node $1 is ready, or fail with what its log says
  local n=$1 o dir started=$SECONDS
  o=$(node_offset "$n")
  dir="$home/$n"
  while [ $((SECONDS - started)) -lt "${YIKATONG_START_TIMEOUT:-420}" ]; do
    if curl -fsS "http://127.0.0.1:$((9990 + o))/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then
      say "$n ready after $((SECONDS - started)) s"
      return 0
    fi
    if [ -f "$dir/deployments/yikatong.ear.failed" ] || grep -q 'WFLYCTL0013\|WFLYSRV0026.*failed\|WFLYCTL0186' "$dir/log/server.log" 2>/dev/null; then
      say "$n did not deploy Yikatong; its log says:" >&2
      grep -E 'ERROR|Caused by' "$dir/log/server.log" | tail -n 15 >&2
      cat "$dir/deployments/yikatong.ear.failed" 2>/dev/null >&2 || true
      give_up "$n" "node $n failed to start (full log: $dir/log/server.log)"
    fi
    if [ -z "$(node_pid "$n")" ] && [ $((SECONDS - started)) -gt 5 ]; then
      tail -n 30 "$dir/console.log" >&2
      die "node $n ended while starting (log: $dir/console.log)"
    fi
    sleep 1
  done
  give_up "$n" "node $n was not ready after ${YIKATONG_START_TIMEOUT:-420} s (log: $dir/log/server.log)"
}

print_cluster() {
  local n o addresses=""
  for n in ${NODES//,/ }; do
    o=$(node_offset "$n")
    addresses="${addresses:+$addresses,}127.0.0.1:$((9500 + o))"
    if [ -n "$(node_pid "$n")" ]; then
      say "  $n  pid $(node_pid "$n")  console http://localhost:$((8080 + o))/yikatong/  adapter 127.0.0.1:$((9500 + o))  ready http://127.0.0.1:$((9990 + o))/health/ready"
    else
      say "  $n  not running"
    fi
  done
  say "Gateways: --addresses=$addresses"
}

stop_node() {
  local n=$1 o pid
  o=$(node_offset "$n")
  pid=$(node_pid "$n")
  [ -n "$pid" ] || { say "$n is not running"; return 0; }
  "$SERVER/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + o))" --command=:shutdown >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { say "$n stopped"; return 0; }
    sleep 1
  done
  kill -9 "$pid" 2>/dev/null || true
  say "$n did not stop within 60 s and was killed"
}

cmd=${1:-}; shift || true
case "$cmd" in
  start)
    NODES=ykt1,ykt2
    DB_URL=${YIKATONG_DB_URL:-jdbc:postgresql://127.0.0.1:5432/yikatong}
    DB_USER=${YIKATONG_DB_USER:-yikatong}
    DB_PASSWORD=${YIKATONG_DB_PASSWORD:-yikatong}
    OFFSET_BASE=0
    fresh=""
    for arg in "$@"; do
      case "$arg" in
        --nodes=*) NODES=${arg#*=} ;;
        --db-url=*) DB_URL=${arg#*=} ;;
        --db-user=*) DB_USER=${arg#*=} ;;
        --db-password=*) DB_PASSWORD=${arg#*=} ;;
        --offset-base=*) OFFSET_BASE=${arg#*=} ;;
        --fresh-db) fresh=yes ;;
        *) die "unknown option $arg (see the head of $0)" ;;
      esac
    done
    [[ "$OFFSET_BASE" =~ ^[0-9]+$ ]] || die "--offset-base takes a number, was $OFFSET_BASE"
    seen=" "
    for n in ${NODES//,/ }; do
      [[ "$n" =~ ^[a-z][a-z0-9-]{0,22}$ ]] || die "node name '$n': lower-case letters, digits and '-', at most 23 characters (it is also the transaction node id)"
      [[ "$seen" != *" $n "* ]] || die "node name $n is given twice: every node needs its own name"
      seen="$seen$n "
      pid=$(node_pid "$n")
      [ -z "$pid" ] || die "node $n is already running (pid $pid): stop it first (cluster.sh stop $n) or choose another name"
    done
    [ "$(echo "$seen" | wc -w)" -ge 1 ] || die "--nodes names no node"
    for n in ${NODES//,/ }; do check_ports "$n"; done
    if [ -n "$fresh" ]; then fresh_database; fi
    check_database
    ensure_server
    mkdir -p "$home"
    { echo "NODES='$NODES'"; echo "DB_URL='$DB_URL'"; echo "DB_USER='$DB_USER'";
      echo "DB_PASSWORD='$DB_PASSWORD'"; echo "OFFSET_BASE='$OFFSET_BASE'"; echo "SERVER='$SERVER'"; } >"$state"
    first=${NODES%%,*}
    start_node "$first" fresh
    await_ready "$first"
    rest=${NODES#"$first"}; rest=${rest#,}
    for n in ${rest//,/ }; do start_node "$n" fresh; done
    for n in ${rest//,/ }; do await_ready "$n"; done
    say "Yikatong cluster up: $(echo "$seen" | wc -w) node(s) sharing $DB_URL"
    print_cluster
    ;;
  status)
    load_state
    print_cluster
    ;;
  stop)
    load_state
    targets=${*:-${NODES//,/ }}
    for n in $targets; do stop_node "$n"; done
    ;;
  kill)
    load_state
    [ $# -eq 1 ] || die "kill takes one node name"
    node_offset "$1" >/dev/null
    pid=$(node_pid "$1")
    [ -n "$pid" ] || die "node $1 is not running"
    at=$(date +%s%3N)
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    say "$1 killed (SIGKILL, pid $pid) at $at"
    ;;
  restart)
    load_state
    [ $# -eq 1 ] || die "restart takes one node name"
    [ -z "$(node_pid "$1")" ] || die "node $1 is running (pid $(node_pid "$1"))"
    check_ports "$1"
    check_database
    start_node "$1"
    await_ready "$1"
    ;;
  *)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$cmd" ] || [ "$cmd" = help ] || exit 2
    ;;
esac
