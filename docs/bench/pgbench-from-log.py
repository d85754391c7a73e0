#!/usr/bin/env python3
"""Turns the SQL of Yikatong's card payments, as a PostgreSQL statement log captured it, into a
pgbench script that runs the same statements, so that pgbench measures what the database alone can
do with one payment's SQL.

Reads a PostgreSQL stderr log written with log_statement = all (log_line_prefix '%m [%p] %q%u@%d ',
the Debian default: "<time> <zone> [<pid>] user@db LOG:  execute S_n: <sql>", then "DETAIL:
parameters: $1 = '...', ..."), and:

  - takes every committed transaction of one backend (BEGIN .. COMMIT) with an insert into
    journal_entry whose entry_kind is PAYMENT, and the read-only transaction just before it that
    selects its terminal by terminal_code (a terminal-secret lookup), if there is one; when such a
    transaction precedes at most half of the payments (the application keeps secrets per node and
    reads a terminal's only on its first request) or none, the payment transaction is replayed alone;
  - drops the nextval calls Hibernate makes once per 50 ids and the inserts into tables that only
    some payments write (--optional-table, default rrn_gap and double_tap), then checks that the
    payments run one statement sequence; payments that run another (a double tap's extra query, a
    payment split over the subsidy purse) are left out and counted, and fewer than half of them on
    the main sequence is an error;
  - gives every parameter a meaning, from the SQL around it (the column it is compared with,
    inserted into or set), the column's name, and the values all the sampled payments logged for
    it, and writes it as a pgbench variable or an SQL expression:
      card id (card.id, *.card_id)       :card_id, random in --card-range
      card serial_no                     (select serial_no from card where id = :card_id)
      terminal_code                      one of --terminals, random per payment
      business_key                       '<--key-prefix>:<terminal>:<xid>', unique per transaction
      request_hash                       sha256 of that key, hex
      *rrn* columns                      the transaction id (the key's last part)
      amount_fen, *_fen equal to +-it    :amount / :neg_amount, random in --amount
      balance_after_fen                  the account's balance_fen as locked earlier in the
                                         transaction (\\gset) plus the posting's amount
      business_date, dates of today      today in --zone; the date of a time bound of the same
                                         statement (business_date >= the day of now - 10 s): that
      timestamps                         now() (plus the whole seconds they were off the log time)
      account_no M<code>-T<n>            the terminal's merchant's takings stripe, random stripe;
                 M<code>-S, P<no>, S<no> its settled account, the card holder's purses;
                 SYS-...                 literally
      id of an insert                    nextval('<table>_seq'); the same value later: currval
      the same value as an earlier parameter of the same kind (same table, or an *_id column
                                         naming it): that parameter's expression
      an id or *_id an earlier select returned (holder_id from the card, the purse account ids
        from the select by holder, the terminal's id, merchant_id, ...): that select's column, by
        \\gset; of several selects of different rows that could have returned it, the first not yet
        used whose keys fit the values (a row's own id never comes with two values of the "=" keys
        it was found by, and a select of one row by "=" keys alone finds one id per key), e.g. the
        purse before the subsidy purse, the takings stripe found by account_no after them
      a select of several rows told apart by an in-list on a column it returns ("... holder_id=?
        and account_type in (?,?) order by id for no key update": the main and the subsidy purse)
        has one row per value of the list; \\gset takes one row, so when a later statement needs
        its columns it runs as "with r(c1, ..) as (<the same select>) select (array_agg(cN) filter
        (where <in column> = <value>))[1] as r<k>_<column>, .. from r": the same rows locked in the
        same order, by one statement returning the needed columns of each row (:sN_r<k>_<column>)
      a move of several rows' column in one update ("set balance_fen = balance_fen + case id when ?
        then ? .. end where id in (?, ..)"): each "when" an id as above, each "then" an amount
      versioned update (Hibernate's "update T set ... where id=? and version=?"): version+1, and
        every other column it sets without one of the meanings above keeps its value ("col=col");
        where version = the version the transaction's select of that row read
      description, location, name, remark, note: the text of the first sample, as it is
      limit / fetch first, and values equal in every sample: as they are
    A parameter no rule explains stops the conversion with the statement and parameter named.

Usage:
  docs/bench/pgbench-from-log.py LOG [--card-range=FIRST:COUNT] [options] > payment.sql
  pgbench -n -f payment.sql -c 8 -j 2 -T 60 DB        (-M prepared runs as the JDBC driver does)
The cards must be consecutive ids: grow-ledger.sql prints the range of the cards it made
("--card-range=FIRST:COUNT"); without it, the range from the lowest to the highest card id the
sampled payments used. The replayed payments post like the application's, balanced and moving
balances, so the ledger self-check still finds nothing; they skip the application's decisions (limits,
balance), so the cards need the money (grow-ledger tops them up with 10000 yuan).
Capture with the cards the replay pays with (grow-ledger's subsidy purses are empty): a payment that
draws on a subsidy purse posts on three accounts, another statement sequence, and the sequence most
samples took is the one replayed.
Converting a capture of 2000 payments (300 000 log lines) takes about 4 s.
"""

import argparse
import bisect
import collections
import datetime as dt
import re
import sys

try:
    from zoneinfo import ZoneInfo
except ImportError:  # pragma: no cover
    ZoneInfo = None


class ConversionError(Exception):
    """What stops the conversion, said so that the log or the options can be fixed."""


# --- reading the log -------------------------------------------------------------------------------

LINE = re.compile(
    r'^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?)(?: (?P<zone>[A-Za-z]{1,6}|[+-]\d\d(?::?\d\d)?))?'
    r' \[(?P<pid>\d+)(?:-\d+)?\] (?:\S+ )*?'
    r'(?P<level>LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING|NOTICE|INFO|FATAL|PANIC|DEBUG\d?):  (?P<msg>.*)$')
PARAM = re.compile(r'\s*\$(\d+) = ')
COMMA = re.compile(r'\s*,\s*')
EXECUTE = re.compile(r'^(?:execute [^:]*|statement): (?P<sql>.*)$', re.S)


class Stmt:
    def __init__(self, sql, ts, where):
        self.sql = sql.strip()
        self.ts = ts
        self.where = where
        self.raw_params = None
        self._params = None

    @property
    def params(self):
        """The parameters' values, $1 first (read from the DETAIL line when first asked for)."""
        if self._params is None:
            self._params = parse_params(self.raw_params, self.where) if self.raw_params else []
        return self._params


class Tx:
    def __init__(self, pid, start):
        self.pid = pid
        self.start = start
        self.end = None
        self.stmts = []
        self.failed = False


def parse_time(text, zone):
    t = dt.datetime.fromisoformat(text)
    if zone in (None, 'UTC', 'GMT', 'Z'):
        return t.replace(tzinfo=dt.timezone.utc)
    m = re.fullmatch(r'([+-])(\d\d):?(\d\d)?', zone)
    if m:
        off = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return t.replace(tzinfo=dt.timezone(off if m.group(1) == '+' else -off))
    if ZoneInfo is not None:
        try:
            return t.replace(tzinfo=ZoneInfo(zone))
        except Exception:
            pass
    raise ConversionError(f'unknown time zone {zone!r} in the log line prefix')


