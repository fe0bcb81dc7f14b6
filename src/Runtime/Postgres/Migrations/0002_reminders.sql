-- Durable reminders. A silo loads the reminders of the partitions it owns, hence the index.
-- The period is kept in .NET ticks (100 ns) so it round-trips exactly.
CREATE TABLE reminders (
    grain_type    text        NOT NULL,
    grain_key     text        NOT NULL,
    reminder_name text        NOT NULL,
    partition     integer     NOT NULL,
    start_at      timestamptz NOT NULL,
    period_ticks  bigint      NOT NULL CHECK (period_ticks >= 0),
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (grain_type, grain_key, reminder_name)
);

CREATE INDEX reminders_partition_idx ON reminders (partition);
