#!/bin/bash
# What each row and index of a mass-send recipient costs at millions of recipients, on the current
# mailbox schema (migrations 0001 + 0002, optionally 0003 and later: SCHEMA_FILES): the floor's
# statements (MassSendFloor: delivery record for the delivered and printed, message row for the
# delivered, print job for the printed, a receipt each) for N recipients in S sessions, each one
# transaction, into a fresh database, with one lever applied. Unlike floor-levers.sh (0001, 'floor:'
# keys in order) the mailbox ids are a permutation of CPR-like numbers, so the mailbox-keyed indexes
# see random inserts as the pipeline does (its slices are hash partitions), and the message UUIDs are
# random (md5) unless a lever makes them sequential. Prints wall time, the cluster's CPU time per
# recipient and WAL bytes per recipient (load-independent enough to compare on a shared machine).
# Needs a scratch cluster you own: PGDATA (its data folder, to find the postmaster) and PGPORT,
# e.g. initdb as the postgres user with the silo's settings (fsync on, wal_level minimal) and a
# max_wal_size large enough that no checkpoint falls into a run, pg_ctl start.
# Usage: PGDATA=/var/tmp/me-pg/data PGPORT=5139 N=1000000 ROUNDS=1 benchmarks/MassSend/row-levers.sh [lever ...]
cd "$(dirname "$0")"
MIGRATIONS=../../src/Grains/Mailboxes/Migrations
SCHEMA_FILES=${SCHEMA_FILES:-"$MIGRATIONS/0001_mailbox_tables.sql $MIGRATIONS/0002_content_files_and_cheaper_messages.sql"}
P="psql -h 127.0.0.1 -p ${PGPORT:?} -U postgres -qtAX -v ON_ERROR_STOP=1"
N=${N:-1000000}; S=${S:-4}
D=$((N*99/100)); M=$((N*80/100))
PM=$(head -1 "${PGDATA:?}/postmaster.pid")
# CPU ticks of the cluster: exited backends (reaped by the postmaster) plus the live processes.
cpu() { local t; t=$(awk '{print $14+$15+$16+$17}' /proc/$PM/stat); for c in $(pgrep -P $PM); do t=$((t + $(awk '{print $14+$15}' /proc/$c/stat 2>/dev/null || echo 0))); done; echo $t; }
# $1 name, $2 SQL after the schema, $3 delivery records for: all (delivered and printed) | printed,
# $4 message UUIDs: random | seq (job prefix + line number: a job's receipts append in order),
# $5 mailbox ids: random (a permutation, as the pipeline sees them) | seq ('floor:' || g, as the floor writes them)
variant() {
  local uuid="md5('floor' || g)::uuid" dfrom=1
  [ "$4" = seq ] && uuid="('5eed0000-0000-8000-8000-' || lpad(to_hex(g), 12, '0'))::uuid"
  [ "$3" = printed ] && dfrom=$((M+1))
  local mailbox="'cpr:' || lpad(((g * 2654435761) % 10000000000)::text, 10, '0')"
  [ "$5" = seq ] && mailbox="'floor:' || g"
  $P -c "DROP DATABASE IF EXISTS lever" -c "CREATE DATABASE lever"
  for f in $SCHEMA_FILES; do $P -d lever -f "$f" >/dev/null; done
  $P -d lever -c "INSERT INTO mailbox_contents VALUES ('\\x01', 'x', 1)" -c "$2" >/dev/null
  $P -d lever -c "CHECKPOINT" >/dev/null
  lsn0=$($P -d lever -c "SELECT pg_current_wal_lsn()")
  c0=$(cpu)
  t0=$(date +%s.%N)
  for s in $(seq 0 $((S-1))); do
    share() { local from=$1 to=$2; local c=$((to-from+1)); local per=$(((c+S-1)/S)); local a=$((from+s*per)); local b=$((a+per-1)); [ $b -gt $to ] && b=$to; echo "$a $b"; }
    read d0 d1 <<<"$(share $dfrom $D)"; read m0 m1 <<<"$(share 1 $M)"; read p0 p1 <<<"$(share $((M+1)) $D)"; read r0 r1 <<<"$(share 1 $N)"
    $P -d lever <<SQL &
BEGIN;
INSERT INTO mailbox_deliveries SELECT $mailbox, $uuid, 'authority:floor', CASE WHEN g > $M THEN 1 ELSE 0 END, 0, NULL, NULL, now() FROM generate_series($d0, $d1) g;
INSERT INTO mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, recipient_label, label, search_text, received_at, unread, legal_notification, reply_allowed, reply_by, private_platform, thread_id, content_sha256, size_bytes, file_count)
 SELECT $mailbox, $uuid, 0, 'inbox', 'authority:floor', 'Skattestyrelsen', 0, lpad(g::text, 10, '0'), 'CPR', NULL, 'Årsopgørelse 2025', 'årsopgørelse 2025' || chr(10) || 'skattestyrelsen', now(), true, false, false, NULL, NULL, $uuid, '\\x01', 2048, 1 FROM generate_series($m0, $m1) g;
INSERT INTO mailbox_print_queue (mailbox_id, message_uuid, sender_id, content_sha256, address, reason, queued_at) SELECT $mailbox, $uuid, 'authority:floor', '\\x01', '{"name":"Test Person","street":"Vestergade 7","postalCode":"5000","city":"Odense C","countryCode":"DK"}'::jsonb, 'The recipient is under 15 and has no mailbox.', now() FROM generate_series($p0, $p1) g;
INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) SELECT 'authority:floor', $uuid, $mailbox, 0, NULL, NULL, now() FROM generate_series($r0, $r1) g;
COMMIT;
SQL
  done
  wait
  t1=$(date +%s.%N)
  sleep 0.2; c1=$(cpu)
  wal=$($P -d lever -c "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '$lsn0')")
  printf "%-12s %7.2f s  %8.0f rows/s  CPU %6.2f s = %6.1f us/recipient  WAL %6.0f B/recipient  load %s\n" "$1" "$(echo "$t1-$t0" | bc)" "$(echo "$N/($t1-$t0)" | bc -l)" "$(echo "($c1-$c0)/100" | bc -l)" "$(echo "($c1-$c0)*10000/$N" | bc -l)" "$(echo "$wal/$N" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
}
run() {
  case $1 in
    base) variant base "SELECT 1" all random ;;
    nodeliv) variant nodeliv "SELECT 1" printed random ;;
    seq) variant seq "SELECT 1" all seq ;;
    rcpt_nomsg) variant rcpt_nomsg "DROP INDEX mailbox_receipts_message;" all random ;;
    rcpt_nosnd) variant rcpt_nosnd "DROP INDEX mailbox_receipts_sender;" all random ;;
    nolisting) variant nolisting "DROP INDEX mailbox_messages_listing;" all random ;;
    both) variant both "SELECT 1" printed seq ;;
    floorkeys) variant floorkeys "SELECT 1" all random seq ;;
    *) echo "unknown lever $1" >&2 ;;
  esac
}
LEVERS=${*:-"base nodeliv seq rcpt_nomsg rcpt_nosnd nolisting both floorkeys"}
for round in $(seq 1 ${ROUNDS:-1}); do
  for lever in $LEVERS; do run "$lever"; done
done
