-- Mailbox message store: content once (content-addressed), per-mailbox message rows, files,
-- the delivery idempotency record, receipts, print queue, held messages, access log and the
-- index of who can open which mailbox.

CREATE TABLE mailbox_contents (
    sha256      bytea PRIMARY KEY,
    data        bytea NOT NULL,
    size_bytes  bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per (mailbox, messageUUID) ever offered: makes delivery idempotent whatever the outcome.
CREATE TABLE mailbox_deliveries (
    mailbox_id      text NOT NULL,
    message_uuid    uuid NOT NULL,
    sender_id       text NOT NULL,
    outcome         smallint NOT NULL,
    receipt_status  smallint NOT NULL,
    reason_code     text,
    detail          text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (mailbox_id, message_uuid)
);

CREATE TABLE mailbox_messages (
    mailbox_id          text NOT NULL,
    message_uuid        uuid NOT NULL,
    seq                 bigint GENERATED ALWAYS AS IDENTITY,
    direction           smallint NOT NULL,
    folder_id           text NOT NULL,
    previous_folder_id  text,
    sender_id           text NOT NULL,
    sender_label        text NOT NULL,
    sender_kind         smallint NOT NULL,
    recipient_id        text NOT NULL,
    recipient_id_type   text NOT NULL,
    recipient_label     text,
    label               text NOT NULL,
    -- label and sender label, lower-cased by the application (culture-invariant), for text search
    -- that does not depend on the database's locale.
    search_text         text NOT NULL,
    received_at         timestamptz NOT NULL,
    unread              boolean NOT NULL,
    first_read_at       timestamptz,
    first_read_by       text,
    first_read_platform smallint,
    legal_notification  boolean NOT NULL,
    served_at           timestamptz,
    reply_allowed       boolean NOT NULL,
    reply_by            timestamptz,
    deleted_at          timestamptz,
    private_platform    smallint,
    thread_id           uuid NOT NULL,
    content_sha256      bytea NOT NULL REFERENCES mailbox_contents (sha256),
    size_bytes          bigint NOT NULL,
    file_count          integer NOT NULL,
    PRIMARY KEY (mailbox_id, message_uuid)
);
CREATE INDEX mailbox_messages_listing ON mailbox_messages (mailbox_id, folder_id, received_at DESC, seq DESC);
CREATE INDEX mailbox_messages_deleted ON mailbox_messages (mailbox_id, deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX mailbox_messages_thread ON mailbox_messages (mailbox_id, thread_id);

CREATE TABLE mailbox_message_files (
    mailbox_id      text NOT NULL,
    message_uuid    uuid NOT NULL,
    ordinal         integer NOT NULL,
    document_kind   text NOT NULL,
    filename        text NOT NULL,
    encoding_format text NOT NULL,
    size_bytes      bigint NOT NULL,
    PRIMARY KEY (mailbox_id, message_uuid, ordinal),
    FOREIGN KEY (mailbox_id, message_uuid) REFERENCES mailbox_messages (mailbox_id, message_uuid) ON DELETE CASCADE
);

CREATE TABLE mailbox_receipts (
    receipt_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sender_id       text NOT NULL,
    message_uuid    uuid NOT NULL,
    recipient_id    text NOT NULL,
    status          smallint NOT NULL,
    reason_code     text,
    detail          text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX mailbox_receipts_sender ON mailbox_receipts (sender_id, receipt_id DESC);
CREATE INDEX mailbox_receipts_message ON mailbox_receipts (sender_id, message_uuid);

CREATE TABLE mailbox_print_queue (
    print_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mailbox_id      text NOT NULL,
    message_uuid    uuid NOT NULL,
    sender_id       text NOT NULL,
    content_sha256  bytea NOT NULL REFERENCES mailbox_contents (sha256),
    address         jsonb,
    reason          text NOT NULL,
    queued_at       timestamptz NOT NULL,
    UNIQUE (mailbox_id, message_uuid)
);

CREATE TABLE mailbox_held_messages (
    mailbox_id      text NOT NULL,
    message_uuid    uuid NOT NULL,
    sender_id       text NOT NULL,
    sender_kind     smallint NOT NULL,
    private_platform smallint,
    content_sha256  bytea NOT NULL REFERENCES mailbox_contents (sha256),
    recipient_id_type text NOT NULL,
    recipient_label text,
    release_on      date NOT NULL,
    held_at         timestamptz NOT NULL,
    PRIMARY KEY (mailbox_id, message_uuid)
);

CREATE TABLE mailbox_access_log (
    entry_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mailbox_id      text NOT NULL,
    at              timestamptz NOT NULL,
    actor_kind      smallint NOT NULL,
    actor_id        text NOT NULL,
    on_behalf_of    text,
    platform        smallint NOT NULL,
    action          smallint NOT NULL,
    message_uuid    uuid,
    detail          text
);
CREATE INDEX mailbox_access_log_mailbox ON mailbox_access_log (mailbox_id, entry_id DESC);

-- Append-only: the log can be read and inserted into, never changed.
CREATE FUNCTION mailbox_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'mailbox_access_log is append-only';
END $$;
CREATE TRIGGER mailbox_access_log_no_update BEFORE UPDATE OR DELETE ON mailbox_access_log
    FOR EACH ROW EXECUTE FUNCTION mailbox_access_log_append_only();

-- Who can open which mailbox besides their own: "Mailboxes I can open" is one index scan.
CREATE TABLE mailbox_access_grants (
    grantee_cpr     text NOT NULL,
    mailbox_id      text NOT NULL,
    grant_id        uuid NOT NULL,
    kind            smallint NOT NULL,
    level           smallint NOT NULL,
    expires_at      timestamptz,
    notify          boolean NOT NULL DEFAULT false,
    PRIMARY KEY (grantee_cpr, mailbox_id, grant_id)
);
CREATE INDEX mailbox_access_grants_mailbox ON mailbox_access_grants (mailbox_id);
