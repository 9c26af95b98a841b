-- The answers to pushes made with an Idempotency-Key (IdempotentRequests): a retry with the same key and the same
-- request gets the recorded answer instead of applying the records again. A row commits in the push's own
-- transaction, so it exists exactly when the push applied; rows older than the retention (24 hours) are removed by
-- later pushes to the same dataset, after which the key may be used again.
create table idempotent_request (
    dataset_id       varchar(100) not null,
    idempotency_key  varchar(255) not null,
    request_hash     varchar(64) not null,
    response_status  integer not null,
    response_body    varchar not null,
    created_at       timestamp with time zone not null,
    primary key (dataset_id, idempotency_key)
);
create index idempotent_request_age on idempotent_request (dataset_id, created_at);