def parse_params(text, where):
    """$1 = '...', $2 = NULL, ... -> list of str or None, by position."""
    params = {}
    i = 0
    n = len(text)
    while i < n:
        m = PARAM.match(text, i)
        if not m:
            raise ConversionError(f'cannot read the parameters {where}: {text[i:i + 60]!r}')
        num = int(m.group(1))
        i = m.end()
        if text.startswith('NULL', i):
            params[num] = None
            i += 4
        elif i < n and text[i] == "'":
            i += 1
            value = []
            while True:
                j = text.find("'", i)
                if j < 0:
                    raise ConversionError(f'unterminated parameter ${num} {where}')
                value.append(text[i:j])
                if j + 1 < n and text[j + 1] == "'":
                    value.append("'")
                    i = j + 2
                else:
                    i = j + 1
                    break
            params[num] = ''.join(value)
        else:
            raise ConversionError(f'cannot read parameter ${num} {where}')
        m = COMMA.match(text, i)
        if m:
            i = m.end()
        elif text[i:].strip():
            raise ConversionError(f'cannot read the parameters {where}: {text[i:i + 60]!r}')
        else:
            break
    return [params.get(k) for k in range(1, max(params, default=0) + 1)]


def read_log(path):
    """The committed transactions of the log, in the order they began."""
    records = []
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip('\n')
                m = LINE.match(line)
                if m:
                    records.append([lineno, m.group('pid'), m.group('level'), m.group('msg'),
                                    parse_time(m.group('ts'), m.group('zone'))])
                elif records and (line.startswith('\t') or line.startswith(' ')):
                    records[-1][3] += '\n' + line.strip()
    except OSError as e:
        raise ConversionError(f'cannot read {path}: {e.strerror}')
    if not records:
        raise ConversionError(f'{path}: no line in the format "<time> [<pid>] user@db LOG:  ..." '
                              "(log_line_prefix '%m [%p] %q%u@%d ')")
    open_tx = {}
    last_stmt = {}
    done = []
    for lineno, pid, level, msg, ts in records:
        if level == 'LOG':
            m = EXECUTE.match(msg)
            if not m:
                continue
            sql = m.group('sql').strip().rstrip(';').strip()
            word = sql.split(None, 1)[0].upper() if sql else ''
            if word in ('BEGIN', 'START'):
                open_tx[pid] = Tx(pid, ts)
                last_stmt.pop(pid, None)
            elif word in ('COMMIT', 'END', 'ROLLBACK', 'ABORT'):
                tx = open_tx.pop(pid, None)
                if tx is not None and word in ('COMMIT', 'END') and not tx.failed:
                    tx.end = ts
                    done.append(tx)
                last_stmt.pop(pid, None)
            elif pid in open_tx:
                stmt = Stmt(sql, ts, f'(log line {lineno})')
                open_tx[pid].stmts.append(stmt)
                last_stmt[pid] = stmt
        elif level == 'DETAIL' and msg.startswith('parameters: ') and pid in last_stmt:
            last_stmt[pid].raw_params = msg[len('parameters: '):]
        elif level in ('ERROR', 'FATAL') and pid in open_tx:
            open_tx[pid].failed = True
    done.sort(key=lambda t: t.start)
    return done


# --- the shape of a statement ----------------------------------------------------------------------

KEYWORDS = {'where', 'on', 'join', 'left', 'right', 'inner', 'outer', 'full', 'cross', 'order',
            'group', 'having', 'limit', 'offset', 'fetch', 'for', 'using', 'set', 'values', 'as'}
OPS = r'(=|<>|!=|>=|<=|>|<)'
NEXTVAL = re.compile(r"^select\s+nextval\s*\(\s*'([^']+)'\s*\)$", re.I)


def depths(text):
    """Per character: the parenthesis depth, or -1 inside a quoted string."""
    out, depth, quote = [], 0, False
    for ch in text:
        if quote:
            out.append(-1)
            if ch == "'":
                quote = False
            continue
        if ch == "'":
            quote = True
            out.append(-1)
            continue
        if ch == '(':
            out.append(depth)
            depth += 1
            continue
        if ch == ')':
            depth -= 1
        out.append(depth)
    return out


def top_level(text, pattern):
    """The matches of a pattern that start outside parentheses and quotes."""
    d = depths(text)
    return [m for m in re.finditer(pattern, text, re.I) if d[m.start()] == 0]


def split_top(text):
    """Splits on commas outside parentheses and quotes."""
    parts, start = [], 0
    for m in top_level(text, ','):
        parts.append(text[start:m.start()].strip())
        start = m.end()
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts


class Ctx:
    """Where a parameter sits: table and column it meets, and how (where, in, insert, set, delta,
    case: the key of a "case column when $k then $v" in an update, limit), and with which operator."""

    def __init__(self, table, column, role, sign=1, op=None):
        self.table, self.column, self.role, self.sign, self.op = table, column, role, sign, op


