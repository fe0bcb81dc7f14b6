-- Grain state with optimistic concurrency. The ETag is drawn from a sequence, never reused, so a
-- state that is cleared and written again can never match an ETag held from before the clear.
CREATE SEQUENCE grain_state_etag_seq;

CREATE TABLE grain_state (
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    state_name  text        NOT NULL,
    data        bytea       NOT NULL,
    etag        bigint      NOT NULL DEFAULT nextval('grain_state_etag_seq'),
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
);
