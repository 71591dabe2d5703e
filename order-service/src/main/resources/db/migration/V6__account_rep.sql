-- Account reps sign in to the stalled-order dashboard. The email is the sign-in name, kept
-- in lower case so one person is one row however they type it. Only a password hash is
-- stored, prefixed with its encoder's id ({argon2@SpringSecurity_v5_8}$argon2id$...), so
-- the algorithm can change later without a migration.
create table account_rep (
    email         varchar(254) primary key check (email = lower(email)),
    display_name  varchar(200) not null,
    password_hash varchar(500) not null,
    created_at    timestamptz  not null
);

-- A rep sees the orders that name them, in whatever case the commerce system wrote the
-- address: the dashboard compares lower-cased emails, so its index does too.
drop index purchase_order_stalled;
create index purchase_order_stalled on purchase_order (lower(account_rep_email), stalled_at)
    where status = 'STALLED';