class Shape:
    def __init__(self, sql):
        self.sql = sql
        self.kind = 'other'
        self.table = None
        self.aliases = {}
        self.outputs = []
        self.ctx = {}
        self.locks = False
        self.rows = None          # a select of several rows told apart by an in-list: (column, [$n])
        self.several = False      # a select that may return several rows
        low = sql.lower()
        if low.startswith('select') or low.startswith('('):
            self._select(sql)
        elif low.startswith('insert'):
            self._insert(sql)
        elif low.startswith('update'):
            self._update(sql)
        elif low.startswith('delete'):
            self._delete(sql)
        self.versioned = (self.kind == 'update'
                          and any(c.column == 'id' and c.role == 'where' for c in self.ctx.values())
                          and any(c.column == 'version' and c.role == 'where' for c in self.ctx.values()))

    def _from(self, text, aliases):
        first = None
        for m in re.finditer(r'\b(?:from|join)\s+(\w+)(?:\s+(?:as\s+)?(\w+))?', text, re.I):
            table = m.group(1).lower()
            alias = m.group(2)
            if first is None:
                first = table
            aliases[table] = table
            self.aliases[table] = table
            if alias and alias.lower() not in KEYWORDS:
                aliases[alias] = table
                self.aliases.setdefault(alias, table)
        return first

    def _conditions(self, text, aliases=None, table=None):
        aliases = self.aliases if aliases is None else aliases
        table = self.table if table is None else table

        def table_of(alias):
            return aliases.get(alias, table) if alias else table
        for m in re.finditer(r'(?:(\w+)\.)?(\w+)\s*' + OPS + r'\s*\$(\d+)', text):
            self.ctx.setdefault(int(m.group(4)), Ctx(table_of(m.group(1)), m.group(2).lower(), 'where',
                                                     op=m.group(3)))
        for m in re.finditer(r'\$(\d+)\s*' + OPS + r'\s*(?:(\w+)\.)?(\w+)', text):
            self.ctx.setdefault(int(m.group(1)), Ctx(table_of(m.group(3)), m.group(4).lower(), 'where',
                                                     op=m.group(2)))
        for m in re.finditer(r'(?:(\w+)\.)?(\w+)\s+(not\s+)?in\s*\(([^()]*)\)', text, re.I):
            for p in re.findall(r'\$(\d+)', m.group(4)):
                self.ctx.setdefault(int(p), Ctx(table_of(m.group(1)), m.group(2).lower(), 'in',
                                                op='not in' if m.group(3) else 'in'))
        for m in re.finditer(r'\b(?:fetch\s+(?:first|next)|limit|offset)\s+\$(\d+)', text, re.I):
            self.ctx[int(m.group(1))] = Ctx(table, None, 'limit')

    def _select(self, sql):
        """A select, or a union of selects: each part's conditions name the tables of that part."""
        self.kind = 'select'
        self.locks = bool(re.search(r'\bfor\s+(no\s+key\s+)?update\b|\bfor\s+share\b', sql, re.I))
        cuts = top_level(sql, r'\bunion(?:\s+all)?\b')
        bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(sql)]
        parts = [sql[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2)]
        for k, part in enumerate(parts):
            part = part.strip().lstrip('(').strip()
            m = re.match(r'select\s+', part, re.I)
            if not m:
                continue
            body = part[m.end():]
            froms = top_level(body, r'\bfrom\b')
            if not froms:
                continue
            items, rest = body[:froms[0].start()], body[froms[0].start():]
            aliases = {}
            table = self._from(rest, aliases)
            if k == 0:
                self.table = table
                for item in split_top(items):
                    a = re.fullmatch(r'(?:\w+\.)?(\w+)', item) or re.search(r'\s+as\s+(\w+)$', item, re.I)
                    self.outputs.append(a.group(1).lower() if a else None)
            self._conditions(body, aliases, table)
        if len(parts) > 1:
            self.several = True
            return
        ins = collections.defaultdict(list)
        for num, c in sorted(self.ctx.items()):
            if c.role == 'in' and c.op == 'in':
                ins[(c.table, c.column)].append(num)
        lists = [(key, nums) for key, nums in ins.items() if len(nums) > 1]
        if lists:
            self.several = True
            told = [(col, nums) for (table, col), nums in lists
                    if table == self.table and col in self.outputs]
            if len(told) == 1 and self.outputs.count(told[0][0]) == 1:
                self.rows = told[0]

    def _insert(self, sql):
        self.kind = 'insert'
        m = re.match(r'insert\s+into\s+(\w+)\s*\(([^)]*)\)\s*values\s*\((.*)\)\s*(returning\s+.*)?$',
                     sql, re.I | re.S)
        if not m:
            return
        self.table = m.group(1).lower()
        cols = [c.strip().lower() for c in m.group(2).split(',')]
        vals = split_top(m.group(3))
        for col, val in zip(cols, vals):
            p = re.fullmatch(r'\$(\d+)', val)
            if p:
                self.ctx[int(p.group(1))] = Ctx(self.table, col, 'insert')

    def _update(self, sql):
        self.kind = 'update'
        m = re.match(r'update\s+(\w+)(?:\s+(?:as\s+)?(\w+))?\s+set\s+(.*?)\s+where\s+(.*)$', sql, re.I | re.S)
        if not m:
            return
        self.table = m.group(1).lower()
        self.aliases[self.table] = self.table
        if m.group(2):
            self.aliases[m.group(2)] = self.table
        for item in split_top(m.group(3)):
            s = re.fullmatch(r'(?:\w+\.)?(\w+)\s*=\s*\$(\d+)', item)
            d = re.fullmatch(r'(?:\w+\.)?(\w+)\s*=\s*(?:\w+\.)?(\w+)\s*([+-])\s*\$(\d+)', item)
            # col = col + case key when $k then $v ... end: per row (key = $k), col moves by $v
            c = re.fullmatch(r'(?:\w+\.)?(\w+)\s*=\s*(?:\w+\.)?(\w+)\s*([+-])\s*case\s+(?:\w+\.)?(\w+)'
                             r'((?:\s+when\s+\$\d+\s+then\s+\$\d+)+)\s+end', item, re.I | re.S)
            if s:
                self.ctx[int(s.group(2))] = Ctx(self.table, s.group(1).lower(), 'set')
            elif d and d.group(1).lower() == d.group(2).lower():
                self.ctx[int(d.group(4))] = Ctx(self.table, d.group(1).lower(), 'delta',
                                                1 if d.group(3) == '+' else -1)
            elif c and c.group(1).lower() == c.group(2).lower():
                for w in re.finditer(r'when\s+\$(\d+)\s+then\s+\$(\d+)', c.group(5), re.I):
                    self.ctx[int(w.group(1))] = Ctx(self.table, c.group(4).lower(), 'case', op='=')
                    self.ctx[int(w.group(2))] = Ctx(self.table, c.group(1).lower(), 'delta',
                                                    1 if c.group(3) == '+' else -1)
        self._conditions(m.group(4))

    def _delete(self, sql):
        self.kind = 'delete'
        m = re.match(r'delete\s+from\s+(\w+)(?:\s+(?:as\s+)?(\w+))?\s+where\s+(.*)$', sql, re.I | re.S)
        if not m:
            return
        self.table = m.group(1).lower()
        self.aliases[self.table] = self.table
        if m.group(2):
            self.aliases[m.group(2)] = self.table
        self._conditions(m.group(3))


# --- choosing the transactions ---------------------------------------------------------------------

def is_nextval(stmt):
    return NEXTVAL.match(stmt.sql) is not None


def insert_table(stmt):
    m = re.match(r'insert\s+into\s+(\w+)', stmt.sql, re.I)
    return m.group(1).lower() if m else None


def payment_insert(tx, entry_table, kind):
    for s in tx.stmts:
        if insert_table(s) == entry_table:
            shape = Shape(s.sql)
            for num, c in shape.ctx.items():
                if c.column == 'entry_kind' and num <= len(s.params) and s.params[num - 1] == kind:
                    return s, shape
    return None, None


def value_of(stmt, shape, column):
    for num, c in shape.ctx.items():
        if c.column == column and num <= len(stmt.params):
            return stmt.params[num - 1]
    return None


def select_transactions(txs, args):
    payments = []
    for tx in txs:
        s, shape = payment_insert(tx, args.entry_table, args.entry_kind)
        if s is not None:
            payments.append((tx, value_of(s, shape, 'terminal_code')))
    if not payments:
        raise ConversionError(f'no committed transaction with an insert into {args.entry_table} of '
                              f'entry_kind {args.entry_kind} in the log (log_statement = all?)')
    # The terminal-secret lookup: the read-only transaction just before, on the same backend (or the
    # latest other one that ended at most 2 s before), whose parameters name the terminal.
    def read_only(c):
        return c.stmts and all(s.sql.lower().startswith('select') and not is_nextval(s) for s in c.stmts)

    def reads_terminal(c, terminal):
        return any(terminal in st.params and Shape(st.sql).table == 'terminal' for st in c.stmts)
    previous = {}
    last_on_pid = {}
    for tx in sorted(txs, key=lambda t: t.end):
        previous[id(tx)] = last_on_pid.get(tx.pid)
        last_on_pid[tx.pid] = tx
    by_value = collections.defaultdict(list)
    for c in sorted(txs, key=lambda t: t.end):
        if read_only(c):
            for v in {p for st in c.stmts for p in st.params if p is not None}:
                by_value[v].append(c)
    claimed = set()
    pairs = []
    for tx, terminal in payments:
        secret = None
        if terminal is not None:
            def fits(c):
                return (c is not None and id(c) not in claimed and c.end <= tx.start
                        and (tx.start - c.end).total_seconds() <= 2 and read_only(c)
                        and reads_terminal(c, terminal))
            if fits(previous.get(id(tx))):
                secret = previous[id(tx)]
            else:
                named = by_value.get(terminal, [])
                k = bisect.bisect_right([c.end for c in named], tx.start)
                while k > 0 and secret is None and (tx.start - named[k - 1].end).total_seconds() <= 2:
                    k -= 1
                    if fits(named[k]):
                        secret = named[k]
        if secret is not None:
            claimed.add(id(secret))
        pairs.append((tx, secret))
    return pairs


