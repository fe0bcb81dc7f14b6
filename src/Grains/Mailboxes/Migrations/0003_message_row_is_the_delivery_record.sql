-- A delivered letter no longer writes a delivery record (docs/domain.md, "Message store"; measured in
-- docs/mass-send.md, "Figures"): its message row has the same key (mailbox_id, message_uuid) and is
-- the record. So "this (mailbox, messageUUID) was offered before" is: a mailbox_deliveries row OR a
-- mailbox_messages row exists (MessageStore.OfferedBefore). Outcomes without a message row (printed,
-- held, recalled) keep their delivery record; a held letter released into the inbox keeps both.
-- Records written before this migration stay: they answer the same question the same way.
--
-- A message row can go away (the deleted folder purged after its retention, a mailbox closed): the
-- delivery record it stood for must stay, or the same messageUUID offered again would be delivered a
-- second time. Deleting received message rows therefore leaves a tombstone record (outcome
-- Delivered, receipt Received, as it was answered), once per statement for all deleted rows.

CREATE FUNCTION mailbox_messages_tombstones() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO mailbox_deliveries (mailbox_id, message_uuid, sender_id, outcome, receipt_status, reason_code, detail, created_at)
    SELECT g.mailbox_id, g.message_uuid, g.sender_id, 0, 0, NULL, NULL, g.received_at
    FROM gone g WHERE g.direction = 0
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER mailbox_messages_tombstones AFTER DELETE ON mailbox_messages
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION mailbox_messages_tombstones();
