-- Grows a Yikatong ledger to a campus's size, in bulk: card holders with funded cards, months of
-- card payments before today, and a busy day of payments today.
--
-- Usage (a database the application has migrated and filled with its demo data; as a superuser,
-- so that the load can skip the per-row foreign key triggers; the server stopped or idle):
--   psql -X -v ON_ERROR_STOP=1 -v holders=30000 -v days=120 -v history=5000000 -v busy_day=100000 \
--     -f docs/bench/grow-ledger.sql -d DB
-- Settings (psql variables; each part is skipped with 0):
--   holders=30000     new card holders, each with one ACTIVE card and its purses, the main purse
--                     topped up with topup fen
--   days=120          business days of history: the most recent days before today that are not
--                     closed (day_close); the new holders are registered on the day before them
--   history=5000000   PAYMENT entries spread over those days
--   busy_day=100000   PAYMENT entries on today's business day, posted between midnight
--                     (Asia/Shanghai) and a minute ago
--   topup=1000000     fen each new card is topped up with
--   reserve=100000    fen the payments leave on every purse, and half the daily limit is left
--                     free today, for a benchmark run after the load
--   check=0           1: run the ledger self-check's three queries at the end (seconds at full size)
--
-- What it makes (all numbered with the prefix BULK, after the highest BULK number already there,
-- so that it can run again on the same database):
--   - card holders BULK00000001.. (STUDENT, UNDERGRADUATE), each with a pending login of the same
--     name (role cardholder), a main purse P<holder no> and a subsidy purse S<holder no> (the purse
--     the lower account id, as the registry opens them), and a card with serial BULK00000001..
--     (ACTIVE, expires in 4 years, no PIN, no-PIN limit 5000 fen, daily limit 30000 fen). The
--     card ids are consecutive: the gateway simulator pays with them by --card-range=FIRST:COUNT,
--     printed at the end (a card's number is 6288, its id in 14 digits, a Luhn digit);
--   - a CASH_TOP_UP entry per new card (SYS-CLEARING_CASH -, purse +; key BULK:TOPUP:<serial>, at
--     the first enabled kiosk as a kiosk top-up is);
--   - PAYMENT entries as a POS terminal's payment posts them: purse -, the merchant's takings
--     stripe M<code>-T<n> + (the stripe the application picks for the key, Java hashCode of the key
--     mod the stripes), card, terminal, its merchant, "消费 <merchant>", posted by system, the
--     request hash of the application's formula. Keys are BULK:<entry id in 12 digits>. Payments
--     go to all enabled POS terminals at random and to all usable BULK cards (ACTIVE, purses open,
--     subsidy purse empty) evenly: each card pays at most ceil(payments of the day / cards) times a
--     day; amounts are 1..2000 fen (most near 1000), capped so that no card passes its daily limit
--     (today: half of it) and every purse keeps reserve fen. Times follow a campus day (breakfast,
--     lunch, dinner peaks, Asia/Shanghai); entry ids follow the time, business_date is the
--     Asia/Shanghai date of posted_at, and the purse postings carry balance_after_fen, the running
--     balance in id order, as the journal writes them.
-- Invariants kept: every entry's postings sum to zero; every account's balance_fen is the sum of
-- its postings (balances move by the totals of what was posted); no entry lands on a closed day
-- (day_close and merchant_day_total are left alone); ids come from the tables' own sequences,
-- taken in blocks by nextval (a block of 50 per call, as Hibernate's pooled optimizer takes them),
-- so the sequences are past every id used and the application's next ids never collide.
-- Each part is one transaction (a part that fails leaves the parts before it in place); the run ends
-- with VACUUM (ANALYZE) of the tables it wrote, so that autovacuum does not start on them during a
-- benchmark and the planner knows their sizes.
--
-- Time on the 2-core benchmark machine (PostgreSQL 15, shared_buffers 128 MB, the load's session
-- with synchronous_commit off), at full size: holders 2 s; history 3.6 min (generating 7 s,
-- journal entries 113 s, postings 89 s, balances 7 s); busy day 8 s; vacuum analyze 4 s; about
-- 4 minutes in all. The database then holds 5.15 M entries (journal_entry 1.9 GB with its indexes)
-- and 10.3 M postings (posting 1.1 GB), 3.1 GB in all.

\set ON_ERROR_STOP on
\set QUIET on
\if :{?holders} \else \set holders 30000 \endif
\if :{?days} \else \set days 120 \endif
\if :{?history} \else \set history 5000000 \endif
\if :{?busy_day} \else \set busy_day 100000 \endif
\if :{?topup} \else \set topup 1000000 \endif
\if :{?reserve} \else \set reserve 100000 \endif
\if :{?check} \else \set check 0 \endif

set client_min_messages = warning;
set work_mem = '1GB';
set maintenance_work_mem = '1GB';
set synchronous_commit = off;
set max_parallel_workers_per_gather = 0;
set jit = off;
set temp_buffers = '1GB';

-- --- functions (in pg_temp: gone when the connection ends) ----------------------------------------

create function pg_temp.bulk_fail(message text) returns bigint language plpgsql as $$
begin
  raise exception 'grow-ledger: %', message;
end $$;

create function pg_temp.bulk_count(name text, value text, lo bigint, hi bigint) returns bigint
language plpgsql as $$
begin
  if value !~ '^[0-9]{1,12}$' or value::bigint not between lo and hi then
    raise exception 'grow-ledger: % must be a whole number from % to %, was %', name, lo, hi, value;
  end if;
  return value::bigint;
end $$;

-- Takes n consecutive ids of a table from its sequence and returns the first. Each nextval v hands
-- out the ids v-increment+1 .. v (Hibernate's pooled optimizer reads it so), so ids taken by
-- nextval are never handed to the application; one block more than needed, for a sequence never
-- used (its first value is 1). A block another session took in between makes the run start again.
create function pg_temp.bulk_reserve(seq regclass, tbl regclass, n bigint) returns bigint
language plpgsql as $$
declare
  inc bigint;
  k bigint;
  lo bigint;
  hi bigint;
  first_id bigint;
  max_id bigint;
begin
  if n <= 0 then
    return null;
  end if;
  select s.seqincrement into inc from pg_sequence s where s.seqrelid = seq;
  if inc is null or inc < 1 then
    raise exception 'grow-ledger: % is not an ascending sequence', seq;
  end if;
  k := (n + inc - 1) / inc + 1;
  for attempt in 1..5 loop
    select min(v), max(v) into lo, hi from (select nextval(seq) v from generate_series(1, k)) s;
    if hi - lo = (k - 1) * inc then
      first_id := greatest(lo - inc + 1, 1);
      execute format('select coalesce(max(id), 0) from %s', tbl) into max_id;
      if first_id <= max_id then
        raise exception 'grow-ledger: % is behind %.id (% <= %): the application would collide too',
          seq, tbl, first_id, max_id;
      end if;
      return first_id;
    end if;
  end loop;
  raise exception 'grow-ledger: could not take % consecutive ids of % (the server is busy with it?)',
    n, seq;
end $$;

-- A number in [0, 1) from an integer and a salt, the same every time.
create function pg_temp.bulk_rand(i bigint, salt bigint) returns double precision
language sql immutable parallel safe as $$
  select (hashint8extended(i, salt) & 4503599627370495)::double precision / 4503599627370496
$$;

-- floorMod("BULK:<id in 12 digits>".hashCode(), stripes) as the application computes the stripe
-- (TerminalTransactions.stripeOf), for stripes dividing 32: 31 = -1 modulo those, so the hash
-- modulo them is the alternating sum of the characters from the last one; the 12 digits' '0's
-- cancel out and the prefix 'BULK:' adds 66 - 85 + 76 - 75 + 58 = 40.
create function pg_temp.bulk_stripe(id bigint, stripes int) returns int
language sql immutable parallel safe as $$
  select (((40 + id % 10 - id / 10 % 10 + id / 100 % 10 - id / 1000 % 10 + id / 10000 % 10
        - id / 100000 % 10 + id / 1000000 % 10 - id / 10000000 % 10 + id / 100000000 % 10
        - id / 1000000000 % 10 + id / 10000000000 % 10 - id / 100000000000 % 10) % stripes)
        + stripes)::int % stripes
$$;

-- A campus day, in minutes after midnight (Asia/Shanghai), and the share of a day's payments made
-- by then: night 0.5, 06:30 2, breakfast 07:00-08:30 18, morning 6, lunch 11:00-13:00 40,
-- afternoon 6, dinner 16:30-18:30 22, evening 6, 22:30-24:00 1.5 (of 102).
create function pg_temp.bulk_minute(u double precision) returns double precision
language sql immutable parallel safe as $$
  select case
    when u * 102 < 0.5 then u * 102 * 390 / 0.5
    when u * 102 < 2.5 then 390 + (u * 102 - 0.5) * 30 / 2
    when u * 102 < 20.5 then 420 + (u * 102 - 2.5) * 90 / 18
    when u * 102 < 26.5 then 510 + (u * 102 - 20.5) * 150 / 6
    when u * 102 < 66.5 then 660 + (u * 102 - 26.5) * 120 / 40
    when u * 102 < 72.5 then 780 + (u * 102 - 66.5) * 210 / 6
    when u * 102 < 94.5 then 990 + (u * 102 - 72.5) * 120 / 22
    when u * 102 < 100.5 then 1110 + (u * 102 - 94.5) * 240 / 6
    else least(1350 + (u * 102 - 100.5) * 90 / 1.5, 1439.999)
  end
$$;

create function pg_temp.bulk_share(m double precision) returns double precision
language sql immutable parallel safe as $$
  select case
    when m < 390 then m / 390 * 0.5
    when m < 420 then 0.5 + (m - 390) / 30 * 2
    when m < 510 then 2.5 + (m - 420) / 90 * 18
    when m < 660 then 20.5 + (m - 510) / 150 * 6
    when m < 780 then 26.5 + (m - 660) / 120 * 40
    when m < 990 then 66.5 + (m - 780) / 210 * 6
    when m < 1110 then 72.5 + (m - 990) / 120 * 22
    when m < 1350 then 94.5 + (m - 1110) / 240 * 6
    else least(100.5 + (m - 1350) / 90 * 1.5, 102)
  end / 102
$$;

-- --- settings and context ---------------------------------------------------------------------------

select pg_temp.bulk_count('holders', :'holders', 0, 10000000) as holders,
       pg_temp.bulk_count('days', :'days', 1, 3000) as days,
       pg_temp.bulk_count('history', :'history', 0, 1000000000) as history,
       pg_temp.bulk_count('busy_day', :'busy_day', 0, 100000000) as busy_day,
       pg_temp.bulk_count('topup', :'topup', 1, 100000000000) as topup,
       pg_temp.bulk_count('reserve', :'reserve', 0, 100000000000) as reserve,
       pg_temp.bulk_count('check', :'check', 0, 1) as check_at_end
\gset
select :holders > 0 as do_holders, :history > 0 as do_history, :busy_day > 0 as do_busy,
       :check_at_end > 0 as do_check,
       (select rolsuper from pg_roles where rolname = current_user) as superuser
\gset
\if :superuser
-- Foreign keys hold by construction (every reference is read from its table, every new entry's
-- postings are checked for below); the per-row triggers would double the load's time.
set session_replication_role = replica;
\else
\echo 'grow-ledger: not a superuser: the foreign key triggers run for every row (slower)'
\endif

create temp table bulk_ctx as
select now() as started,
       (now() at time zone 'Asia/Shanghai')::date as today,
       (select count(*) from journal_entry) as entries_before,
       (select count(*) from posting) as postings_before;

-- Days that may take entries: before today, not closed; the first :days of them take history,
-- the next one the new holders' registration.
create temp table bulk_open_day as
select d::date as day, row_number() over (order by d desc) as rn
from bulk_ctx, generate_series(today - 1, today - 4000, interval '-1 day') d
where not exists (select 1 from day_close c where c.business_date = d::date);

-- Enabled POS terminals of a merchant, and the merchants' takings stripes.
create temp table bulk_term as
select (row_number() over (order by t.terminal_code) - 1)::int as idx, t.terminal_code,
       t.merchant_id, m.name as merchant_name
from terminal t join merchant m on m.id = t.merchant_id
where t.terminal_type = 'POS' and t.status = 'ENABLED';
analyze bulk_term;

create temp table bulk_takings as
select a.merchant_id, a.stripe, a.id as account_id
from account a
where a.account_type = 'MERCHANT_TAKINGS' and a.merchant_id in (select merchant_id from bulk_term);
analyze bulk_takings;

select count(*) as n_terminals,
       (select count(*) from bulk_takings) / greatest(count(distinct merchant_id), 1) as n_stripes
from bulk_term
\gset

-- Every merchant paid at must have the stripes 0..n-1, with n dividing 32 (see bulk_stripe).
select pg_temp.bulk_fail('merchants of the POS terminals have different takings stripes, or stripes not numbered 0..n-1, or n not dividing 32')
where (:history > 0 or :busy_day > 0)
  and (:n_stripes not in (1, 2, 4, 8, 16, 32)
       or exists (select 1 from bulk_term t cross join generate_series(0, :n_stripes - 1) s
                  where not exists (select 1 from bulk_takings k
                                    where k.merchant_id = t.merchant_id and k.stripe = s))) \g /dev/null
select pg_temp.bulk_fail('no enabled POS terminal of a merchant to pay at')
where (:history > 0 or :busy_day > 0) and :n_terminals = 0 \g /dev/null

\echo grow-ledger: :holders holders, :history payments over :days days, :busy_day payments today, :n_terminals POS terminals
\timing on

-- =====================================================================================================
-- Part 1: card holders, cards, purses, logins, and the top-up of every new card
-- =====================================================================================================
\if :do_holders
\echo grow-ledger: card holders
begin;
create temp table bulk_new as
select
  (select coalesce(max(substr(holder_no, 5)::bigint), 0) from card_holder
   where holder_no ~ '^BULK[0-9]{8}$') as number_base,
  pg_temp.bulk_reserve('card_holder_seq', 'card_holder', :holders) as holder_base,
  pg_temp.bulk_reserve('app_user_seq', 'app_user', :holders) as user_base,
  pg_temp.bulk_reserve('account_seq', 'account', 2 * :holders) as account_base,
  pg_temp.bulk_reserve('card_seq', 'card', :holders) as card_base,
  pg_temp.bulk_reserve('journal_entry_seq', 'journal_entry', :holders) as entry_base,
  pg_temp.bulk_reserve('posting_seq', 'posting', 2 * :holders) as posting_base,
  (select day from bulk_open_day where rn = :days + 1) as registered_on,
  (select terminal_code from terminal where terminal_type = 'KIOSK' and status = 'ENABLED'
   order by terminal_code limit 1) as kiosk,
  (select location from terminal where terminal_type = 'KIOSK' and status = 'ENABLED'
   order by terminal_code limit 1) as kiosk_location,
  array(select distinct department from card_holder where department <> '' order by 1) as departments;
select pg_temp.bulk_fail('BULK numbers would pass 99999999') from bulk_new
where number_base + :holders > 99999999 \g /dev/null
select pg_temp.bulk_fail('no open day to register the holders on') from bulk_new
where registered_on is null \g /dev/null

-- Holder i (0-based): number n = number_base + 1 + i, registered at 08:00 + i * 9 h / holders on
-- the registration day, its card topped up a minute later.
create temp table bulk_holder as
select i, n.number_base + 1 + i as number, 'BULK' || lpad((n.number_base + 1 + i)::text, 8, '0') as no,
       n.holder_base + i as holder_id, n.user_base + i as user_id,
       n.account_base + 2 * i as purse_id, n.account_base + 2 * i + 1 as subsidy_id,
       n.card_base + i as card_id, n.entry_base + i as entry_id,
       n.posting_base + 2 * i as posting_id,
       ((n.registered_on + interval '8 hours' + i * (interval '9 hours' / :holders))
         at time zone 'Asia/Shanghai') as registered_at,
       (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','罗','高'])
         [1 + ((hashint8extended(i + n.number_base, 11) & 1023) % 20)::int]
       || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平',
                 '刚','桂英','浩然','子涵','欣怡','梓轩','雨桐','宇航','思远','嘉怡'])
         [1 + ((hashint8extended(i + n.number_base, 12) & 1023) % 30)::int] as full_name,
       n.departments[1 + ((hashint8extended(i + n.number_base, 13) & 1023)
                         % greatest(cardinality(n.departments), 1))::int] as department
from bulk_new n, generate_series(0, :holders - 1) i;

insert into card_holder (id, holder_no, full_name, holder_type, department, created_at, version,
                         holder_group)
select holder_id, no, full_name, 'STUDENT', department, registered_at, 0, 'UNDERGRADUATE'
from bulk_holder;

insert into app_user (id, username, password_hash, display_name, status, created_at, version,
                      password_change_required, failed_logins)
select user_id, no, null, full_name, 'PENDING', registered_at, 0, false, 0 from bulk_holder;
insert into app_user_role (user_id, role_name) select user_id, 'cardholder' from bulk_holder;

insert into account (id, account_no, account_type, holder_id, balance_fen, opened_at, version,
                     merchant_id, stripe, status)
select purse_id, 'P' || no, 'CARDHOLDER_PURSE', holder_id, :topup, registered_at, 0, null::bigint, null::int, 'OPEN'
from bulk_holder
union all
select subsidy_id, 'S' || no, 'CARDHOLDER_SUBSIDY', holder_id, 0, registered_at, 0, null, null, 'OPEN'
from bulk_holder;

insert into card (id, serial_no, holder_id, status, issued_at, expires_on, version, pin_hash,
                  no_pin_limit_fen, daily_limit_fen, wrong_pin_count, deposit_fen,
                  status_changed_at, replaced_by_id)
select h.card_id, h.no, h.holder_id, 'ACTIVE', h.registered_at, c.today + interval '4 years', 0,
       null, 5000, 30000, 0, 0, null, null
from bulk_holder h, bulk_ctx c;

-- The top-up, as TerminalTransactions.topUp posts a kiosk's cash top-up.
insert into journal_entry (id, business_key, request_hash, entry_kind, business_date, posted_at,
                           occurred_at, amount_fen, card_id, terminal_code, merchant_id,
                           corrects_id, follow_up, description, posted_by)
select h.entry_id, 'BULK:TOPUP:' || h.no,
       encode(sha256(convert_to('CASH_TOP_UP|' || h.no || '|' || :topup || '|'
                                || coalesce(n.kiosk, 'null') || '|null|', 'UTF8')), 'hex'),
       'CASH_TOP_UP', n.registered_on, h.registered_at + interval '1 minute',
       h.registered_at + interval '1 minute', :topup, h.card_id, n.kiosk, null, null, null,
       coalesce('现金充值 ' || n.kiosk_location, '现金充值'), 'system'
from bulk_holder h, bulk_new n;

insert into posting (id, entry_id, account_id, amount_fen, balance_after_fen)
select h.posting_id, h.entry_id, cash.id, -:topup, null
from bulk_holder h, (select id from account where account_no = 'SYS-CLEARING_CASH') cash
union all
select h.posting_id + 1, h.entry_id, h.purse_id, :topup, :topup from bulk_holder h;

update account set balance_fen = balance_fen - :topup::bigint * :holders
where account_no = 'SYS-CLEARING_CASH';

select pg_temp.bulk_fail('SYS-CLEARING_CASH is missing, or the top-ups are not all there')
where (select count(*) from posting p, bulk_new n
       where p.id between n.posting_base and n.posting_base + 2 * :holders - 1) <> 2 * :holders \g /dev/null
commit;
select 'grow-ledger: ' || :holders || ' holders BULK' || lpad((number_base + 1)::text, 8, '0')
       || '..; cards ' || card_base || '..' || (card_base + :holders - 1)
       || ' (simulator: --card-range=' || card_base || ':' || :holders || '), registered on '
       || registered_on || '; ' || round(extract(epoch from clock_timestamp() - c.started)::numeric, 1)
       || ' s so far' as done
from bulk_new, bulk_ctx c \gset
\echo :done
\endif

-- =====================================================================================================
-- Payments: the cards that pay, and the generator both payment parts share
-- =====================================================================================================
\if :do_history
\set do_payments 1
\elif :do_busy
\set do_payments 1
\else
\set do_payments 0
\endif
\if :do_payments
-- The usable BULK cards, dense 0-based index by card id; balances as they are now.
create temp table bulk_card as
select (row_number() over (order by c.id) - 1)::int as idx, c.id as card_id, c.serial_no,
       p.id as purse_id, p.balance_fen, c.daily_limit_fen, c.issued_at
from card c
join account p on p.holder_id = c.holder_id and p.account_type = 'CARDHOLDER_PURSE'
left join account s on s.holder_id = c.holder_id and s.account_type = 'CARDHOLDER_SUBSIDY'
where c.serial_no ~ '^BULK[0-9]{8}$' and c.status = 'ACTIVE'
  and c.expires_on > (select today from bulk_ctx)
  and p.status = 'OPEN' and (s.id is null or (s.status = 'OPEN' and s.balance_fen = 0));
create unique index on bulk_card (idx);
analyze bulk_card;
select count(*) as n_cards, coalesce(min(daily_limit_fen), 0) as min_daily_limit,
       coalesce(min(balance_fen), 0) as min_balance,
       -- a step through the cards that visits each once per round: a prime not dividing the count
       case when count(*) % 7919 = 0 then 7907 else 7919 end as card_step,
       (select max(issued_at) from bulk_card) as last_issued
from bulk_card
\gset
select pg_temp.bulk_fail('no usable BULK card: run with -v holders=N first') where :n_cards = 0 \g /dev/null

-- The days of one part: each day d takes the entries first_i .. first_i + n - 1 of the part, at
-- times whose share of the campus day lies in [0, share_to); every card pays at most per_card
-- times that day, amounts up to cap fen.
create temp table bulk_day (day date, day_no int, first_i bigint, n bigint, share_to double precision,
                            per_card bigint, cap bigint);
-- The part's first entry and posting ids and its number of payments.
create temp table bulk_part (entry_base bigint, posting_base bigint, n bigint);

-- The part's payments in the order of their entry ids: day, share of the campus day, amount, and
-- which card and terminal (indexes into bulk_card and bulk_term). Filled per part.
create temp table bulk_gen (id bigint, day date, u double precision, amount bigint, card_idx int,
                            term_idx int, stripe int);

-- A payment as columns of its journal entry and postings.
create temp view bulk_payment as
select g.id, g.day, (g.day + pg_temp.bulk_minute(g.u) * interval '1 minute') at time zone 'Asia/Shanghai' as ts,
       g.amount, c.card_id, c.serial_no, c.purse_id, c.idx as card_idx,
       c.balance_fen as purse_balance, t.terminal_code, t.merchant_id, t.merchant_name,
       k.account_id as takings_id
from bulk_gen g
join bulk_card c on c.idx = g.card_idx
join bulk_term t on t.idx = g.term_idx
join bulk_takings k on k.merchant_id = t.merchant_id and k.stripe = g.stripe;
\endif

-- =====================================================================================================
-- Part 2: history before today
-- =====================================================================================================
\if :do_history
\echo grow-ledger: history
begin;
-- Weekdays weigh 1, weekends 0.6; day k of the :days takes its share of :history.
insert into bulk_day (day, day_no, first_i, n, share_to, per_card, cap)
select day, rn, first_i, next_i - first_i, 1, null, null
from (
  select day, rn,
         floor(:history::numeric * (sum(w) over (order by day) - w) / sum(w) over ())::bigint as first_i,
         floor(:history::numeric * sum(w) over (order by day) / sum(w) over ())::bigint as next_i
  from (select day, rn, case when extract(isodow from day) >= 6 then 0.6 else 1 end as w
        from bulk_open_day where rn <= :days) o
) x
order by day;
select pg_temp.bulk_fail('only ' || count(*) || ' open days before today, not ' || :days)
from bulk_day having count(*) < :days \g /dev/null
select pg_temp.bulk_fail('the first history day ' || min(day) || ' is not after the last BULK card was issued ('
                         || (:'last_issued'::timestamptz at time zone 'Asia/Shanghai')::date
                         || '): use fewer days, or new holders registered with these days')
from bulk_day
having min(day) <= (:'last_issued'::timestamptz at time zone 'Asia/Shanghai')::date \g /dev/null
update bulk_day set per_card = (n + :n_cards - 1) / :n_cards;
select pg_temp.bulk_fail('a card would pay up to ' || max(per_card) || ' times a day (at most 20): more holders or fewer payments')
from bulk_day having max(per_card) > 20 \g /dev/null
-- Amount caps: the daily limit over the day's payments of a card, and what the purses hold above
-- the reserve over all the part's payments of a card.
update bulk_day set cap = least(2000, :min_daily_limit / greatest(per_card, 1),
                                (:min_balance - :reserve) / greatest((select sum(per_card) from bulk_day), 1));
select pg_temp.bulk_fail('the cards cannot carry ' || :history || ' payments (a card could pay at most '
                         || greatest(min(cap), 0) || ' fen each and keep the reserve): more holders, fewer payments or a larger topup')
from bulk_day having min(cap) < 1 \g /dev/null
insert into bulk_part
select pg_temp.bulk_reserve('journal_entry_seq', 'journal_entry', :history),
       pg_temp.bulk_reserve('posting_seq', 'posting', 2 * :history), :history;
analyze bulk_day, bulk_part;
insert into bulk_gen
select e.entry_base + d.first_i + k, d.day,
       d.share_to * (k + pg_temp.bulk_rand(e.entry_base + d.first_i + k, 1)) / d.n,
       1 + floor(d.cap * (pg_temp.bulk_rand(e.entry_base + d.first_i + k, 3)
                          + pg_temp.bulk_rand(e.entry_base + d.first_i + k, 4)) / 2)::bigint,
       ((k * :card_step + (hashint8extended(d.day_no + e.entry_base, 5) & 1073741823)) % :n_cards)::int,
       floor(pg_temp.bulk_rand(e.entry_base + d.first_i + k, 2) * :n_terminals)::int,
       pg_temp.bulk_stripe(e.entry_base + d.first_i + k, :n_stripes)
from bulk_part e, bulk_day d, generate_series(0, d.n - 1) k;
analyze bulk_gen;

insert into journal_entry (id, business_key, request_hash, entry_kind, business_date, posted_at,
                           occurred_at, amount_fen, card_id, terminal_code, merchant_id,
                           corrects_id, follow_up, description, posted_by)
select id, 'BULK:' || lpad(id::text, 12, '0'),
       encode(sha256(convert_to('PAYMENT|' || serial_no || '|' || amount || '|' || terminal_code
                                || '|null|', 'UTF8')), 'hex'),
       'PAYMENT', day, ts, ts, amount, card_id, terminal_code, merchant_id, null, null,
       '消费 ' || merchant_name, 'system'
from bulk_payment;

-- Purse first, takings second, as the payment's lines come; the purse's balance after each
-- posting is its balance before the part plus its postings so far in id order. Written in id
-- order, so that the indexes on id and entry grow at their right end.
insert into posting (id, entry_id, account_id, amount_fen, balance_after_fen)
select x.posting_base + 2 * (p.id - x.entry_base) + line, p.id,
       case line when 0 then p.purse_id else p.takings_id end,
       case line when 0 then -p.amount else p.amount end,
       case line when 0 then p.balance_after end
from (select id, purse_id, takings_id, amount,
             purse_balance - sum(amount) over (partition by card_idx order by id
                                               rows unbounded preceding) as balance_after
      from bulk_payment order by id) p
cross join lateral (values (0), (1)) l(line)
cross join bulk_part x;

update account a set balance_fen = a.balance_fen + m.moved
from (select c.purse_id as account_id, -s.total as moved
      from (select card_idx, sum(amount) as total from bulk_gen group by card_idx) s
      join bulk_card c on c.idx = s.card_idx
      union all
      select k.account_id, sum(s.total)
      from (select term_idx, stripe, sum(amount) as total from bulk_gen group by term_idx, stripe) s
      join bulk_term t on t.idx = s.term_idx
      join bulk_takings k on k.merchant_id = t.merchant_id and k.stripe = s.stripe
      group by k.account_id) m
where a.id = m.account_id;

select pg_temp.bulk_fail('history: ' || e || ' entries and ' || p || ' postings posted, not '
                         || n || ' and ' || 2 * n)
from (select n,
             (select count(*) from journal_entry j where j.id between entry_base and entry_base + n - 1) e,
             (select count(*) from posting j where j.id between posting_base and posting_base + 2 * n - 1) p
      from bulk_part) x
where e <> n or p <> 2 * n \g /dev/null
commit;
select 'grow-ledger: ' || :history || ' payments ' || min(day) || '..' || max(day) || ', entries '
       || (select entry_base from bulk_part) || '..; '
       || round(extract(epoch from clock_timestamp() - (select started from bulk_ctx))::numeric, 1)
       || ' s so far' as done
from bulk_day \gset
\echo :done
truncate bulk_part, bulk_day, bulk_gen;
-- the cards' balances for the busy day
update bulk_card c set balance_fen = a.balance_fen from account a where a.id = c.purse_id;
select coalesce(min(balance_fen), 0) as min_balance from bulk_card \gset
\endif

-- =====================================================================================================
-- Part 3: today's busy day, from midnight to a minute ago (Asia/Shanghai)
-- =====================================================================================================
\if :do_busy
\echo grow-ledger: busy day
begin;
-- The most a BULK card has spent today already: today leaves half the daily limit free.
select coalesce(max(spent), 0) as spent_today
from (select j.card_id, sum(j.amount_fen) as spent
      from journal_entry j, bulk_ctx x
      where j.business_date = x.today and j.entry_kind = 'PAYMENT'
        and j.card_id in (select card_id from bulk_card)
      group by j.card_id) s
\gset
insert into bulk_day (day, day_no, first_i, n, share_to, per_card, cap)
select today, 0, 0, :busy_day,
       pg_temp.bulk_share(extract(epoch from (now() - interval '1 minute')
                                 - (today::timestamp at time zone 'Asia/Shanghai')) / 60),
       (:busy_day + :n_cards - 1) / :n_cards, null
from bulk_ctx;
select pg_temp.bulk_fail('today began less than a minute ago (Asia/Shanghai): nothing can be posted before now')
from bulk_day where share_to <= 0 \g /dev/null
select pg_temp.bulk_fail('a card would pay ' || per_card || ' times today (at most 20): more holders or fewer payments')
from bulk_day where per_card > 20 \g /dev/null
update bulk_day set cap = least(2000, (:min_daily_limit / 2 - :spent_today) / per_card,
                                (:min_balance - :reserve) / per_card);
select pg_temp.bulk_fail('the cards cannot carry ' || :busy_day || ' payments today (a card could pay at most '
                         || cap || ' fen each, ' || :spent_today || ' fen spent already): more holders or fewer payments')
from bulk_day where cap < 1 \g /dev/null
insert into bulk_part
select pg_temp.bulk_reserve('journal_entry_seq', 'journal_entry', :busy_day),
       pg_temp.bulk_reserve('posting_seq', 'posting', 2 * :busy_day), :busy_day;
analyze bulk_day, bulk_part;
insert into bulk_gen
select e.entry_base + d.first_i + k, d.day,
       d.share_to * (k + pg_temp.bulk_rand(e.entry_base + d.first_i + k, 1)) / d.n,
       1 + floor(d.cap * (pg_temp.bulk_rand(e.entry_base + d.first_i + k, 3)
                          + pg_temp.bulk_rand(e.entry_base + d.first_i + k, 4)) / 2)::bigint,
       ((k * :card_step + (hashint8extended(d.day_no + e.entry_base, 5) & 1073741823)) % :n_cards)::int,
       floor(pg_temp.bulk_rand(e.entry_base + d.first_i + k, 2) * :n_terminals)::int,
       pg_temp.bulk_stripe(e.entry_base + d.first_i + k, :n_stripes)
from bulk_part e, bulk_day d, generate_series(0, d.n - 1) k;
analyze bulk_gen;

insert into journal_entry (id, business_key, request_hash, entry_kind, business_date, posted_at,
                           occurred_at, amount_fen, card_id, terminal_code, merchant_id,
                           corrects_id, follow_up, description, posted_by)
select id, 'BULK:' || lpad(id::text, 12, '0'),
       encode(sha256(convert_to('PAYMENT|' || serial_no || '|' || amount || '|' || terminal_code
                                || '|null|', 'UTF8')), 'hex'),
       'PAYMENT', day, ts, ts, amount, card_id, terminal_code, merchant_id, null, null,
       '消费 ' || merchant_name, 'system'
from bulk_payment;

insert into posting (id, entry_id, account_id, amount_fen, balance_after_fen)
select x.posting_base + 2 * (p.id - x.entry_base) + line, p.id,
       case line when 0 then p.purse_id else p.takings_id end,
       case line when 0 then -p.amount else p.amount end,
       case line when 0 then p.balance_after end
from (select id, purse_id, takings_id, amount,
             purse_balance - sum(amount) over (partition by card_idx order by id
                                               rows unbounded preceding) as balance_after
      from bulk_payment order by id) p
cross join lateral (values (0), (1)) l(line)
cross join bulk_part x;

update account a set balance_fen = a.balance_fen + m.moved
from (select c.purse_id as account_id, -s.total as moved
      from (select card_idx, sum(amount) as total from bulk_gen group by card_idx) s
      join bulk_card c on c.idx = s.card_idx
      union all
      select k.account_id, sum(s.total)
      from (select term_idx, stripe, sum(amount) as total from bulk_gen group by term_idx, stripe) s
      join bulk_term t on t.idx = s.term_idx
      join bulk_takings k on k.merchant_id = t.merchant_id and k.stripe = s.stripe
      group by k.account_id) m
where a.id = m.account_id;

select pg_temp.bulk_fail('busy day: ' || e || ' entries and ' || p || ' postings posted, not '
                         || n || ' and ' || 2 * n)
from (select n,
             (select count(*) from journal_entry j where j.id between entry_base and entry_base + n - 1) e,
             (select count(*) from posting j where j.id between posting_base and posting_base + 2 * n - 1) p
      from bulk_part) x
where e <> n or p <> 2 * n \g /dev/null
commit;
select 'grow-ledger: ' || :busy_day || ' payments today (' || day || ', up to '
       || to_char(((day + pg_temp.bulk_minute(share_to) * interval '1 minute')), 'HH24:MI')
       || ' Asia/Shanghai), up to ' || cap || ' fen; '
       || round(extract(epoch from clock_timestamp() - (select started from bulk_ctx))::numeric, 1)
       || ' s so far' as done
from bulk_day \gset
\echo :done
\endif

-- =====================================================================================================
-- Vacuum, statistics, sizes
-- =====================================================================================================
\if :superuser
reset session_replication_role;
\endif
\echo grow-ledger: vacuum analyze
vacuum (analyze) card_holder, app_user, app_user_role, account, card, journal_entry, posting;

\if :do_check
\echo grow-ledger: ledger self-check (JpaLedgerChecks)
select count(*) as unbalanced_entries from journal_entry e
join (select entry_id, sum(amount_fen) total from posting group by entry_id) s on s.entry_id = e.id
where s.total <> 0 \gset
select count(*) as balance_mismatches from account a
left join (select account_id, sum(amount_fen) total from posting group by account_id) s
  on s.account_id = a.id
where a.balance_fen <> coalesce(s.total, 0) \gset
select coalesce(sum(amount_fen), 0) as postings_total from posting \gset
\echo grow-ledger: self-check: :unbalanced_entries unbalanced entries, :balance_mismatches balance mismatches, postings total :postings_total fen
select pg_temp.bulk_fail('the ledger self-check finds something')
where :unbalanced_entries <> 0 or :balance_mismatches <> 0 or :postings_total <> 0 \g /dev/null
\endif

select 'grow-ledger: done in ' || round(extract(epoch from clock_timestamp() - started)::numeric, 1)
       || ' s; ' || (select count(*) from journal_entry) - entries_before || ' entries and '
       || (select count(*) from posting) - postings_before || ' postings added; now '
       || (select count(*) from journal_entry) || ' entries, '
       || (select count(*) from posting) || ' postings, '
       || (select count(*) from card) || ' cards; journal_entry '
       || pg_size_pretty(pg_total_relation_size('journal_entry')) || ', posting '
       || pg_size_pretty(pg_total_relation_size('posting')) || ', database '
       || pg_size_pretty(pg_database_size(current_database())) || ' (with indexes)' as done
from bulk_ctx \gset
\echo :done
