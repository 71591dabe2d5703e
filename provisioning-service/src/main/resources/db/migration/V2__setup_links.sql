-- The language of the order's emails, from OrderPlaced. Cases opened before it was stored
-- are English, as the event contract reads an OrderPlaced without a locale.
alter table provisioning_case add column locale text not null default 'en';

-- When a setup link of the order was first opened (ProvisioningStarted): the stall check's
-- answer.
alter table provisioning_case add column setup_started_at timestamptz;

-- Setup links. The token itself is never stored, only its SHA-256: a copy of this table
-- opens no setup. A link is live while neither revoked nor expired; opening it (GET)
-- never consumes it, because mail scanners prefetch links.
create table setup_link (
    id              uuid        primary key,
    version         bigint      not null,
    order_id        uuid        not null references provisioning_case (order_id),
    token_hash      char(64)    not null unique,
    recipient_email text        not null,
    issue_reason    text        not null,
    issued_at       timestamptz not null,
    expires_at      timestamptz not null,
    revoked_at      timestamptz,
    revoke_reason   text,
    first_opened_at timestamptz
);

create index setup_link_order on setup_link (order_id);
