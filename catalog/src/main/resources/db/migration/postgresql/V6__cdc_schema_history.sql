-- The schema history of MariaDB CDC engines (the table structures their binlog events are read with), one
-- numbered row per DDL event under the engine's name. CDC offsets need no table: each pipeline's position,
-- committed with its records in source_position, is its engine's offset.
create table cdc_schema_history (
    engine  varchar(300) not null,
    seq     bigint not null,
    record  text not null,
    primary key (engine, seq)
);