def main_sequence(stmt_lists, optional, what):
    """The statements every sample runs, the samples on them, and a note of what was left out."""
    dropped = collections.Counter()
    kept = []
    for stmts in stmt_lists:
        core = []
        for s in stmts:
            if is_nextval(s):
                dropped['nextval calls (Hibernate takes ids 50 at a time; the inserts call nextval)'] += 1
            elif insert_table(s) in optional:
                dropped[f'inserts into {insert_table(s)} (--optional-table)'] += 1
            else:
                core.append(s)
        kept.append(core)
    sequences = collections.Counter(tuple(s.sql for s in core) for core in kept)
    main, count = sequences.most_common(1)[0]
    if count * 2 <= len(kept):
        variants = '\n'.join(f'  {n} x {len(seq)} statements' for seq, n in sequences.most_common(5))
        raise ConversionError(f'the {what} transactions do not share one statement sequence (the '
                              f'commonest runs in {count} of {len(kept)}):\n{variants}')
    chosen = [k for k, core in enumerate(kept) if tuple(s.sql for s in core) == main]
    samples = [kept[k] for k in chosen]
    others = len(kept) - len(samples)
    notes = [f'{n} {text}' for text, n in sorted(dropped.items())]
    if others:
        first = next(core for core in kept if tuple(s.sql for s in core) != main)
        diff = next((i for i, (a, b) in enumerate(zip(main, (s.sql for s in first))) if a != b),
                    min(len(main), len(first)))
        notes.append(f'{others} of {len(kept)} {what} transactions run another sequence and are left '
                     f'out (the first differs at statement {diff + 1}: '
                     f'{(first[diff].sql if diff < len(first) else "(ends)")[:90]})')
    return list(main), samples, chosen, notes


# --- meanings ----------------------------------------------------------------------------------------

DATE = re.compile(r'^\d{4}-\d\d-\d\d$')
TIMESTAMP = re.compile(r'^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d(?::?\d\d)?)?$')
INTEGER = re.compile(r'^-?\d+$')
FREE_TEXT = {'description', 'location', 'name', 'full_name', 'remark', 'note', 'notes', 'comment'}


def sql_literal(value):
    if value is None:
        return 'NULL'
    if INTEGER.match(value) and not (len(value) > 1 and value.lstrip('-').startswith('0')):
        return value
    return "'" + value.replace("'", "''") + "'"


def parse_ts(value):
    v = value.replace(' ', 'T', 1)
    if v.endswith('Z'):
        v = v[:-1] + '+00:00'
    m = re.search(r'([+-]\d\d)$', v)
    if m:
        v += ':00'
    t = dt.datetime.fromisoformat(v)
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


class DropSamples(Exception):
    """Some samples took another path through the same statements: leave them out and start again."""

    def __init__(self, keep, note):
        super().__init__(note)
        self.keep, self.note = keep, note


class RowOf:
    """The group of one row of a select of several rows: statement index, row (its in-list place)."""

    def __init__(self, stmt, row):
        self.stmt, self.row = stmt, row

    def __eq__(self, other):
        return isinstance(other, RowOf) and (self.stmt, self.row) == (other.stmt, other.row)

    def __hash__(self):
        return hash(('RowOf', self.stmt, self.row))

    def __repr__(self):
        return f'row {self.row} of statement {self.stmt + 1}'


class Resolved:
    """A parameter's replacement: SQL text, the kind of thing it is, and the select it came from."""

    def __init__(self, sql, note, etype=None, group=None, register=True):
        self.sql, self.note, self.etype, self.group, self.register = sql, note, etype, group, register


