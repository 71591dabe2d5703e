-- What the setup wizard creates when an order is installed: organisations (the partner
-- and its customers), their admin users and the subscription the order becomes.

create table org (
    id                      uuid        primary key,
    version                 bigint      not null,
    kind                    text        not null check (kind in ('PARTNER', 'CUSTOMER')),
    name                    text        not null,
    country                 char(2)     not null,
    address_line            text        not null,
    city                    text        not null,
    postal_code             text        not null,
    -- The commerce system's partner id: one partner org per partner.
    partner_id              text        unique check (kind = 'PARTNER' or partner_id is null),
    -- The partner org that manages a customer org; null when the customer set up its
    -- own order and manages it alone.
    managing_partner_org_id uuid        references org (id),
    -- The enterprise subdomain, <subdomain>.webex.example; unique across all orgs,
    -- compared in lower case; null until chosen in service setup.
    subdomain               text,
    created_at              timestamptz not null
);

create unique index org_subdomain on org (lower(subdomain));

-- One address belongs to one org at a time, however it is capitalised.
create table org_user (
    id            uuid        primary key,
    version       bigint      not null,
    org_id        uuid        not null references org (id),
    email         text        not null,
    role          text        not null check (role in ('PARTNER_ADMIN', 'CUSTOMER_ADMIN')),
    -- Null until the user chooses a password; such a user cannot sign in.
    password_hash text,
    created_at    timestamptz not null
);

create unique index org_user_email on org_user (lower(email));
create index org_user_org on org_user (org_id);

create table subscription (
    id                       uuid        primary key,
    version                  bigint      not null,
    order_id                 uuid        unique references provisioning_case (order_id),
    customer_org_id          uuid        not null references org (id),
    -- Null when the customer manages its org alone: the partner may not manage it.
    partner_org_id           uuid        references org (id),
    billed_partner_id        text,
    status                   text        not null,
    calling_location         text,
    calling_emergency_number text,
    calling_voicemail        boolean,
    meetings_language        text,
    meetings_guests_allowed  boolean,
    meetings_recording       boolean,
    connection_options       text,
    installed_at             timestamptz not null,
    deployed_at              timestamptz,
    billing_period_start     date
);

create index subscription_customer_org on subscription (customer_org_id);
create index subscription_partner_org on subscription (partner_org_id);

create table subscription_item (
    subscription_id uuid    not null references subscription (id) on delete cascade,
    line_no         integer not null,
    sku             text    not null,
    quantity        integer not null,
    primary key (subscription_id, line_no)
);

-- Who holds the setup now: the deployment contact until they hand it to a colleague or
-- to the customer. Resends go to the holder.
alter table provisioning_case add column setup_holder_email text;
update provisioning_case set setup_holder_email = deployment_contact_email;
alter table provisioning_case add column setup_by text not null default 'PARTNER'
    check (setup_by in ('PARTNER', 'CUSTOMER'));
alter table provisioning_case add column partner_org_disputed_at timestamptz;
