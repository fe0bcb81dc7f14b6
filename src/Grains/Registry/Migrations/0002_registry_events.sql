-- Outbox of registry events: written in the transaction that changes the tables, delivered to the
-- registered handlers afterwards by the dispatcher. kind: see RegistryEventKind.
CREATE TABLE registry_event (
    seq               bigint GENERATED ALWAYS AS IDENTITY,
    event_id          uuid        NOT NULL,
    kind              smallint    NOT NULL,
    cpr               text        NOT NULL,
    effective_on      date        NOT NULL,
    first_names       text,
    last_name         text,
    street            text,
    house_number      text,
    postcode          text,
    city              text,
    municipality_code smallint,
    recorded_at       timestamptz NOT NULL,
    dispatched_at     timestamptz,
    attempts          integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz,
    last_error        text,
    CONSTRAINT registry_event_pkey PRIMARY KEY (event_id),
    CONSTRAINT registry_event_seq_key UNIQUE (seq)
);

-- The dispatcher reads only what is still pending, oldest first.
CREATE INDEX registry_event_pending_idx ON registry_event (seq) WHERE dispatched_at IS NULL;

-- One row per (event, handler) once the handler has handled the event: a restarted dispatcher
-- skips what a handler already got.
CREATE TABLE registry_event_delivery (
    event_id     uuid        NOT NULL,
    handler      text        NOT NULL,
    delivered_at timestamptz NOT NULL,
    CONSTRAINT registry_event_delivery_pkey PRIMARY KEY (event_id, handler)
);

-- Progress of the daily scans (turned 15): the last day fully scanned.
CREATE TABLE registry_scan (
    name            text NOT NULL,
    scanned_through date NOT NULL,
    CONSTRAINT registry_scan_pkey PRIMARY KEY (name)
);
