-- Orders placed by the commerce system. order_number is the commerce system's key and the
-- idempotency key of intake; request_fingerprint tells a replay from a conflicting reuse.
create table purchase_order (
    id                       uuid primary key,
    order_number             varchar(64)  not null unique,
    partner_id               varchar(64)  not null,
    partner_name             varchar(200) not null,
    customer_name            varchar(200),
    requested_start_date     date         not null,
    time_zone                varchar(64)  not null,
    deployment_contact_email varchar(254) not null,
    account_rep_email        varchar(254) not null,
    status                   varchar(32)  not null,
    cancellation_reason      varchar(500),
    request_fingerprint      char(64)     not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null
);

create index purchase_order_partner on purchase_order (partner_id, created_at desc);
create index purchase_order_status on purchase_order (status, created_at desc);

create table order_item (
    purchase_order     uuid        not null references purchase_order (id) on delete cascade,
    purchase_order_key integer     not null,
    sku                varchar(32) not null,
    quantity           integer     not null check (quantity between 1 and 100000),
    primary key (purchase_order, purchase_order_key)
);
