-- The schema registry (ADR-0005), H2 flavour: text columns are varchar (H2 text is a CLOB).

-- One row per distinct schema: the same text with the same references keeps one global id under every subject.
-- Rows are never removed, so an id stays resolvable for consumers of old records and is never reused.
create table registry_schema (
    id           integer primary key,
    fingerprint  varchar(64) not null,
    schema_text  varchar not null,
    created_at   timestamp with time zone not null
);
create index registry_schema_fingerprint on registry_schema (fingerprint);

-- The named types a schema takes from other subjects' versions, in the order they were given.
create table registry_schema_reference (
    schema_id  integer not null,
    position   integer not null,
    name       varchar(1000) not null,
    subject    varchar(1000) not null,
    version    integer not null,
    primary key (schema_id, position)
);
create index registry_reference_target on registry_schema_reference (subject, version);

-- One row per subject ever registered: the row a registration locks, so versions of a subject are numbered one
-- writer at a time.
create table registry_subject (
    subject  varchar(1000) primary key
);

create table registry_subject_version (
    subject        varchar(1000) not null,
    version        integer not null,
    schema_id      integer not null,
    deleted        boolean not null default false,
    registered_at  timestamp with time zone not null,
    primary key (subject, version)
);
create index registry_version_schema on registry_subject_version (schema_id);

-- Compatibility level and mode; scope '' is the global setting, any other scope a subject's own.
create table registry_setting (
    scope          varchar(1000) primary key,
    compatibility  varchar(30),
    mode           varchar(20)
);

-- Rows locked by writers that need one at a time across all subjects: 'schema-ids' guards new global ids.
create table registry_lock (
    name  varchar(50) primary key
);
insert into registry_lock (name) values ('schema-ids');
