-- API keys of machine clients (the commerce system). Only the SHA-256 of a key is stored:
-- keys are long random strings, so a fast hash is safe and keeps authentication cheap.
create table api_client (
    id         uuid primary key,
    name       varchar(100) not null,
    key_hash   char(64)     not null unique,
    created_at timestamptz  not null,
    revoked_at timestamptz
);
