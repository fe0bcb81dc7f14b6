-- A mass send reads each recipient's mailbox profile by key (MassSendSql.ReadBatch); about 97 % of a
-- national list has none, so most probes find nothing. The primary key of grain_state leads with the
-- grain type and ends with the state name (three text columns, every grain's every state); this index
-- holds only the profiles, keyed by the grain key alone: fewer and cheaper comparisons per probe and a
-- smaller tree to keep in memory. The probe still checks the grain type on the row it finds.
-- Measured in docs/mass-send.md, "Direct write and the batch read (session 5)".
CREATE INDEX grain_state_profile_keys ON grain_state (grain_key) WHERE state_name = 'profile';
