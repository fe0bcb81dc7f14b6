-- Which mailboxes hold a mobile number and why; maintained by the mailbox grains (IMobileNumberIndex)
-- so an ownership declaration can find every other holder without scanning grain state.
CREATE TABLE mobile_number_registration (
    number        text        NOT NULL,
    mailbox_id    text        NOT NULL,
    purpose       text        NOT NULL CHECK (purpose IN ('notification', 'nemsms')),
    registered_at timestamptz NOT NULL,
    PRIMARY KEY (number, mailbox_id, purpose)
);

CREATE INDEX mobile_number_registration_mailbox ON mobile_number_registration (mailbox_id);

-- The latest ownership declaration of each number.
CREATE TABLE mobile_number_declaration (
    number      text        PRIMARY KEY,
    mailbox_id  text        NOT NULL,
    declared_at timestamptz NOT NULL
);
