-- The first sequence of a change-log segment row (ChangeLogSegment), whose seq is its last. On H2 every row is one
-- entry and this stays null; the column keeps the change log's shape the same on both databases.
alter table change_log add column seq_first bigint;
