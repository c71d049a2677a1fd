-- Version 10: an order keeps who bought it, from whom and where it goes as they were when it was placed: the
-- customer's e-mail, name and account age, the merchant's trading name, and the shipping and billing addresses
-- as printed (JSON of name, company, line1, line2, city, state, postalCode, country). The order's events carry
-- them, so Fraud Detection, Carrier, Document Generation and Customer Communication ask the Customer agent
-- nothing inside their event transactions (issue 7), and an address edited or deleted in the address book
-- after the order no longer changes or breaks its label and invoice. The pick list keeps the destination for
-- the carrier.
-- An address book entry in the JSON the application reads and writes (PostalAddressConverter); kept so the demo
-- data and test fixtures record an order's addresses the way placement does.
create function printed_address(a addresses) returns text language sql immutable as $$
    select json_build_object('name', trim(concat_ws(' ', a.first_name, a.last_name)), 'company', a.company,
            'line1', a.address_line1, 'line2', a.address_line2, 'city', a.city, 'state', a.state,
            'postalCode', a.postal_code, 'country', a.country)::text
$$;

alter table orders
    add column customer_email varchar(255),
    add column customer_name  varchar(201),
    add column customer_since timestamptz,
    add column merchant_name  varchar(255),
    add column ship_to        text,
    add column bill_to        text;

update orders o
   set customer_email = u.email,
       customer_name  = coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email),
       customer_since = u.created_at
  from customers c join users u on u.id = c.user_id
 where c.id = o.customer_id;
update orders o set merchant_name = m.business_name from merchants m where m.id = o.merchant_id;
update orders o set ship_to = printed_address(a) from addresses a where a.id = o.shipping_address_id;
-- An order placed without a billing address bills to its shipping address.
update orders o set bill_to = printed_address(a) from addresses a
 where a.id = coalesce(o.billing_address_id, o.shipping_address_id);

alter table pick_lists add column ship_to text;
update pick_lists p set ship_to = o.ship_to from orders o where o.id = p.order_id;

