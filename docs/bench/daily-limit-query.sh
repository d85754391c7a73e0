#!/usr/bin/env bash
# What one payment's daily-limit check costs as the campus's business day fills up: the card's
# payments of the day net of their reversals and refunds (JpaJournal.spentOn), in the form the
# ledger used before and the form it uses now, timed by PostgreSQL's EXPLAIN ANALYZE.
#
# Usage: docs/bench/daily-limit-query.sh [payments-on-the-day] [cards] [days-of-history]
#        (defaults 100000 30000 120; history is one payment per card every fourth day)
# Needs a local PostgreSQL reachable as the postgres superuser (as .ci/run sets up); works in a
# scratch database ykt_daylimit that it drops and makes again, with journal_entry's columns and
# indexes as the changelog (004-ledger.xml) creates them.
set -euo pipefail
payments=${1:-100000}
cards=${2:-30000}
history_days=${3:-120}
db=ykt_daylimit

psql_su() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }

psql_su -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
psql_su -d "$db" <<SQL
CREATE TABLE journal_entry (
  id BIGINT PRIMARY KEY, business_key VARCHAR(100) NOT NULL UNIQUE, request_hash VARCHAR(64) NOT NULL,
  entry_kind VARCHAR(24) NOT NULL, business_date DATE NOT NULL, posted_at TIMESTAMPTZ NOT NULL,
  occurred_at TIMESTAMPTZ NOT NULL, amount_fen BIGINT NOT NULL, card_id BIGINT, terminal_code VARCHAR(8),
  merchant_id BIGINT, corrects_id BIGINT REFERENCES journal_entry(id), follow_up VARCHAR(24),
  description VARCHAR(200) NOT NULL, posted_by VARCHAR(64) NOT NULL);
CREATE INDEX ix_journal_entry_card ON journal_entry (card_id, business_date);
CREATE INDEX ix_journal_entry_merchant ON journal_entry (merchant_id, business_date);
CREATE INDEX ix_journal_entry_date ON journal_entry (business_date);
CREATE INDEX ix_journal_entry_corrects ON journal_entry (corrects_id);
-- Statistics are refreshed by this script alone, so that both states below are what they say.
ALTER TABLE journal_entry SET (autovacuum_enabled = false);
-- History: the days before, one payment per card every fourth day.
INSERT INTO journal_entry
SELECT g, 'H' || g, 'h', 'PAYMENT', DATE '2026-12-01' - 1 - (g % greatest($history_days, 1)), now(),
       now(), 800, g % $cards, 'T0000001', 1, NULL, NULL, '消费', 'gateway'
FROM generate_series(1, $cards * $history_days / 4) g;
-- The day: payments spread over every card, and one in a hundred reversed or refunded.
INSERT INTO journal_entry
SELECT 10000000 + g, 'P' || g, 'h', 'PAYMENT', DATE '2026-12-01', now(), now(), 800,
       g % $cards, 'T0000001', 1, NULL, NULL, '消费', 'gateway'
FROM generate_series(1, $payments) g;
INSERT INTO journal_entry
SELECT 20000000 + g, 'R' || g, 'h', CASE WHEN g % 2 = 0 THEN 'REVERSAL' ELSE 'REFUND' END,
       DATE '2026-12-01', now(), now(), 800, g % $cards, 'T0000001', 1, 10000000 + g, NULL, '冲正', 'gateway'
FROM generate_series(1, $payments, 100) g;
SQL

card=1  # a card with payments, a correction, and history
# As the application sends them: prepared, with parameters, so that after a few executions
# PostgreSQL plans once for any card and day (a generic plan), as it does for the JDBC driver's
# server-prepared statements.
before="SELECT coalesce(sum(e.amount_fen), 0) FROM journal_entry e JOIN journal_entry p ON p.id = e.corrects_id
 WHERE e.card_id = \$1 AND p.business_date = \$2 AND p.entry_kind = 'PAYMENT'
   AND e.entry_kind IN ('REVERSAL', 'REFUND')"
after="SELECT coalesce(sum(e.amount_fen), 0) FROM journal_entry e JOIN journal_entry p ON p.id = e.corrects_id
 WHERE e.card_id = \$1 AND e.business_date >= \$2 AND e.entry_kind IN ('REVERSAL', 'REFUND')
   AND p.card_id = \$1 AND p.business_date = \$2 AND p.entry_kind = 'PAYMENT'"

measure() { # median execution time of 9 runs of the generic plan, its buffers, and the answer
  local sql=$1 out
  out=$(psql_su -d "$db" <<SQL
SET plan_cache_mode = force_generic_plan;
PREPARE q(bigint, date) AS $sql;
EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($card, DATE '2026-12-01');
SQL
)
  printf '%s ms (median of 9); buffers: %s; answer %s\n' \
    "$(sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p' <<<"$out" | sort -n | sed -n 5p)" \
    "$(grep -m1 -o 'shared hit=[0-9]*\( read=[0-9]*\)\?' <<<"$out" | sed 's/shared //')" \
    "$(head -n 1 <<<"$out")"
}

echo "journal: $((cards * history_days / 4)) entries over $history_days days of history," \
  "$payments payments on the day over $cards cards"
echo "Statistics of the empty table, as during a load before autovacuum analyzes it:"
echo "  before (corrections found through the day's payments): $(measure "$before")"
echo "  after  (the card's own entries since the day):          $(measure "$after")"
psql_su -d "$db" -c "ANALYZE journal_entry"
echo "Statistics up to date (ANALYZE):"
echo "  before (corrections found through the day's payments): $(measure "$before")"
echo "  after  (the card's own entries since the day):          $(measure "$after")"
psql_su -d postgres -c "DROP DATABASE $db"