class Converter:
    def __init__(self, args, statements, samples, tables, zone):
        self.args = args
        self.statements = statements         # SQL texts of the payment transaction
        self.samples = samples               # per sample: list of Stmt, aligned with statements
        self.shapes = [Shape(sql) for sql in statements]
        self.tables = tables
        self.zone = zone
        self.uses = set()                    # pgbench variables the script needs
        self.gsets = {}                      # statement index -> prefix
        self.sets_before = collections.defaultdict(list)  # statement index -> [\set lines]
        self.resolved = {}                   # (statement index, param number) -> Resolved
        self.groups = {}                     # statement index -> row group id
        self.group_members = collections.defaultdict(list)
        self.group_value = {}                # (group, sample) -> id value it is bound to
        self.last_nextval = {}               # sequence -> (statement index) of its latest nextval
        self.row_groups = {}                 # select of several rows -> [(row, in-list $n, group)]
        self.gset_cols = collections.defaultdict(set)  # such a select -> {(row, column)} needed
        self.notes = []

    # -- small parts
    def fail(self, i, num, why):
        sql = self.statements[i]
        values = ', '.join(repr(s[i].params[num - 1]) if num <= len(s[i].params) else '?'
                           for s in self.samples[:4])
        raise ConversionError(f'statement {i + 1}, parameter ${num}: {why}\n  statement: {sql[:300]}'
                              f'\n  values in the samples: {values}')

    def values(self, i, num):
        return [s[i].params[num - 1] if num <= len(s[i].params) else None for s in self.samples]

    def etype(self, table, column):
        if column == 'id':
            return table
        if column and column.endswith('_id'):
            stem = column[:-3]
            cands = [t for t in self.tables if t == stem or t.endswith('_' + stem)]
            if len(cands) == 1:
                return cands[0]
            return stem
        return None

    def _amounts(self):
        """Per sample, the payment's amount: the first amount_fen an insert writes."""
        for i, shape in enumerate(self.shapes):
            if shape.kind == 'insert':
                for num, c in sorted(shape.ctx.items()):
                    if c.column == 'amount_fen':
                        vals = self.values(i, num)
                        if all(v is not None and INTEGER.match(v) for v in vals):
                            return [int(v) for v in vals]
        return None

    def terminal_sql(self):
        self.uses.add('term_idx')
        codes = ','.join(sql_literal(t) for t in self.args.terminal_list)
        return f'(array[{codes}]::text[])[:term_idx]'

    def key_sql(self):
        return f"('{self.args.key_prefix}:' || {self.terminal_sql()} || ':' || pg_current_xact_id()::text)"

    def group_of(self, i):
        """The row a select reads: the row group of the select its id condition came from, or its
        table and conditions. A select of several rows told apart by an in-list reads one row per
        value of the list: a group each."""
        if i in self.groups:
            return self.groups[i]
        shape = self.shapes[i]
        if shape.rows:
            column, nums = shape.rows
            self.row_groups[i] = []
            for k, num in enumerate(nums, 1):
                g = RowOf(i, k)
                self.row_groups[i].append((k, num, g))
                self.group_members[g].append(i)
            self.groups[i] = RowOf(i, 0)
            return self.groups[i]
        for num, c in shape.ctx.items():
            r = self.resolved.get((i, num))
            if c.column == 'id' and c.role == 'where' and r is not None and r.group is not None:
                g = r.group
                break
        else:
            conds = tuple(sorted((c.column or '', c.role, self.resolved[(i, num)].sql)
                                 for num, c in shape.ctx.items() if (i, num) in self.resolved))
            g = (shape.table, conds)
        self.groups[i] = g
        self.group_members[g].append(i)
        return g

    def row_of(self, i):
        """The row group an update or delete by id writes: that of the select its id came from, or
        of the selects by the same id."""
        for num, c in self.shapes[i].ctx.items():
            r = self.resolved.get((i, num))
            if c.column == 'id' and c.role == 'where' and r is not None:
                return r.group if r.group is not None else (self.shapes[i].table, (('id', 'where', r.sql),))
        return None

    def gset(self, i, column):
        prefix = self.gsets.setdefault(i, f's{i + 1}_')
        return f':{prefix}{column}'

    def gcol(self, j, g, column):
        """The variable a column of statement j's row of group g is \\gset into."""
        if isinstance(g, RowOf) and g.stmt == j:
            self.gset_cols[j].add((g.row, column))
            return self.gset(j, f'r{g.row}_{column}')
        return self.gset(j, column)

    def key_of(self, g, j):
        """Per sample, the values statement j finds group g's row by with "=" (and its in-list value)."""
        shape = self.shapes[j]
        nums = [n for n, c in sorted(shape.ctx.items()) if c.role == 'where' and c.op == '=']
        if isinstance(g, RowOf):
            nums += [num for k, num, _ in self.row_groups[j] if k == g.row]
        cols = [self.values(j, n) for n in nums]
        return [tuple(col[t] for col in cols) for t in range(len(self.samples))] if nums else None

    def could_be(self, g, j, etype, vals):
        """Whether the row statement j reads as group g can have these ids: rows found by different
        keys are different rows, so one id never comes with two keys; and a select of one row by
        keys alone (no order, no limit) finds the same row by the same keys."""
        shape = self.shapes[j]
        if etype != shape.table:
            return True
        keys = self.key_of(g, j)
        if keys is None:
            return True
        by_value, by_key = {}, {}
        if not all(by_value.setdefault(v, k) == k for v, k in zip(vals, keys)):
            return False
        if any(c.role == 'limit' for c in shape.ctx.values()) or re.search(r'\border\s+by\b', shape.sql, re.I) \
                and not isinstance(g, RowOf):
            return True
        return all(by_key.setdefault(k, v) == v for v, k in zip(vals, keys))

    # -- the rules
    def resolve_all(self):
        """Resolves every parameter; samples that take another path through the same statements
        (the data chooses: a payment drawn from the subsidy purse instead of the main purse) are left
        out, the larger part kept, and the resolution starts again."""
        while True:
            self.resolved, self.groups, self.group_value, self.last_nextval = {}, {}, {}, {}
            self.row_groups, self.gset_cols = {}, collections.defaultdict(set)
            self.group_members = collections.defaultdict(list)
            self.gsets, self.sets_before = {}, collections.defaultdict(list)
            self.amounts = self._amounts()
            try:
                for i, shape in enumerate(self.shapes):
                    nums = sorted(set(int(n) for n in re.findall(r'\$(\d+)', self.statements[i])))
                    # an update's row first: what it writes back tells the values of that row
                    nums.sort(key=lambda n: (shape.kind == 'update' and (shape.ctx.get(n) is None
                                                                       or shape.ctx[n].role != 'where'), n))
                    for num in nums:
                        self.resolved[(i, num)] = self.resolve(i, num, shape.ctx.get(num))
                    if shape.kind == 'select':
                        self.group_of(i)
                for i in sorted(self.gset_cols):
                    column, nums = self.shapes[i].rows
                    self.notes.append(
                        f'statement {i + 1} returns a row per {column}: run as the application runs it '
                        f'inside "with r as (...)", which returns one row with the columns later '
                        f'statements use ({", ".join(sorted(f"r{k}_{c}" for k, c in self.gset_cols[i]))}): '
                        f'the same rows locked in the same order, by one statement')
                return self
            except DropSamples as d:
                self.notes.append(d.note)
                self.samples = [self.samples[k] for k in d.keep]

    def earlier(self, i, num):
        """Parameters resolved before this one, latest first."""
        for (j, n), r in sorted(self.resolved.items(), reverse=True):
            if (j, n) < (i, num) and r.register and r.etype is not None:
                yield j, n, r

    def resolve(self, i, num, c):
        vals = self.values(i, num)
        shape = self.shapes[i]
        if c is None:
            if len(set(vals)) == 1 and len(self.samples) >= self.args.min_samples:
                return Resolved(sql_literal(vals[0]), 'the same in every sample', register=False)
            self.fail(i, num, 'the SQL around it says nothing of its meaning (not compared with, '
                              'inserted into or set to a column)')
        col = c.column
        if all(v is None for v in vals):
            return Resolved('NULL', 'NULL in every sample', register=False)
        if c.role == 'limit':
            if len(set(vals)) == 1:
                return Resolved(sql_literal(vals[0]), 'row limit', register=False)
            self.fail(i, num, 'a row limit that differs between samples')
        if any(v is None for v in vals) and col not in FREE_TEXT:
            self.fail(i, num, 'NULL in some samples only')
        etype = self.etype(c.table, col)

        # versioned update: the new version, and the columns written back unchanged
        if shape.versioned and c.role == 'set':
            if col == 'version':
                return Resolved('(version + 1)', 'the version Hibernate increments', register=False)
            meaning = self.request_meaning(i, num, c, vals, versioned=True)
            if meaning is not None:
                return meaning
            # what is written back is what the row holds: an id kind there is known for the row
            row = self.row_of(i)
            if etype is not None and row is not None:
                for t, v in enumerate(vals):
                    self.group_value[(row, etype, t)] = v
            return Resolved(f'({col})', 'written back as read (versioned update)', register=False)
        if c.role == 'where' and col == 'version':
            return self.version_check(i, num, c)

        meaning = self.request_meaning(i, num, c, vals)
        if meaning is not None:
            return meaning

        if col == 'balance_after_fen' or (col and col.startswith('balance_after')):
            return self.balance_after(i, num, c, vals)
        if c.role == 'insert' and col == 'id':
            seq = self.args.sequences.get(c.table, f'{c.table}_seq')
            self.last_nextval[seq] = (i, num)
            return Resolved(f"nextval('{seq}')", f'a new id from {seq}', etype=c.table, register=True)

        # the same value as an earlier parameter of the same kind
        if etype is not None:
            same = [(j, n, r, [a == b for a, b in zip(self.values(j, n), vals)])
                    for j, n, r in self.earlier(i, num) if r.etype == etype]
            partly = [x for x in same if any(x[3])]
            if partly and not any(all(x[3]) for x in partly):
                # in some samples the value is that of one earlier parameter, in others another's
                best = max(partly, key=lambda x: (sum(x[3]), -x[0], -x[1]))
                if sum(best[3]) * 2 >= len(vals):
                    keep = [t for t, ok in enumerate(best[3]) if ok]
                    others = sorted({f'{x[0] + 1}' for x in partly if x is not best})
                    raise DropSamples(keep, f'statement {i + 1}, ${num} ({c.table}.{col}): as ${best[1]} of '
                                            f'statement {best[0] + 1} in {len(keep)} of {len(vals)} samples, '
                                            f'of statement {", ".join(others)} in others (the data chooses); '
                                            f'replayed as in the {len(keep)}, the others left out')
            for j, n, r, ok in same:
                if all(ok):
                    sql = r.sql
                    if sql.startswith('nextval('):
                        seq = re.match(r"nextval\('([^']+)'\)", sql).group(1)
                        if self.last_nextval.get(seq) != (j, n):
                            self.fail(i, num, f'the id {seq} gave statement {j + 1}, after another '
                                              'nextval of it: currval would not be it')
                        sql = f"currval('{seq}')"
                    return Resolved(sql, f'as ${n} of statement {j + 1}', etype, r.group)
            provided = self.provider(i, num, etype, vals)
            if provided is not None:
                return provided
            if etype == 'card':
                self.uses.add('card_id')
                return Resolved(':card_id', 'the card paying (random in --card-range)', etype)

        if col in FREE_TEXT:
            if any(v is None for v in vals):
                return Resolved('NULL', 'free text, NULL in a sample', register=False)
            return Resolved(sql_literal(vals[0]), 'free text, as the first sample has it', register=False)
        if len(set(vals)) == 1 and len(self.samples) >= self.args.min_samples:
            return Resolved(sql_literal(vals[0]), 'the same in every sample', register=False)
        why = ('only one sample: cannot tell a constant from a value that varies'
               if len(self.samples) < self.args.min_samples else 'no rule explains it')
        self.fail(i, num, f'{c.table}.{col} ({c.role}): {why}')

    def request_meaning(self, i, num, c, vals, versioned=False):
        """Meanings given by the column's name and the values' shape; of the columns a versioned
        update sets, only those that change with every request."""
        col = c.column or ''
        if col == 'terminal_code':
            return Resolved(self.terminal_sql(), 'the terminal (random in --terminals)', 'terminal_code')
        if col == 'business_key':
            return Resolved(self.key_sql(), 'a business key unique per transaction', 'business_key')
        if col == 'request_hash':
            return Resolved(f"encode(sha256(convert_to({self.key_sql()}, 'UTF8')), 'hex')",
                            'the key\'s sha256', register=False)
        if 'rrn' in col.split('_'):
            numeric = all(v is not None and v.isdigit() for v in vals)
            return Resolved('pg_current_xact_id()::text' + ('::bigint' if numeric else ''),
                            'the request number (the key\'s last part)', register=False)
        amount = self.amount_meaning(c, vals)
        if amount is not None or versioned:
            return amount
        if col == 'serial_no' and c.table == 'card':
            self.uses.add('card_id')
            note = ('the card\'s serial by a subselect (pgbench writes a variable into the SQL '
                    'unquoted: a text value cannot pass by \\gset)')
            if note not in self.notes:
                self.notes.append(note)
            return Resolved('(select serial_no from card where id = :card_id)', 'the card\'s serial',
                            'card_serial')
        if col == 'account_no':
            return self.account_no(i, num, vals)
        if all(v is not None and DATE.match(v) for v in vals):
            # a bound's date: the business day of a time bound of the same statement (now - 10 s)
            for n in sorted(set(int(x) for x in re.findall(r'\$(\d+)', self.statements[i])) - {num}):
                tvals = self.values(i, n)
                if not all(v is not None and TIMESTAMP.match(v) for v in tvals):
                    continue
                t = self.time_sql(i, tvals)
                if t is None or t[0] == 'now()':
                    continue
                if all(parse_ts(tv).astimezone(self.zone).date() == dt.date.fromisoformat(v)
                       for tv, v in zip(tvals, vals)):
                    return Resolved(f"({t[0]} at time zone '{self.args.zone}')::date",
                                    f'the business day of ${n} ({t[1]})', register=False)
            days = {(dt.date.fromisoformat(v) - s[i].ts.astimezone(self.zone).date()).days
                    for v, s in zip(vals, self.samples)}
            if len(days) == 1:
                d = days.pop()
                today = f"(now() at time zone '{self.args.zone}')::date"
                return Resolved(today if d == 0 else f'({today} + {d})',
                                'today' if d == 0 else f'today {d:+d} days', register=False)
            self.fail(i, num, 'a date at different distances from the log time')
        if all(v is not None and TIMESTAMP.match(v) for v in vals):
            t = self.time_sql(i, vals)
            if t is not None:
                return Resolved(t[0], t[1], register=False)
            if c.role in ('insert', 'set'):
                self.fail(i, num, 'a time not tied to the time of the request')
        return None

    def time_sql(self, i, vals):
        """A time at a steady distance from the log's time of the statement: now(), or now() plus
        that distance in whole seconds."""
        offsets = [(parse_ts(v) - s[i].ts).total_seconds() for v, s in zip(vals, self.samples)]
        if all(abs(o) <= 5 for o in offsets):
            return 'now()', 'the time of the request'
        mean = sum(offsets) / len(offsets)
        if all(abs(o - mean) <= 60 for o in offsets):
            return f"(now() + interval '{round(mean)} seconds')", f'now {round(mean):+d} s'
        return None

    def amount_meaning(self, c, vals):
        """A *_fen value that is the payment's amount or minus it, in every sample."""
        col = c.column or ''
        if not col.endswith('_fen') or col.startswith('balance_after') or self.amounts is None \
                or not all(v is not None and INTEGER.match(v) for v in vals):
            return None
        ints = [int(v) for v in vals]
        if ints == self.amounts:
            self.uses.add('amount')
            return Resolved(':amount', 'the amount', register=False)
        if ints == [-a for a in self.amounts]:
            self.uses.add('amount')
            return Resolved(':neg_amount', 'minus the amount', register=False)
        return None

    def account_no(self, i, num, vals):
        if len(set(vals)) == 1 and vals[0].startswith('SYS-'):
            return Resolved(sql_literal(vals[0]), 'a system account', register=False)
        terminal = self.terminal_sql()
        if all(re.fullmatch(r'M.+-T\d+', v) for v in vals):
            self.uses.add('stripe')
            return Resolved(f"(select 'M' || m.merchant_code || '-T' || :stripe from terminal t join "
                            f"merchant m on m.id = t.merchant_id where t.terminal_code = {terminal})",
                            'the terminal\'s merchant\'s takings stripe (random stripe)', 'account_no')
        if all(re.fullmatch(r'M.+-S', v) for v in vals):
            return Resolved(f"(select 'M' || m.merchant_code || '-S' from terminal t join "
                            f"merchant m on m.id = t.merchant_id where t.terminal_code = {terminal})",
                            'the terminal\'s merchant\'s settled account', 'account_no')
        for letter, what in (('P', 'main purse'), ('S', 'subsidy purse')):
            if all(v.startswith(letter) and not v.startswith('SYS-') for v in vals):
                self.uses.add('card_id')
                return Resolved(f"(select '{letter}' || h.holder_no from card c join card_holder h on "
                                f"h.id = c.holder_id where c.id = :card_id)",
                                f'the card holder\'s {what}', 'account_no')
        self.fail(i, num, 'an account number of no known kind (M<code>-T<n>, M<code>-S, P<holder>, '
                          'S<holder>, SYS-...)')

    def provider(self, i, num, etype, vals):
        """An earlier select that returned this id: its column, by \\gset. The selects of one row are
        one group; a group that gave this kind of id with another value is out."""
        groups = collections.OrderedDict()
        for j in range(i):
            shape = self.shapes[j]
            if shape.kind != 'select' or j not in self.groups:
                continue
            if j in self.row_groups:
                rows = [g for _, _, g in self.row_groups[j]]
            elif shape.several:
                continue  # may return several rows, not told apart: \gset takes one
            else:
                rows = [self.groups[j]]
            for col in shape.outputs:
                if col and self.etype(shape.table, col) == etype:
                    for g in rows:
                        groups.setdefault(g, []).append((j, col))
        match, free, ruled_out = None, [], 0
        for g, members in groups.items():
            bound = [self.group_value.get((g, etype, t)) for t in range(len(self.samples))]
            if all(b is None for b in bound):
                if self.could_be(g, members[-1][0], etype, vals):
                    free.append((g, members))
                else:
                    ruled_out += 1
            elif bound == vals:
                match = (g, members)
        if match is None and not free:
            return None
        g, members = match or free[0]
        j, col = members[-1]
        note = f'{col} of statement {j + 1}'
        if isinstance(g, RowOf):
            column, nums = self.shapes[j].rows
            note += f' (its row of {column} = ${nums[g.row - 1]})'
        if match is None and len(free) > 1:
            note += f' (the first of {len(free)} selects that could have returned it)'
        if match is None and ruled_out:
            note += f' ({ruled_out} other select(s) find other rows by the same values)'
        for t, v in enumerate(vals):
            self.group_value[(g, etype, t)] = v
        # the row's own id stands for the row; a reference to another row (merchant_id) does not
        own = etype == self.shapes[j].table
        return Resolved(self.gcol(j, g, col), note, etype, g if own else None)

    def version_check(self, i, num, c):
        g = self.row_of(i)
        reads = [j for j in self.group_members.get(g, []) if j < i and 'version' in self.shapes[j].outputs]
        if not reads:
            self.fail(i, num, 'a version check on a row no earlier select read')
        return Resolved(self.gcol(reads[-1], g, 'version'), f'the version statement {reads[-1] + 1} read',
                        register=False)

    def balance_after(self, i, num, c, vals):
        shape = self.shapes[i]
        account = amount = None
        for n, other in shape.ctx.items():
            if (i, n) not in self.resolved:
                continue
            if other.column == 'account_id':
                account = self.resolved[(i, n)]
            elif other.column == 'amount_fen':
                amount = self.resolved[(i, n)]
        if account is None or amount is None or account.group is None \
                or amount.sql not in (':amount', ':neg_amount'):
            self.fail(i, num, 'a balance after a posting, without the account (read by an earlier '
                              'select) and the amount in the same statement')
        reads = [j for j in self.group_members.get(account.group, [])
                 if j < i and 'balance_fen' in self.shapes[j].outputs]
        if not reads:
            self.fail(i, num, 'a balance after a posting on an account no earlier select read')
        var = f'b{i + 1}_{num}'
        self.sets_before[i].append(f'\\set {var} {self.gcol(reads[-1], account.group, "balance_fen")} + {amount.sql}')
        return Resolved(f':{var}', f'the balance statement {reads[-1] + 1} read, plus the amount',
                        register=False)

    def render(self, i):
        sql = re.sub(r'\$(\d+)', lambda m: self.resolved[(i, int(m.group(1)))].sql, self.statements[i])
        lines = list(self.sets_before.get(i, []))
        if self.gset_cols.get(i):
            # several rows, \gset takes one: the same statement (the same rows, locked in the same
            # order) as a CTE, and one row of it with the columns needed of each row
            shape = self.shapes[i]
            column, nums = shape.rows
            names = [f'c{k + 1}' for k in range(len(shape.outputs))]
            key = names[shape.outputs.index(column)]
            items = []
            for row, col in sorted(self.gset_cols[i]):
                if col not in shape.outputs:
                    raise ConversionError(f'statement {i + 1} returns no column {col}')
                items.append(f'(array_agg({names[shape.outputs.index(col)]}) filter (where {key} = '
                             f'{self.resolved[(i, nums[row - 1])].sql}))[1] as r{row}_{col}')
            lines.append(f'with r({", ".join(names)}) as ({sql}) select {", ".join(items)} from r '
                         f'\\gset {self.gsets[i]}')
        elif i in self.gsets:
            lines.append(f'{sql} \\gset {self.gsets[i]}')
        else:
            lines.append(sql + ';')
        return lines


