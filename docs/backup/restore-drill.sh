#!/usr/bin/env bash
#
# Restore drill for Yikatong's PostgreSQL database, end to end:
#
#   1. opens a read-only snapshot of the source database and counts the rows of every table and
#      takes checksums of the journal (journal_entry, posting), the accounts and the audit trail
#      in it, with the ledger's totals and every sequence's position;
#   2. dumps the source database in that same snapshot with pg_dump -Fc, so that the figures of
#      step 1 describe exactly what is in the dump, however busy the database is meanwhile;
#   3. lists the dump's table of contents (the archive is readable whole);
#   4. restores the dump into a scratch database (yikatong_drill) with pg_restore;
#   5. takes the same figures in the scratch database and compares them with step 1;
#   6. drops the scratch database (also when a step fails) and the dump (unless KEEP_DUMP=yes).
#
# Each step is timed; the report goes to standard output (and to REPORT, if set). Exit status 0
# when every figure is equal, 1 when any differs, 2 when the drill could not run.
#
# The source database is only read. The scratch database must not exist beforehand and its name
# must end in _drill, so that no real database is ever dropped by mistake.
#
# Settings (environment variables, defaults in brackets):
#   SOURCE_DB [yikatong]  DRILL_DB [yikatong_drill]
#   PGHOST [127.0.0.1]  PGPORT [5432]  PGUSER [postgres]: a superuser, or a role that may read
#       every table of SOURCE_DB and create databases (PGPASSWORD or ~/.pgpass as usual)
#   WORK_DIR [$TMPDIR or /var/tmp]: where the dump is written
#   KEEP_DUMP [no]: yes keeps the dump after the drill
#   JOBS [2]: parallel jobs of pg_restore
#   CHECKSUM_TABLES [journal_entry posting account audit_entry]: tables whose content is compared
#   REPORT: a file to copy the report to
#
# Example:  sudo -u postgres docs/backup/restore-drill.sh | tee restore-drill-$(date +%F).txt

set -Eeuo pipefail
umask 077

SOURCE_DB="${SOURCE_DB:-yikatong}"
DRILL_DB="${DRILL_DB:-yikatong_drill}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
WORK_DIR="${WORK_DIR:-${TMPDIR:-/var/tmp}}"
KEEP_DUMP="${KEEP_DUMP:-no}"
JOBS="${JOBS:-2}"
CHECKSUM_TABLES="${CHECKSUM_TABLES:-journal_entry posting account audit_entry}"
REPORT="${REPORT:-}"

PSQL=(psql -X -q -A -t -v ON_ERROR_STOP=1)
STAMP="$(date +%Y%m%dT%H%M%S)"
DUMP="$WORK_DIR/$SOURCE_DB-$STAMP.dump"
SOURCE_FIGURES="$WORK_DIR/$SOURCE_DB-$STAMP.source.txt"
DRILL_FIGURES="$WORK_DIR/$SOURCE_DB-$STAMP.drill.txt"
CREATED_DRILL=no
SNAP_PID=""
LINES=()

say() {
  LINES+=("$*")
  printf '%s\n' "$*"
}

fail() {
  say "DRILL NOT RUN: $*"
  exit 2
}

now_ms() {
  date +%s%3N
}

seconds_since() {
  local start=$1 end
  end=$(now_ms)
  printf '%d.%03d' $(((end - start) / 1000)) $(((end - start) % 1000))
}

human_bytes() {
  numfmt --to=iec-i --suffix=B --format='%.1f' "$1" 2>/dev/null || printf '%s bytes' "$1"
}

