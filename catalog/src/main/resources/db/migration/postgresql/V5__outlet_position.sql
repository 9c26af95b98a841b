-- How far each outlet (the Kafka relay, a change feed, ...) has got in each dataset's change log (ADR-0001): the
-- sequence of the last entry the outlet has delivered, so that after a stop or a crash it resumes after it.
create table outlet_position (
    outlet      varchar(100) not null,
    dataset_id  varchar(100) not null,
    seq         bigint not null,
    updated_at  timestamp with time zone not null,
    primary key (outlet, dataset_id)
);
