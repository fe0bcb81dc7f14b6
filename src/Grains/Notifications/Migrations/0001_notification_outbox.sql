-- One row per enqueued notification request; idempotent by notification_id.
CREATE TABLE notification (
    notification_id uuid PRIMARY KEY,
    mailbox_id      text        NOT NULL,
    delegate_cpr    text        NULL,
    kind            text        NOT NULL,
    message_uuid    uuid        NULL,
    language        text        NOT NULL,
    created_at      timestamptz NOT NULL,
    enqueued_at     timestamptz NOT NULL
);

CREATE INDEX notification_mailbox ON notification (mailbox_id, enqueued_at);
-- The retention purge walks notifications oldest first.
CREATE INDEX notification_enqueued ON notification (enqueued_at);

-- One row per (notification, channel, address) to dispatch. 'delegate' rows are resolved into
-- per-channel rows from the delegate's own settings by the dispatcher.
CREATE TABLE notification_dispatch (
    dispatch_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_id  uuid        NOT NULL REFERENCES notification (notification_id) ON DELETE CASCADE,
    channel          text        NOT NULL CHECK (channel IN ('email', 'sms', 'push', 'delegate')),
    address          text        NOT NULL,
    subject          text        NULL,
    body             text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('pending', 'sent', 'dead')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_owner      text        NULL,
    lease_expires_at timestamptz NULL,
    last_error       text        NULL,
    completed_at     timestamptz NULL,
    UNIQUE (notification_id, channel, address)
);

-- The dispatcher's claim scans only pending rows, oldest due first.
CREATE INDEX notification_dispatch_due ON notification_dispatch (next_attempt_at, dispatch_id) WHERE state = 'pending';
CREATE INDEX notification_dispatch_dead ON notification_dispatch (completed_at) WHERE state = 'dead';
