-- One provisioning case per order, keyed by the order id. It is built from the order's
-- events, so only what identifies it is mandatory: a consumer must not stall its
-- partition on an optional field a producer left out.
create table provisioning_case (
    order_id                 uuid        primary key,
    version                  bigint      not null,
    order_number             text        not null,
    partner_id               text,
    partner_name             text,
    customer_name            text,
    requested_start_date     date,
    time_zone                text,
    deployment_contact_email text,
    account_rep_email        text,
    status                   text        not null,
    cancellation_reason      text,
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);

create table provisioning_case_item (
    order_id uuid    not null references provisioning_case (order_id) on delete cascade,
    line_no  integer not null,
    sku      text    not null,
    quantity integer not null,
    primary key (order_id, line_no)
);
