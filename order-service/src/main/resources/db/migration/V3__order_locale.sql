-- The language of an order's emails: given by the commerce system, or else the partner's
-- language from its latest order that named one.
alter table purchase_order add column locale varchar(8) not null default 'en';
