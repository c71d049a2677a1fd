-- Demo payment methods: every demo customer (customer1 .. customer30) pays with the test gateway's card that
-- always approves, 4242 4242 4242 4242, as the default method. The number itself is never stored: only what
-- the Payment agent keeps of a card (last four, expiry, fingerprint, test gateway token).
--
-- Repeatable and idempotent: a customer who already has a payment method gets none, and accounts other than the
-- demo customers are never touched.

insert into payment_methods (customer_id, type, provider, last_four, expiry_month, expiry_year, is_default,
                             token_encrypted, gateway, fingerprint)
select c.id, 'credit_card', 'visa', '4242', 12, extract(year from now())::smallint + 3, true,
       'tok_test_approve_demo' || c.id, 'test', encode(sha256(convert_to('4242424242424242', 'UTF8')), 'hex')
from customers c
join users u on u.id = c.user_id
where u.username ~ '^customer[0-9]+$'
  and u.email = u.username || '@agora.local'
  and not exists (select 1 from payment_methods m where m.customer_id = c.id)
order by c.id;
