#!/bin/bash
# What each index, foreign key and row of a delivered letter costs: the mass-send floor's statements
# (as MassSendFloor wrote them before migration 0002: delivery record, message, file row, print job,
# receipt) for N recipients in 4 sessions, each one transaction, into a fresh database with the
# mailbox schema of migration 0001 plus one lever. Prints wall time, the cluster's CPU time per
# recipient (load-independent enough to compare on a shared machine) and WAL bytes per recipient.
# Needs a scratch cluster you own: PGDATA (its data folder, to find the postmaster) and PGPORT,
# e.g. initdb as the postgres user, the silo's settings (fsync on, wal_level minimal), pg_ctl start.
# Usage: PGDATA=/var/tmp/me-pg/data PGPORT=45555 N=200000 ROUNDS=2 benchmarks/MassSend/floor-levers.sh
cd "$(dirname "$0")"
SCHEMA=../../src/Grains/Mailboxes/Migrations/0001_mailbox_tables.sql
P="psql -h 127.0.0.1 -p ${PGPORT:?} -U postgres -qtAX"
N=${N:-200000}; S=4
D=$((N*99/100)); M=$((N*80/100))
PM=$(head -1 "${PGDATA:?}/postmaster.pid")
# CPU ticks of the cluster: exited backends (reaped by the postmaster) plus the live processes.
cpu() { local t; t=$(awk '{print $14+$15+$16+$17}' /proc/$PM/stat); for c in $(pgrep -P $PM); do t=$((t + $(awk '{print $14+$15}' /proc/$c/stat 2>/dev/null || echo 0))); done; echo $t; }
variant() { # $1 name, $2 extra SQL, $3 files mode (rows|none)
  $P -c "DROP DATABASE IF EXISTS lever" -c "CREATE DATABASE lever"
  $P -d lever -f "$SCHEMA" >/dev/null
  $P -d lever -c "INSERT INTO mailbox_contents VALUES ('\\x01', 'x', 1)" -c "$2" >/dev/null
  $P -d lever -c "CHECKPOINT" >/dev/null
  lsn0=$($P -d lever -c "SELECT pg_current_wal_lsn()")
  c0=$(cpu)
  t0=$(date +%s.%N)
  for s in $(seq 0 $((S-1))); do
    share() { local from=$1 to=$2; local c=$((to-from+1)); local per=$(((c+S-1)/S)); local a=$((from+s*per)); local b=$((a+per-1)); [ $b -gt $to ] && b=$to; echo "$a $b"; }
    read d0 d1 <<<"$(share 1 $D)"; read m0 m1 <<<"$(share 1 $M)"; read p0 p1 <<<"$(share $((M+1)) $D)"; read r0 r1 <<<"$(share 1 $N)"
    files="INSERT INTO mailbox_message_files SELECT 'floor:' || g, md5('floor' || g)::uuid, 1, 'main', 'aarsopgoerelse.pdf', 'application/pdf', 2048 FROM generate_series($m0, $m1) g;"
    [ "$3" = none ] && files=""
    $P -d lever <<SQL &
BEGIN;
INSERT INTO mailbox_deliveries SELECT 'floor:' || g, md5('floor' || g)::uuid, 'authority:floor', CASE WHEN g > $M THEN 1 ELSE 0 END, 0, NULL, NULL, now() FROM generate_series($d0, $d1) g;
INSERT INTO mailbox_messages (mailbox_id, message_uuid, direction, folder_id, sender_id, sender_label, sender_kind, recipient_id, recipient_id_type, recipient_label, label, search_text, received_at, unread, legal_notification, reply_allowed, reply_by, private_platform, thread_id, content_sha256, size_bytes, file_count)
 SELECT 'floor:' || g, md5('floor' || g)::uuid, 0, 'inbox', 'authority:floor', 'Skattestyrelsen', 0, lpad(g::text, 10, '0'), 'CPR', NULL, 'Årsopgørelse 2025', 'årsopgørelse 2025' || chr(10) || 'skattestyrelsen', now(), true, false, false, NULL, NULL, md5('floor' || g)::uuid, '\\x01', 2048, 1 FROM generate_series($m0, $m1) g;
$files
INSERT INTO mailbox_print_queue (mailbox_id, message_uuid, sender_id, content_sha256, address, reason, queued_at) SELECT 'floor:' || g, md5('floor' || g)::uuid, 'authority:floor', '\\x01', '{"name":"Test Person","street":"Vestergade 7","postalCode":"5000","city":"Odense C","countryCode":"DK"}'::jsonb, 'The recipient is under 15 and has no mailbox.', now() FROM generate_series($p0, $p1) g;
INSERT INTO mailbox_receipts (sender_id, message_uuid, recipient_id, status, reason_code, detail, created_at) SELECT 'authority:floor', md5('floor' || g)::uuid, 'floor:' || g, 0, NULL, NULL, now() FROM generate_series($r0, $r1) g;
COMMIT;
SQL
  done
  wait
  t1=$(date +%s.%N)
  sleep 0.2; c1=$(cpu)
  wal=$($P -d lever -c "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '$lsn0')")
  printf "%-10s %6.2f s  %8.0f rows/s  CPU %5.2f s = %6.1f us/recipient  WAL %6.0f B/recipient  load %s\n" "$1" "$(echo "$t1-$t0" | bc)" "$(echo "$N/($t1-$t0)" | bc -l)" "$(echo "($c1-$c0)/100" | bc -l)" "$(echo "($c1-$c0)*10000/$N" | bc -l)" "$(echo "$wal/$N" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
}
FK="ALTER TABLE mailbox_messages DROP CONSTRAINT mailbox_messages_content_sha256_fkey; ALTER TABLE mailbox_print_queue DROP CONSTRAINT mailbox_print_queue_content_sha256_fkey;"
THREAD="DROP INDEX mailbox_messages_thread; CREATE INDEX mailbox_messages_thread ON mailbox_messages (mailbox_id, thread_id) WHERE thread_id <> message_uuid;"
FILESFK="ALTER TABLE mailbox_message_files DROP CONSTRAINT mailbox_message_files_mailbox_id_message_uuid_fkey;"
for round in $(seq 1 ${ROUNDS:-2}); do
  variant base "SELECT 1" rows
  variant fk "$FK" rows
  variant filesfk "$FILESFK" rows
  variant nofiles "SELECT 1" none
  variant thread "$THREAD" rows
  variant rcpt_msg "DROP INDEX mailbox_receipts_message;" rows
  variant rcpt_snd "DROP INDEX mailbox_receipts_sender;" rows
  variant listing "DROP INDEX mailbox_messages_listing;" rows
  variant all "$FK $THREAD" none
done
