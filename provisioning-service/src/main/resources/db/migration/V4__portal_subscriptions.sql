-- The partner portal: subscriptions a partner adds itself (a 14-day trial from the start),
-- what partners manage on every subscription, and invitations to sign in.

-- A subscription is created by an installed order or in the portal; "installed" no
-- longer fits both.
alter table subscription rename column installed_at to created_at;
alter table subscription add column origin text not null default 'ORDER'
    check (origin in ('ORDER', 'PORTAL'));
alter table subscription alter column origin drop default;
-- Null for subscriptions without a trial.
alter table subscription add column trial_ends_at timestamptz;
-- Set when the partner was reminded that the trial ends: the reminder is sent once.
alter table subscription add column trial_reminded_at timestamptz;
-- Whether the customer's admin may edit signatures (and so was invited to sign in).
alter table subscription add column customer_can_edit boolean not null default false;
-- The SPF record the customer publishes, as last validated and saved.
alter table subscription add column spf_record text;
-- When it was cancelled or expired.
alter table subscription add column ended_at timestamptz;
-- Language of the partner's reminders.
alter table subscription add column locale text;
alter table subscription add constraint subscription_status
    check (status in ('TRIAL', 'PENDING_SETUP', 'ACTIVE', 'EXPIRED', 'CANCELLED'));

-- What the trial sweep looks for: live trials by end date.
create index subscription_trial_end on subscription (trial_ends_at) where status = 'TRIAL';

-- A customer a partner adds in the portal is known by its name; the address comes later,
-- if ever.
alter table org alter column address_line drop not null;
alter table org alter column city drop not null;
alter table org alter column postal_code drop not null;

alter table org_user add column name text;

-- An invitation to choose a password. Like setup links, only the token's hash is kept;
-- opening the link (GET) does not use it up, choosing the password does.
create table org_user_invitation (
    id          uuid        primary key,
    user_id     uuid        not null references org_user (id),
    token_hash  char(64)    not null unique,
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    created_at  timestamptz not null
);

create index org_user_invitation_user on org_user_invitation (user_id);