# --- the script -------------------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(
        prog='pgbench-from-log.py',
        description=__doc__.split('\n\n')[0] + '\n(How parameters are read: the header of this file.)',
        epilog='Example: docs/bench/pgbench-from-log.py postgresql.log --card-range=102:30000 '
               '--terminals=T0000001,T0000002 -o payment.sql && '
               'pgbench -n -f payment.sql -c 8 -j 2 -T 20 DB',
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('log', help='PostgreSQL stderr log with log_statement = all')
    p.add_argument('-o', '--output', help='the pgbench script (default: standard output)')
    p.add_argument('--card-range', metavar='FIRST:COUNT',
                   help='the cards to pay with: ids FIRST..FIRST+COUNT-1 (grow-ledger.sql prints it; '
                        'default: the lowest to the highest card id of the sampled payments)')
    p.add_argument('--terminals', metavar='CODE,CODE,...',
                   help='POS terminals to pay at, at random (default: those of the sampled payments)')
    p.add_argument('--amount', default='1:10', metavar='MIN:MAX', help='amounts in fen (default 1:10)')
    p.add_argument('--stripes', type=int, default=8, help="merchant takings stripes (default 8)")
    p.add_argument('--zone', default='Asia/Shanghai', help='time zone of business days (default Asia/Shanghai)')
    p.add_argument('--key-prefix', default='PGB', help='business key prefix (default PGB; no terminal key uses it)')
    p.add_argument('--entry-table', default='journal_entry', help=argparse.SUPPRESS)
    p.add_argument('--entry-kind', default='PAYMENT', help='entry_kind of the transactions to replay (default PAYMENT)')
    p.add_argument('--optional-table', action='append', metavar='TABLE',
                   help='a table some payments insert into and others not (default: rrn_gap, double_tap)')
    p.add_argument('--sequence', action='append', default=[], metavar='TABLE=SEQ',
                   help="the sequence of a table's ids (default <table>_seq)")
    p.add_argument('--no-secret', action='store_true', help='leave out the terminal-secret transaction')
    p.add_argument('--min-samples', type=int, default=2,
                   help='payments needed to call a value that never varies a constant (default 2)')
    args = p.parse_args(argv)
    args.card_first = args.card_count = None
    if args.card_range is not None:
        m = re.fullmatch(r'(\d+):(\d+)', args.card_range)
        if not m or int(m.group(1)) < 1 or int(m.group(2)) < 1:
            p.error(f'--card-range takes FIRST:COUNT, card ids from 1, was {args.card_range!r}')
        args.card_first, args.card_count = int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r'(\d+):(\d+)', args.amount)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        p.error(f'--amount takes MIN:MAX with 1 <= MIN <= MAX, was {args.amount}')
    args.amount_min, args.amount_max = int(m.group(1)), int(m.group(2))
    if args.terminals is not None:
        args.terminal_list = [t.strip() for t in args.terminals.split(',') if t.strip()]
        bad = [t for t in args.terminal_list if not re.fullmatch(r'[A-Za-z0-9]{1,8}', t)]
        if bad or not args.terminal_list:
            p.error(f'--terminals: not a terminal code: {bad[0] if bad else args.terminals!r}')
    if not 1 <= args.stripes <= 1000:
        p.error('--stripes must be 1..1000')
    if not re.fullmatch(r'[A-Za-z0-9]{1,20}', args.key_prefix):
        p.error('--key-prefix: 1-20 letters or digits')
    args.optional = set(t.lower() for t in (args.optional_table or ['rrn_gap', 'double_tap']))
    args.sequences = {}
    for s in args.sequence:
        if not re.fullmatch(r'\w+=\w+', s):
            p.error(f'--sequence takes TABLE=SEQ, was {s}')
        t, q = s.split('=')
        args.sequences[t.lower()] = q
    try:
        args.zone_info = ZoneInfo(args.zone) if ZoneInfo else None
    except Exception:
        p.error(f'--zone: unknown time zone {args.zone}')
    if args.zone_info is None:
        args.zone_info = dt.timezone(dt.timedelta(hours=8))
    return args


