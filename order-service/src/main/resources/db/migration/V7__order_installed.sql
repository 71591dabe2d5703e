-- The setup wizard's milestones, reported by the provisioning service: installed (the point
-- of no return: orgs and subscription exist) and active (services deployed). A partner
-- organisation reported as not recognised stays open for the account rep until a fresh
-- setup link goes out (resend, new contact) or the order is installed or ends.
alter table purchase_order
    add column installed_at            timestamptz,
    add column activated_at            timestamptz,
    add column partner_org_disputed_at timestamptz;

-- The dashboard's "partner organisation not recognised" section, per rep, oldest report first.
create index purchase_order_disputed on purchase_order (lower(account_rep_email), partner_org_disputed_at)
    where partner_org_disputed_at is not null;