cleanup() {
  local status=$?
  if [[ -n "$SNAP_PID" ]] && kill -0 "$SNAP_PID" 2>/dev/null; then
    kill "$SNAP_PID" 2>/dev/null || true
  fi
  if [[ "$CREATED_DRILL" == yes ]]; then
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS \"$DRILL_DB\"" >/dev/null 2>&1 ||
      printf 'WARNING: could not drop %s; drop it by hand\n' "$DRILL_DB" >&2
  fi
  rm -f "$SOURCE_FIGURES" "$DRILL_FIGURES"
  if [[ "$KEEP_DUMP" != yes ]]; then
    rm -f "$DUMP"
  fi
  if [[ -n "$REPORT" && ${#LINES[@]} -gt 0 ]]; then
    printf '%s\n' "${LINES[@]}" >"$REPORT"
  fi
  exit "$status"
}
trap cleanup EXIT

# The figures compared, as "name|value" lines: every table's rows, the content checksums, the
# ledger's totals, every sequence's position. The same text runs on both sides.
figures_sql() {
  cat <<SQL
SET TIME ZONE 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'iso_8601';
SET extra_float_digits = 3;
SELECT format('SELECT %L || ''|'' || count(*) FROM %I.%I', 'rows:' || c.relname, n.nspname, c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND n.nspname = 'public'
 ORDER BY c.relname
\gexec
SELECT format('SELECT %L || ''|'' || last_value || '' (is_called '' || is_called || '')'' FROM %I.%I', 'sequence:' || c.relname, n.nspname, c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'S' AND n.nspname = 'public'
 ORDER BY c.relname
\gexec
SQL
  local t
  for t in $CHECKSUM_TABLES; do
    # Each row's text hashed to 64 bits and summed: equal content gives equal sums whatever the
    # order the rows are stored in, in constant memory.
    printf "SELECT 'checksum:%s|' || count(*) || ' rows, sum ' || coalesce(sum(('x' || substr(md5(t::text), 1, 16))::bit(64)::bigint::numeric), 0) FROM public.%s AS t;\n" "$t" "$t"
  done
  cat <<'SQL'
SELECT 'ledger:postings total fen|' || coalesce(sum(amount_fen), 0) FROM public.posting;
SELECT 'ledger:balances total fen|' || coalesce(sum(balance_fen), 0) FROM public.account;
SELECT 'ledger:entries per business day|' || count(DISTINCT business_date) || ' days, first ' || coalesce(min(business_date)::text, '-') || ', last ' || coalesce(max(business_date)::text, '-') FROM public.journal_entry;
SQL
}

# A session on the source database whose repeatable-read snapshot pg_dump shares.
snap_sql() {
  printf '%s\n\\echo @@end\n' "$1" >&"${SNAP[1]}"
  local line
  while IFS= read -r line <&"${SNAP[0]}"; do
    [[ "$line" == "@@end" ]] && return 0
    printf '%s\n' "$line"
  done
  return 1
}

# --- Checks before anything is done ---
[[ "$DRILL_DB" =~ ^[a-z0-9_]+_drill$ ]] || fail "DRILL_DB ($DRILL_DB) must be a plain name ending in _drill"
[[ "$DRILL_DB" != "$SOURCE_DB" ]] || fail "DRILL_DB must not be SOURCE_DB"
for tool in psql pg_dump pg_restore createdb sha256sum; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
mkdir -p "$WORK_DIR"
SERVER="$("${PSQL[@]}" -d postgres -c 'SHOW server_version')" || fail "cannot connect to $PGHOST:$PGPORT as $PGUSER"
read -r OWNER ENCODING COLLATE CTYPE SOURCE_SIZE < <("${PSQL[@]}" -F ' ' -d postgres -c \
  "SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding), datcollate, datctype, pg_database_size(datname)
     FROM pg_database WHERE datname = '$SOURCE_DB'") || true
[[ -n "${OWNER:-}" ]] || fail "no database $SOURCE_DB"
EXISTS="$("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DRILL_DB'")"
[[ -z "$EXISTS" ]] || fail "$DRILL_DB exists already (left by an interrupted drill?); drop it first"

say "# Restore drill of $SOURCE_DB, $(TZ=Asia/Shanghai date --iso-8601=seconds)"
say "host $(hostname), PostgreSQL $SERVER at $PGHOST:$PGPORT, pg_dump $(pg_dump --version | awk '{print $3}')"
say "source: $SOURCE_DB, owner $OWNER, $ENCODING, $(human_bytes "$SOURCE_SIZE") on disk"

# --- 1. Snapshot and the source's figures ---
start=$(now_ms)
coproc SNAP { "${PSQL[@]}" -d "$SOURCE_DB" 2>&1; }
snap_sql "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;" >/dev/null || fail "cannot open the snapshot session"
SNAPSHOT="$(snap_sql "SELECT pg_export_snapshot();")" || fail "cannot export a snapshot"
[[ "$SNAPSHOT" =~ ^[0-9A-F-]+$ ]] || fail "unexpected snapshot id: $SNAPSHOT"
snap_sql "$(figures_sql)" >"$SOURCE_FIGURES" || fail "cannot read the source's figures: $(tail -1 "$SOURCE_FIGURES")"
say "1. source figures in snapshot $SNAPSHOT: $(seconds_since "$start") s ($(grep -c '^rows:' "$SOURCE_FIGURES") tables)"

# --- 2. Dump in the same snapshot ---
start=$(now_ms)
pg_dump -Fc --snapshot="$SNAPSHOT" -d "$SOURCE_DB" -f "$DUMP"
DUMP_SECONDS=$(seconds_since "$start")
snap_sql "COMMIT;" >/dev/null || true
printf '\\q\n' >&"${SNAP[1]}"
wait "$SNAP_PID" 2>/dev/null || true
SNAP_PID=""
DUMP_BYTES=$(stat -c %s "$DUMP")
DUMP_SHA=$(sha256sum "$DUMP" | awk '{print $1}')
say "2. pg_dump -Fc: $DUMP_SECONDS s, $(human_bytes "$DUMP_BYTES") ($DUMP_BYTES bytes), sha256 $DUMP_SHA"

# --- 3. The archive's table of contents ---
start=$(now_ms)
TOC_ENTRIES=$(pg_restore --list "$DUMP" | grep -vc '^;')
TABLE_DATA=$(pg_restore --list "$DUMP" | grep -c ' TABLE DATA ' || true)
say "3. pg_restore --list: $(seconds_since "$start") s, $TOC_ENTRIES entries ($TABLE_DATA with table data)"

# --- 4. Restore into the scratch database ---
start=$(now_ms)
createdb -T template0 -O "$OWNER" -E "$ENCODING" --lc-collate="$COLLATE" --lc-ctype="$CTYPE" "$DRILL_DB"
CREATED_DRILL=yes
pg_restore --exit-on-error -j "$JOBS" -d "$DRILL_DB" "$DUMP"
RESTORE_SECONDS=$(seconds_since "$start")
DRILL_SIZE=$("${PSQL[@]}" -d postgres -c "SELECT pg_database_size('$DRILL_DB')")
say "4. createdb + pg_restore -j $JOBS into $DRILL_DB: $RESTORE_SECONDS s, $(human_bytes "$DRILL_SIZE") on disk"

# --- 5. The scratch database's figures, compared ---
start=$(now_ms)
figures_sql | "${PSQL[@]}" -d "$DRILL_DB" >"$DRILL_FIGURES"
if diff <(sort "$SOURCE_FIGURES") <(sort "$DRILL_FIGURES") >/dev/null; then
  VERDICT=PASSED
else
  VERDICT=FAILED
fi
say "5. figures compared: $(seconds_since "$start") s, $(wc -l <"$SOURCE_FIGURES") figures, $VERDICT"
say ""
say "| figure | source | restored |"
say "| --- | --- | --- |"
MAIN='^(rows:(journal_entry|posting|account|card_holder|card|day_close|merchant_day_total|subsidy_batch|subsidy_grant|top_up_order|adjustment|journal_export|audit_entry|ticket|app_user)$|checksum:|ledger:)'
while IFS= read -r line; do say "$line"; done < <(
  awk -F'|' -v main="$MAIN" '
    NR == FNR { key[++n] = $1; src[$1] = substr($0, length($1) + 2); next }
    { dst[$1] = substr($0, length($1) + 2) }
    END {
      for (i = 1; i <= n; i++) {
        k = key[i]
        if (k !~ main) continue
        d = (k in dst) ? dst[k] : "MISSING"
        printf "| %s | %s | %s%s |\n", k, src[k], d, (src[k] == d ? "" : " **DIFFERS**")
      }
    }' "$SOURCE_FIGURES" "$DRILL_FIGURES")
if [[ "$VERDICT" == FAILED ]]; then
  say ""
  say "Differences (< source, > restored):"
  while IFS= read -r line; do say "    $line"; done < <(diff <(sort "$SOURCE_FIGURES") <(sort "$DRILL_FIGURES") || true)
fi
say ""

# --- 6. Drop the scratch database ---
start=$(now_ms)
"${PSQL[@]}" -d postgres -c "DROP DATABASE \"$DRILL_DB\""
CREATED_DRILL=no
say "6. DROP DATABASE $DRILL_DB: $(seconds_since "$start") s"
if [[ "$KEEP_DUMP" == yes ]]; then
  say "dump kept: $DUMP"
fi
say "RESULT: $VERDICT"
[[ "$VERDICT" == PASSED ]]
