-- A delivered letter costs fewer rows, index entries and locks (docs/domain.md, "Message store";
-- measured in docs/mass-send.md, "Figures"):
--  1. File metadata belongs to the content, not to each message: a file list is a function of the
--     content (the MeMo without what differs per recipient), so it is stored once per content hash
--     in mailbox_content_files, written whenever the content's bytes are written. A template with
--     3 files sent to 1,000,000 people is 3 rows, not 3,000,000. A message's files are read through
--     its content hash (MessageStore.GetFilesAsync).
--  2. The per-row foreign keys from messages, print jobs and held messages to mailbox_contents are
--     dropped: each took a KEY SHARE lock on the one shared content row for every delivered row
--     (MultiXacts under parallel sessions). What they guarded is now an invariant the database
--     still enforces: a content row is never deleted or changed (the trigger below), and every
--     writer inserts the content before or in the same transaction as the first row that names it
--     (a content known to be committed is never removed afterwards).
--  3. The thread index only holds replies: a message that starts its own thread (thread_id =
--     message_uuid: every new letter, every mass-send delivery) is found through the primary key
--     by the thread filter (MessageStore.ListAsync), so it needs no entry of its own.

CREATE TABLE mailbox_content_files (
    content_sha256  bytea NOT NULL REFERENCES mailbox_contents (sha256),
    ordinal         integer NOT NULL,
    document_kind   text NOT NULL,
    filename        text NOT NULL,
    encoding_format text NOT NULL,
    size_bytes      bigint NOT NULL,
    PRIMARY KEY (content_sha256, ordinal)
);

-- Existing messages keep their files: the file rows of one message per content become the
-- content's (every message of a content has the same files, since both come from the content).
INSERT INTO mailbox_content_files (content_sha256, ordinal, document_kind, filename, encoding_format, size_bytes)
SELECT DISTINCT ON (m.content_sha256, f.ordinal) m.content_sha256, f.ordinal, f.document_kind, f.filename, f.encoding_format, f.size_bytes
FROM mailbox_message_files f
JOIN mailbox_messages m ON m.mailbox_id = f.mailbox_id AND m.message_uuid = f.message_uuid
ORDER BY m.content_sha256, f.ordinal;

DROP TABLE mailbox_message_files;

ALTER TABLE mailbox_messages DROP CONSTRAINT mailbox_messages_content_sha256_fkey;
ALTER TABLE mailbox_print_queue DROP CONSTRAINT mailbox_print_queue_content_sha256_fkey;
ALTER TABLE mailbox_held_messages DROP CONSTRAINT mailbox_held_messages_content_sha256_fkey;

-- Content is immutable and permanent: rows only ever reference it by hash, unguarded by a key.
CREATE FUNCTION mailbox_contents_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'mailbox_contents rows are never changed or removed (messages reference them by hash)';
END $$;
CREATE TRIGGER mailbox_contents_permanent BEFORE UPDATE OR DELETE OR TRUNCATE ON mailbox_contents
    FOR EACH STATEMENT EXECUTE FUNCTION mailbox_contents_permanent();

DROP INDEX mailbox_messages_thread;
CREATE INDEX mailbox_messages_replies ON mailbox_messages (mailbox_id, thread_id) WHERE thread_id <> message_uuid;
