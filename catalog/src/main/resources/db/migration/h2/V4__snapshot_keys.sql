-- The keys a full snapshot of a source has seen so far (SnapshotKeys): at its end one set-based statement deletes the
-- dataset's records whose keys it did not see, and its rows go. Kept in a table, not in the hub's memory, so that a
-- snapshot of millions of rows fits any heap and resumes after a crash.
create table snapshot_key (
    snapshot_id  bigint not null,
    record_key   varchar not null
);
create index snapshot_key_lookup on snapshot_key (snapshot_id, record_key);