def convert(args):
    txs = read_log(args.log)
    pairs = select_transactions(txs, args)
    payment_core, payment_samples, chosen, notes = main_sequence(
        [tx.stmts for tx, _ in pairs], args.optional, 'payment')
    paired = [pairs[k] for k in chosen]
    if getattr(args, 'terminal_list', None) is None:
        codes = []
        for tx, _ in paired:
            s, shape = payment_insert(tx, args.entry_table, args.entry_kind)
            code = value_of(s, shape, 'terminal_code')
            if code and code not in codes:
                codes.append(code)
        if not codes:
            raise ConversionError('no terminal_code in the sampled payments: give --terminals')
        args.terminal_list = sorted(codes)
    card_notes = []
    if args.card_first is None:
        ids = []
        for tx, _ in paired:
            s, shape = payment_insert(tx, args.entry_table, args.entry_kind)
            card = value_of(s, shape, 'card_id')
            if card is not None and INTEGER.match(card):
                ids.append(int(card))
        if not ids:
            raise ConversionError('no card_id in the sampled payments: give --card-range')
        args.card_first, args.card_count = min(ids), max(ids) - min(ids) + 1
        card_notes.append(f'cards: from the lowest to the highest card id of the {len(ids)} sampled '
                          f'payments ({len(set(ids))} cards; no --card-range)')
    tables = set()
    for sql in payment_core:
        shape = Shape(sql)
        tables.update(shape.aliases.values())
        if shape.table:
            tables.add(shape.table)
    for tx, _ in pairs:
        for s in tx.stmts:
            m = NEXTVAL.match(s.sql)
            if m and m.group(1).endswith('_seq'):
                tables.add(m.group(1)[:-4])
    conv = Converter(args, payment_core, payment_samples, tables, args.zone_info).resolve_all()

    secret_lines, secret_notes = [], []
    secrets = [secret for _, secret in paired if secret is not None]
    if not secrets:
        secret_notes.append('no terminal-secret transaction before the payments: one transaction each')
    elif args.no_secret:
        secret_notes.append(f'the terminal-secret transaction before {len(secrets)} of {len(paired)} '
                            'payments left out (--no-secret)')
    else:
        if len(secrets) * 2 <= len(paired):
            secret_notes.append(f'a terminal-secret transaction precedes only {len(secrets)} of '
                                f'{len(paired)} payments: left out')
        else:
            s_core, s_samples, _, s_notes = main_sequence([s.stmts for s in secrets], args.optional,
                                                          'terminal-secret')
            sconv = Converter(args, s_core, s_samples, tables, args.zone_info)
            sconv.uses = conv.uses
            sconv.resolve_all()
            if sconv.gsets:
                raise ConversionError('the terminal-secret transaction passes values between statements')
            secret_lines = ['BEGIN;'] + [line for i in range(len(s_core)) for line in sconv.render(i)] + ['COMMIT;']
            secret_notes = s_notes + [f'terminal-secret transaction before {len(secrets)} of {len(paired)} payments']
            secret_notes += [f'  secret {i + 1}: ${n} = {r.sql[:70]}  -- {r.note}'
                             for (i, n), r in sorted(sconv.resolved.items())]
    body = ['BEGIN;'] + [line for i in range(len(payment_core)) for line in conv.render(i)] + ['COMMIT;']

    sets = []
    if 'card_id' in conv.uses:
        sets.append(f'\\set card_id random({args.card_first}, {args.card_first + args.card_count - 1})')
    if 'term_idx' in conv.uses:
        sets.append(f'\\set term_idx random(1, {len(args.terminal_list)})')
    if 'amount' in conv.uses or 'neg_amount' in conv.uses:
        sets.append(f'\\set amount random({args.amount_min}, {args.amount_max})')
        sets.append('\\set neg_amount -1 * :amount')
    if 'stripe' in conv.uses:
        sets.append(f'\\set stripe random(0, {args.stripes - 1})')

    header = [
        f'-- pgbench script: one Yikatong card payment as the application\'s SQL, made by',
        f'-- docs/bench/pgbench-from-log.py from {args.log} ({len(conv.samples)} payments sampled, '
        f'{len(payment_core)} statements each).',
        f'-- Run: pgbench -n -f THIS -c 8 -j 2 -T 60 DB   (-M prepared as the JDBC driver prepares)',
        f'-- Cards: ids {args.card_first}..{args.card_first + args.card_count - 1}; terminals: '
        f'{",".join(args.terminal_list)}; amounts {args.amount_min}..{args.amount_max} fen;',
        f'-- business keys {args.key_prefix}:<terminal>:<transaction id>.',
    ]
    for n in card_notes + notes + conv.notes + secret_notes:
        header.append('-- ' + n)
    header.append('-- Statements of the payment transaction:')
    for i, sql in enumerate(payment_core):
        header.append(f'--   {i + 1}: {sql[:95]}')
    header.append('-- Parameters (statement: $n = replacement -- why):')
    for (i, n), r in sorted(conv.resolved.items()):
        header.append(f'--   {i + 1}: ${n} = {r.sql[:70]}  -- {r.note}')
    return '\n'.join(header + sets + secret_lines + body) + '\n'


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        script = convert(args)
    except ConversionError as e:
        print(f'pgbench-from-log: {e}', file=sys.stderr)
        return 1
    if args.output:
        try:
            with open(args.output, 'w', encoding='utf-8') as f:
                f.write(script)
        except OSError as e:
            print(f'pgbench-from-log: cannot write {args.output}: {e.strerror}', file=sys.stderr)
            return 1
    else:
        sys.stdout.write(script)
    return 0


if __name__ == '__main__':
    sys.exit(main())
