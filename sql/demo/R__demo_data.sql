-- Demo data for local and demo environments.
--
-- Flyway re-applies a repeatable migration whenever this file changes, so the whole script is guarded:
-- it only inserts into a database that has no merchant yet, and is a no-op everywhere else (including
-- a database where real merchants have signed up).
--
-- The data is deterministic for a given run date: the random generator is seeded once and every query
-- that draws from it has a fixed evaluation order. Dates are relative to the run date so the history
-- always covers the last 120 days.
--
-- Passwords (demo only): admin/admin123, merchantN/merchant123, customerN/customer123,
-- integrator/integrator123. Hashes are in the Jakarta Security Pbkdf2PasswordHash format
-- (PBKDF2WithHmacSHA256, 10000 iterations, 32-byte salt, 32-byte key).

do
$demo$
declare
    admin_hash      constant text := 'PBKDF2WithHmacSHA256:10000:eAUTsKdJqmVL48BatvP1b1l0Id1ENSMDssha/9/6Fvw=:9E16O0jd7kyvzYL0FSN9kPDFLdqCt1RGhnSB5CTmM6w=';
    merchant_hash   constant text := 'PBKDF2WithHmacSHA256:10000:yAfrX82+0PPd0QMV8+T0ulyczfXlufPEJ1MGyMHXzts=:C8D5agB3kC4rN+6aKrDKSYnjEphmTI6oJum2Sg+LOFg=';
    customer_hash   constant text := 'PBKDF2WithHmacSHA256:10000:sK+xzJoAjGNqkRrC/z3/gOMJ3WCecDqjMUzZP/PmBLY=:2NGGCh/DxVQjN7NuUxRX6lgFTc0Ai0t5MFWHPL/vZfc=';
    integrator_hash constant text := 'PBKDF2WithHmacSHA256:10000:GT5CXQHHSvDiZ4k5EVdynCcVja6ButsoCWqUyw4VJ6M=:6F6aFhrZqK7u7Bu7j5Izcy5o1HxGQVboABMKvp5n4M0=';

    order_count     constant integer := 1000;
    history_days    constant integer := 120;
    tax_rate        constant numeric := 0.08;
    flat_shipping   constant numeric := 10.00;
    free_shipping_from constant numeric := 100.00;

    first_names text[] := array['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Mateo', 'Sophia', 'Lucas', 'Isabella',
        'Ethan', 'Mia', 'James', 'Amelia', 'Benjamin', 'Harper', 'Elijah', 'Evelyn', 'Henry', 'Aria', 'Samuel',
        'Chloe', 'Daniel', 'Priya', 'Wei', 'Fatima', 'Diego', 'Hana', 'Kofi', 'Ingrid', 'Tomas'];
    last_names text[] := array['Johnson', 'Garcia', 'Chen', 'Williams', 'Patel', 'Brown', 'Nguyen', 'Martinez',
        'Kim', 'Davis', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Lee', 'Harris',
        'Clark', 'Lewis', 'Walker', 'Shah', 'Zhang', 'Okafor', 'Rossi', 'Sato', 'Mensah', 'Larsen', 'Novak'];
    cancel_reasons text[] := array['Customer requested cancellation', 'Ordered by mistake',
        'Found a better price elsewhere', 'Delivery estimate too slow', 'Wrong shipping address entered'];
    carrier_names text[] := array['UPS', 'FedEx', 'USPS'];

    v_times         timestamptz[];
    v_customers     bigint[];
    v_usernames     text[];
    v_ship_addr     bigint[];
    v_bill_addr     bigint[];
    v_merchants     bigint[];
    v_i             integer;
    v_r             double precision;
    v_merchant_no   integer;
    v_pick          integer;
    v_items         integer;
    v_created       timestamptz;
    v_confirmed     timestamptz;
    v_shipped       timestamptz;
    v_delivered     timestamptz;
    v_cancelled     timestamptz;
    v_refunded      timestamptz;
    v_status        text;
    v_payment       text;
    v_fulfillment   text;
    v_cancel_reason text;
    v_subtotal      numeric(12, 2);
    v_tax           numeric(12, 2);
    v_shipping      numeric(12, 2);
    v_line_count    integer;
    v_units         integer;
    v_order_id      bigint;
    v_order_number  text;
begin
    if (select count(*) from merchants) > 0 then
        raise notice 'demo data: merchants already exist, nothing inserted';
        return;
    end if;

    perform setseed(0.42);

    -- -----------------------------------------------------------------------------------------------
    -- Users. ON CONFLICT keeps the script usable on a database where some of these accounts were
    -- created by hand before any merchant existed.
    -- -----------------------------------------------------------------------------------------------
    insert into users (email, username, password_hash, role, first_name, last_name, phone, is_verified, created_at)
    values ('admin@agora.local', 'admin', admin_hash, 'admin', 'Alex', 'Morgan', '+1-415-555-0100', true,
            now() - interval '200 days')
    on conflict do nothing;

    insert into users (email, username, password_hash, role, first_name, last_name, phone, is_verified, created_at)
    select format('merchant%s@agora.local', n), 'merchant' || n, merchant_hash, 'merchant',
           (array['Jordan', 'Riley', 'Casey'])[n], (array['Reyes', 'Bennett', 'Whitaker'])[n],
           format('+1-415-555-01%s', lpad((10 + n)::text, 2, '0')), true,
           now() - interval '190 days' + n * interval '1 day'
    from generate_series(1, 3) n
    order by n
    on conflict do nothing;

    insert into users (email, username, password_hash, role, first_name, last_name, phone, is_verified, created_at)
    select format('customer%s@agora.local', n), 'customer' || n, customer_hash, 'customer',
           first_names[n], last_names[n], format('+1-555-01%s', lpad(n::text, 2, '0')), n % 6 <> 0,
           now() - interval '180 days' + (random() * 50) * interval '1 day'
    from generate_series(1, 30) n
    order by n
    on conflict do nothing;

    insert into users (email, username, password_hash, role, first_name, last_name, is_verified, created_at)
    values ('integrator@agora.local', 'integrator', integrator_hash, 'integrator', 'Integration', 'Service', true,
            now() - interval '200 days')
    on conflict do nothing;

    -- -----------------------------------------------------------------------------------------------
    -- Merchants, warehouses, categories, carriers
    -- -----------------------------------------------------------------------------------------------
    insert into merchants (user_id, business_name, business_type, tax_id, website, description, rating,
                           commission_rate, status, created_at)
    select u.id, d.business_name, d.business_type, d.tax_id, d.website, d.description, d.rating,
           d.commission_rate, 'active', u.created_at
    from (values
        (1, 'Brightline Electronics', 'Consumer electronics retailer', '94-3318201', 'https://brightline.example',
         'Audio, computer accessories and wearables, shipped from three US warehouses.', 4.70, 9.50),
        (2, 'Northwind Outfitters', 'Outdoor apparel brand', '91-2284470', 'https://northwind.example',
         'Technical outerwear and footwear designed for wet, cold and everything in between.', 4.55, 11.00),
        (3, 'Hearth & Table Home Goods', 'Home and kitchen retailer', '36-4417785', 'https://hearthandtable.example',
         'Cookware and home decor made to be used every day.', 4.80, 10.00)
    ) d(n, business_name, business_type, tax_id, website, description, rating, commission_rate)
    join users u on u.username = 'merchant' || d.n
    order by d.n;

    select array_agg(m.id order by u.username) into v_merchants
    from merchants m join users u on u.id = m.user_id
    where u.username in ('merchant1', 'merchant2', 'merchant3');

    insert into warehouses (name, code, address, city, state, country, postal_code, phone, email, manager_name,
                            capacity, created_at)
    values ('Los Angeles Fulfillment Center', 'WH-LAX', '2100 E Carson St', 'Los Angeles', 'CA', 'US', '90810',
            '+1-310-555-0142', 'lax@agora.local', 'Maria Delgado', 50000, now() - interval '200 days'),
           ('New York Distribution Hub', 'WH-NYC', '450 Meeker Ave', 'Brooklyn', 'NY', 'US', '11222',
            '+1-718-555-0177', 'nyc@agora.local', 'Daniel Okoro', 40000, now() - interval '200 days'),
           ('Chicago Midwest Depot', 'WH-CHI', '3300 S Kedzie Ave', 'Chicago', 'IL', 'US', '60623',
            '+1-773-555-0119', 'chi@agora.local', 'Hannah Kowalski', 35000, now() - interval '200 days')
    on conflict (code) do nothing;

    insert into categories (name, slug, description, sort_order, created_at)
    values ('Electronics', 'electronics', 'Audio, computing and mobile gear', 1, now() - interval '200 days'),
           ('Apparel', 'apparel', 'Outerwear and footwear for every season', 2, now() - interval '200 days'),
           ('Home & Kitchen', 'home-kitchen', 'Cookware and decor for the home', 3, now() - interval '200 days')
    on conflict (slug) do nothing;

    insert into categories (parent_id, name, slug, description, sort_order, created_at)
    select p.id, d.name, d.slug, d.description, d.sort_order, now() - interval '200 days'
    from (values
        ('electronics', 'Audio', 'audio', 'Headphones, earbuds, speakers and microphones', 1),
        ('electronics', 'Computer Accessories', 'computer-accessories', 'Keyboards, mice, monitors and storage', 2),
        ('electronics', 'Phones & Wearables', 'phones-wearables', 'Smartwatches, trackers, chargers and cases', 3),
        ('apparel', 'Outerwear', 'outerwear', 'Jackets, vests and mid-layers', 1),
        ('apparel', 'Footwear', 'footwear', 'Boots, sneakers and running shoes', 2),
        ('home-kitchen', 'Cookware', 'cookware', 'Pans, knives and kitchen tools', 1),
        ('home-kitchen', 'Home Decor', 'home-decor', 'Textiles, lighting and accents', 2)
    ) d(parent_slug, name, slug, description, sort_order)
    join categories p on p.slug = d.parent_slug
    order by d.parent_slug, d.sort_order
    on conflict (slug) do nothing;

    insert into carriers (name, code, tracking_url_template, api_endpoint, supported_services, created_at)
    values ('UPS', 'UPS', 'https://www.ups.com/track?tracknum={tracking_number}', 'https://onlinetools.ups.com/api',
            '["ground", "3_day_select", "2nd_day_air", "next_day_air"]', now() - interval '200 days'),
           ('FedEx', 'FEDEX', 'https://www.fedex.com/fedextrack/?trknbr={tracking_number}', 'https://apis.fedex.com',
            '["ground", "home_delivery", "express_saver", "2day", "priority_overnight"]', now() - interval '200 days'),
           ('USPS', 'USPS', 'https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking_number}',
            'https://apis.usps.com', '["ground_advantage", "priority_mail", "priority_mail_express"]',
            now() - interval '200 days')
    on conflict (code) do nothing;

    -- -----------------------------------------------------------------------------------------------
    -- Catalogue: 60 products, each sold through the variants of its variant set.
    -- -----------------------------------------------------------------------------------------------
    create temp table demo_products (
        merchant_no integer, product_no integer, category_slug text, name text, price numeric(12, 2),
        variant_set text, status text, featured boolean
    ) on commit drop;

    insert into demo_products
    values
        (1, 1, 'audio', 'Aurora Wireless Noise-Cancelling Headphones', 249.99, 'color2', 'active', true),
        (1, 2, 'audio', 'Pulse True Wireless Earbuds', 129.99, 'color3', 'active', true),
        (1, 3, 'audio', 'Boombox Mini Bluetooth Speaker', 59.99, 'color3', 'active', false),
        (1, 4, 'audio', 'Studio Monitor Speakers (Pair)', 199.00, 'std', 'active', false),
        (1, 5, 'audio', 'Cadence Portable Turntable', 149.50, 'std', 'active', false),
        (1, 6, 'audio', 'Echo USB Condenser Microphone', 89.99, 'std', 'active', false),
        (1, 7, 'computer-accessories', 'Glide Wireless Mouse', 34.99, 'color2', 'active', false),
        (1, 8, 'computer-accessories', 'Keystone Mechanical Keyboard', 119.00, 'color2', 'active', true),
        (1, 9, 'computer-accessories', 'Vista 27-inch 4K Monitor', 379.99, 'std', 'active', false),
        (1, 10, 'computer-accessories', 'Dockline USB-C Hub 8-in-1', 54.99, 'std', 'active', false),
        (1, 11, 'computer-accessories', 'Voyager Portable SSD', 109.99, 'storage2', 'active', false),
        (1, 12, 'computer-accessories', 'Clarity 1080p Webcam', 69.99, 'std', 'active', false),
        (1, 13, 'computer-accessories', 'ErgoRise Laptop Stand', 44.50, 'color2', 'active', false),
        (1, 14, 'computer-accessories', 'Nimbus Mesh Wi-Fi Router', 159.00, 'std', 'active', false),
        (1, 15, 'phones-wearables', 'Stride Fitness Tracker', 79.99, 'color3', 'active', false),
        (1, 16, 'phones-wearables', 'Horizon Smartwatch', 299.00, 'color2', 'active', true),
        (1, 17, 'phones-wearables', 'Volt 20000mAh Power Bank', 39.99, 'color2', 'active', false),
        (1, 18, 'phones-wearables', 'MagCharge 3-in-1 Wireless Charger', 64.99, 'std', 'active', false),
        (1, 19, 'phones-wearables', 'ShieldCase Rugged Phone Case', 24.99, 'color3', 'active', false),
        (1, 20, 'phones-wearables', 'Lumen Ring Light with Tripod', 29.99, 'std', 'active', false),
        (1, 21, 'phones-wearables', 'Tether Braided USB-C Cable 2-Pack', 14.99, 'color2', 'active', false),
        (1, 22, 'audio', 'Harbor Kids Over-Ear Headphones', 34.99, 'color3', 'active', false),
        (1, 23, 'computer-accessories', 'Quill Digital Drawing Tablet', 129.00, 'std', 'draft', false),
        (1, 24, 'phones-wearables', 'Orbit Smart Ring', 219.00, 'size3', 'draft', false),
        (2, 1, 'outerwear', 'Summit Insulated Parka', 229.00, 'size3', 'active', true),
        (2, 2, 'outerwear', 'Drift Packable Rain Jacket', 89.00, 'size3', 'active', false),
        (2, 3, 'outerwear', 'Ridge Fleece Half-Zip', 59.00, 'size3', 'active', false),
        (2, 4, 'outerwear', 'Timberline Down Vest', 119.00, 'size3', 'active', false),
        (2, 5, 'outerwear', 'Coastal Waxed Canvas Jacket', 179.00, 'size3', 'active', false),
        (2, 6, 'outerwear', 'Alpine Softshell Jacket', 139.00, 'size3', 'active', false),
        (2, 7, 'outerwear', 'Everyday Merino Hoodie', 99.00, 'size3', 'active', true),
        (2, 8, 'outerwear', 'Storm Shell 3L Jacket', 269.00, 'size3', 'active', false),
        (2, 9, 'outerwear', 'Canyon Wool Overshirt', 84.00, 'size3', 'active', false),
        (2, 10, 'footwear', 'Trailblazer Hiking Boots', 159.00, 'shoe3', 'active', true),
        (2, 11, 'footwear', 'Metro Leather Sneakers', 119.00, 'shoe3', 'active', false),
        (2, 12, 'footwear', 'Tempo Road Running Shoes', 129.00, 'shoe3', 'active', false),
        (2, 13, 'footwear', 'Basecamp Camp Slippers', 49.00, 'shoe3', 'active', false),
        (2, 14, 'footwear', 'Harbor Canvas Deck Shoes', 64.00, 'shoe3', 'active', false),
        (2, 15, 'footwear', 'Glacier Winter Boots', 189.00, 'shoe3', 'active', false),
        (2, 16, 'footwear', 'Ridge Trail Runners', 139.00, 'shoe3', 'active', false),
        (2, 17, 'footwear', 'Everyday Wool Socks 3-Pack', 24.00, 'size3', 'active', false),
        (2, 18, 'outerwear', 'Aurora Heated Jacket', 249.00, 'size3', 'draft', false),
        (3, 1, 'cookware', 'Forge 10-inch Cast Iron Skillet', 39.95, 'std', 'active', true),
        (3, 2, 'cookware', 'Maison 5.5 qt Enameled Dutch Oven', 129.00, 'color3', 'active', true),
        (3, 3, 'cookware', 'ProEdge 8-inch Chef''s Knife', 79.00, 'std', 'active', false),
        (3, 4, 'cookware', 'Tri-Ply Stainless Cookware Set, 10 Piece', 349.00, 'std', 'active', false),
        (3, 5, 'cookware', 'Everyday Nonstick Frying Pan', 34.00, 'inch2', 'active', false),
        (3, 6, 'cookware', 'Bamboo Cutting Board Set', 29.99, 'std', 'active', false),
        (3, 7, 'cookware', 'Gooseneck Pour-Over Kettle', 49.00, 'color2', 'active', false),
        (3, 8, 'cookware', 'Artisan Stand Mixer', 299.00, 'color3', 'active', false),
        (3, 9, 'cookware', 'Precision Digital Kitchen Scale', 24.99, 'color2', 'active', false),
        (3, 10, 'home-decor', 'Linen Throw Pillow Cover', 22.00, 'color3', 'active', false),
        (3, 11, 'home-decor', 'Hand-Thrown Ceramic Vase', 45.00, 'color2', 'active', false),
        (3, 12, 'home-decor', 'Chunky Knit Throw Blanket', 69.00, 'color3', 'active', true),
        (3, 13, 'home-decor', 'Oak Floating Wall Shelf', 54.00, 'inch2', 'active', false),
        (3, 14, 'home-decor', 'Soy Wax Candle Trio', 36.00, 'std', 'active', false),
        (3, 15, 'home-decor', 'Woven Jute Area Rug 5x8', 149.00, 'std', 'active', false),
        (3, 16, 'home-decor', 'Brushed Brass Table Lamp', 119.00, 'std', 'active', false),
        (3, 17, 'home-decor', 'Round Wall Mirror 30-inch', 139.00, 'std', 'active', false),
        (3, 18, 'cookware', 'Smart Sous Vide Cooker', 159.00, 'std', 'draft', false);

    -- One row per variant a set produces; the first is the default and a null delta keeps the product price.
    create temp table demo_variant_sets (
        variant_set text, ord integer, suffix text, label text, attr_key text, attr_value text, price_delta numeric(12, 2)
    ) on commit drop;

    insert into demo_variant_sets
    values ('std', 1, 'STD', 'Standard', null, null, null),
           ('color2', 1, 'BLK', 'Black', 'color', 'Black', null),
           ('color2', 2, 'WHT', 'White', 'color', 'White', null),
           ('color3', 1, 'BLK', 'Black', 'color', 'Black', null),
           ('color3', 2, 'SLV', 'Silver', 'color', 'Silver', null),
           ('color3', 3, 'BLU', 'Blue', 'color', 'Blue', null),
           ('size3', 1, 'M', 'Size M', 'size', 'M', null),
           ('size3', 2, 'S', 'Size S', 'size', 'S', null),
           ('size3', 3, 'L', 'Size L', 'size', 'L', null),
           ('shoe3', 1, '10', 'US 10', 'size', '10', null),
           ('shoe3', 2, '09', 'US 9', 'size', '9', null),
           ('shoe3', 3, '11', 'US 11', 'size', '11', null),
           ('storage2', 1, '1TB', '1 TB', 'capacity', '1TB', null),
           ('storage2', 2, '2TB', '2 TB', 'capacity', '2TB', 90.00),
           ('inch2', 1, '10IN', '10-inch', 'size', '10 in', null),
           ('inch2', 2, '12IN', '12-inch', 'size', '12 in', 15.00);

    insert into products (merchant_id, category_id, sku, name, slug, description, short_description, price, cost,
                          compare_at_price, weight, dimensions, images, status, is_featured, rating, review_count,
                          view_count, tags, created_at)
    select v_merchants[d.merchant_no],
           c.id,
           format('M%s-P%s', d.merchant_no, lpad(d.product_no::text, 3, '0')),
           d.name,
           trim(both '-' from regexp_replace(lower(d.name), '[^a-z0-9]+', '-', 'g')),
           format('%s. Designed for everyday use and backed by a one-year warranty.', d.name),
           format('%s, part of our %s range.', d.name, lower(c.name)),
           d.price,
           round(d.price * (0.45 + random() * 0.15)::numeric, 2),
           case when random() < 0.25 then round(d.price * 1.2, 0) - 0.01 end,
           round((case c.slug
                      when 'footwear' then 0.9 when 'outerwear' then 0.8 when 'cookware' then 1.5
                      when 'home-decor' then 1.2 else 0.3
                  end * (0.6 + random() * 0.8))::numeric, 3),
           jsonb_build_object('length', 10 + floor(random() * 40), 'width', 8 + floor(random() * 30),
                              'height', 3 + floor(random() * 20), 'unit', 'cm'),
           jsonb_build_array(format('/images/products/m%s-p%s.jpg', d.merchant_no, lpad(d.product_no::text, 3, '0'))),
           d.status,
           d.featured,
           case when d.status = 'active' then round((3.6 + random() * 1.4)::numeric, 2) end,
           case when d.status = 'active' then floor(random() * 240)::integer else 0 end,
           case when d.status = 'active' then floor(200 + random() * 5000)::integer else 0 end,
           jsonb_build_array(c.slug, lower(split_part(d.name, ' ', 1))),
           now() - interval '170 days' + (d.product_no * 2) * interval '1 day'
    from demo_products d
    join categories c on c.slug = d.category_slug
    order by d.merchant_no, d.product_no;

    insert into product_variants (product_id, sku, name, price, cost, weight, image_url, attributes, is_default,
                                  created_at)
    select p.id,
           p.sku || '-' || vs.suffix,
           vs.label,
           case when vs.price_delta is not null then p.price + vs.price_delta end,
           case when vs.price_delta is not null then round((p.price + vs.price_delta) * 0.55, 2) end,
           p.weight,
           case when vs.attr_key = 'color' then format('/images/products/%s.jpg', lower(p.sku || '-' || vs.suffix)) end,
           case when vs.attr_key is null then '{}'::jsonb else jsonb_build_object(vs.attr_key, vs.attr_value) end,
           vs.ord = 1,
           p.created_at
    from products p
    join demo_products d on format('M%s-P%s', d.merchant_no, lpad(d.product_no::text, 3, '0')) = p.sku
    join demo_variant_sets vs on vs.variant_set = d.variant_set
    order by p.id, vs.ord;

    -- Roughly one stock row in ten starts at or below its reorder point, so the low-stock views and the
    -- Inventory agent have something to act on.
    insert into inventory (product_id, variant_id, warehouse_id, quantity, reserved_quantity, reorder_point,
                           reorder_quantity, last_restock_date, last_count_date, created_at)
    select v.product_id,
           v.id,
           w.id,
           case when random() < 0.10 then floor(random() * 10)::integer
                else 20 + floor(random() * 181)::integer end,
           0,
           10,
           50,
           now() - (1 + random() * 40) * interval '1 day',
           now() - (1 + random() * 20) * interval '1 day',
           v.created_at
    from product_variants v
    cross join warehouses w
    where w.code in ('WH-LAX', 'WH-NYC', 'WH-CHI')
    order by v.id, w.code;

    update warehouses w
    set current_utilization = s.units
    from (select warehouse_id, sum(quantity)::integer as units from inventory group by warehouse_id) s
    where s.warehouse_id = w.id;

    -- -----------------------------------------------------------------------------------------------
    -- Customers and address books
    -- -----------------------------------------------------------------------------------------------
    insert into customers (user_id, customer_group, notes, created_at)
    select u.id,
           case when n % 10 = 0 then 'vip' when n % 7 = 0 then 'wholesale' else 'regular' end,
           case when n % 10 = 0 then 'Prefers expedited shipping' end,
           u.created_at
    from generate_series(1, 30) n
    join users u on u.username = 'customer' || n
    order by n
    on conflict (user_id) do nothing;

    create temp table demo_cities (
        idx integer, city text, state text, postal_code text, street text
    ) on commit drop;

    insert into demo_cities
    values (1, 'Seattle', 'WA', '98101', 'Pine St'), (2, 'Portland', 'OR', '97205', 'SW Alder St'),
           (3, 'San Francisco', 'CA', '94110', 'Valencia St'), (4, 'Austin', 'TX', '78704', 'S Congress Ave'),
           (5, 'Denver', 'CO', '80205', 'Larimer St'), (6, 'Chicago', 'IL', '60614', 'N Clark St'),
           (7, 'Boston', 'MA', '02116', 'Boylston St'), (8, 'Atlanta', 'GA', '30308', 'Peachtree St NE'),
           (9, 'Miami', 'FL', '33130', 'SW 8th St'), (10, 'Minneapolis', 'MN', '55401', 'Washington Ave N'),
           (11, 'Phoenix', 'AZ', '85004', 'N Central Ave'), (12, 'Nashville', 'TN', '37203', 'Broadway'),
           (13, 'Brooklyn', 'NY', '11211', 'Bedford Ave'), (14, 'Philadelphia', 'PA', '19103', 'Walnut St'),
           (15, 'San Diego', 'CA', '92101', 'India St');

    insert into addresses (customer_id, address_type, first_name, last_name, address_line1, address_line2, city,
                           state, country, postal_code, phone, is_default, created_at)
    select c.id, a.address_type, u.first_name, u.last_name,
           format('%s %s', 100 + floor(random() * 9800)::integer, dc.street),
           case when random() < 0.3 then format('Apt %s', 1 + floor(random() * 40)::integer) end,
           dc.city, dc.state, 'US', dc.postal_code, u.phone, true, c.created_at
    from customers c
    join users u on u.id = c.user_id
    cross join lateral (
        select 'shipping'::text as address_type, 1 as ord,
               1 + (substring(u.username from '[0-9]+')::integer - 1) % 15 as city_idx
        union all
        -- Every third customer pays with a card registered at a different (billing) address.
        select 'billing', 2, 1 + (substring(u.username from '[0-9]+')::integer + 6) % 15
        where substring(u.username from '[0-9]+')::integer % 3 = 0
    ) a
    join demo_cities dc on dc.idx = a.city_idx
    where u.username ~ '^customer[0-9]+$'
    order by c.id, a.ord;

    select array_agg(c.id order by c.id),
           array_agg(u.username order by c.id),
           array_agg((select a.id from addresses a
                      where a.customer_id = c.id and a.address_type = 'shipping' and a.is_default) order by c.id),
           array_agg(coalesce((select a.id from addresses a
                               where a.customer_id = c.id and a.address_type = 'billing' and a.is_default),
                              (select a.id from addresses a
                               where a.customer_id = c.id and a.address_type = 'shipping' and a.is_default))
                     order by c.id)
    into v_customers, v_usernames, v_ship_addr, v_bill_addr
    from customers c
    join users u on u.id = c.user_id
    where u.username ~ '^customer[0-9]+$';

    -- -----------------------------------------------------------------------------------------------
    -- Order history
    -- -----------------------------------------------------------------------------------------------

    -- What a historical order may contain: sellable variants of active products, with a per-product
    -- popularity so that best sellers emerge instead of a flat distribution.
    create temp table demo_pool on commit drop as
    with popularity as (
        select p.id as product_id, 0.05 + power(random(), 2) as popularity
        from products p
        where p.status = 'active'
        order by p.id
    )
    select array_position(v_merchants, p.merchant_id) as merchant_no,
           v.id as variant_id,
           p.id as product_id,
           v.sku,
           case when v.name = 'Standard' then p.name else p.name || ' - ' || v.name end as name,
           coalesce(v.price, p.price) as unit_price,
           pp.popularity
    from popularity pp
    join products p on p.id = pp.product_id
    join product_variants v on v.product_id = p.id
    order by p.id, v.id;

    create temp table demo_lines (
        variant_id bigint, product_id bigint, sku text, name text, unit_price numeric(12, 2), quantity integer
    ) on commit drop;

    -- Order timestamps: daily volume grows over the period (steeper in the last weeks), peaks at the
    -- weekend, and carries some day-to-day noise. Stratified draws over the cumulative daily weight give
    -- exactly order_count orders; times of day cluster in the afternoon and evening.
    with days as (
        select k,
               current_date - k as day,
               (1 + 2.2 * power((history_days - k)::numeric / (history_days - 1), 2))
                   * case when k <= 21 then 1.25 else 1 end
                   * case extract(isodow from current_date - k)
                         when 6 then 1.30 when 7 then 1.20 when 5 then 1.10 when 1 then 0.95 else 1 end
                   * (0.85 + 0.30 * random()) as weight
        from generate_series(1, history_days) k
        order by k
    ), cumulative as (
        select day, sum(weight) over (order by day) / sum(weight) over () as upto
        from days
    ), draws as (
        select i, (i - 1 + random()) / order_count as u
        from generate_series(1, order_count) i
        order by i
    )
    select array_agg(t order by t)
    into v_times
    from (
        select coalesce((select c.day from cumulative c where c.upto >= d.u order by c.day limit 1),
                        current_date - 1)::timestamptz
               + (7 + 16 * (random() + random()) / 2) * interval '1 hour' as t
        from draws d
        order by d.i
    ) x;

    for v_i in 1 .. order_count loop
        v_created := v_times[v_i];

        v_r := random();
        v_merchant_no := case when v_r < 0.45 then 1 when v_r < 0.75 then 2 else 3 end;
        -- Skewed so a handful of customers are regulars and the rest buy occasionally.
        v_pick := 1 + floor(power(random(), 1.3) * array_length(v_customers, 1))::integer;

        v_r := random();
        v_items := case when v_r < 0.45 then 1 when v_r < 0.75 then 2 when v_r < 0.92 then 3 else 4 end;

        delete from demo_lines;
        insert into demo_lines
        select s.variant_id, s.product_id, s.sku, s.name, s.unit_price,
               1 + (random() < 0.22)::integer + (random() < 0.06)::integer
        from (
            select dp.*
            from demo_pool dp
            where dp.merchant_no = v_merchant_no
            order by power(random(), 1.0 / dp.popularity) desc, dp.variant_id
            limit v_items
        ) s
        order by s.variant_id;

        select sum(unit_price * quantity), count(*), sum(quantity) into v_subtotal, v_line_count, v_units from demo_lines;
        v_tax := round(v_subtotal * tax_rate, 2);
        v_shipping := case when v_subtotal >= free_shipping_from then 0 else flat_shipping end;

        v_confirmed := v_created + (2 + random() * 28) * interval '1 minute';
        v_shipped := v_confirmed + (4 + random() * 40) * interval '1 hour';
        v_delivered := v_shipped + (1 + random() * 4) * interval '1 day';
        v_cancelled := null;
        v_refunded := null;
        v_cancel_reason := null;

        v_r := random();
        if v_r < 0.04 then
            v_status := 'cancelled';
            v_payment := 'voided';
            v_fulfillment := 'unfulfilled';
            v_cancelled := least(v_created + (10 + random() * 600) * interval '1 minute', now() - interval '1 minute');
            v_cancel_reason := cancel_reasons[1 + floor(random() * array_length(cancel_reasons, 1))::integer];
            v_confirmed := case when v_confirmed < v_cancelled then v_confirmed end;
            v_shipped := null;
            v_delivered := null;
        elsif v_r < 0.06 and v_delivered + interval '5 days' < now() then
            v_status := 'refunded';
            v_payment := 'refunded';
            v_fulfillment := 'returned';
            v_refunded := v_delivered + (2 + random() * 3) * interval '1 day';
        elsif v_delivered < now() then
            v_status := 'delivered';
            v_payment := 'paid';
            v_fulfillment := 'fulfilled';
        else
            v_status := 'shipped';
            v_payment := 'paid';
            v_fulfillment := 'fulfilled';
            -- Planned hand-over may still lie in the future for the newest orders; pull it into the past.
            if v_shipped >= now() then
                v_shipped := v_confirmed + random() * (now() - v_confirmed);
            end if;
            v_delivered := null;
        end if;

        v_order_number := 'AG-' || lpad(nextval('order_number_seq')::text, 8, '0');

        insert into orders (order_number, customer_id, merchant_id, status, payment_status, fulfillment_status,
                            subtotal, tax, shipping_cost, discount, total, currency, customer_notes, cancel_reason,
                            shipping_address_id, billing_address_id, confirmed_at, shipped_at, delivered_at,
                            cancelled_at, created_at, updated_at)
        values (v_order_number, v_customers[v_pick], v_merchants[v_merchant_no], v_status, v_payment, v_fulfillment,
                v_subtotal, v_tax, v_shipping, 0, v_subtotal + v_tax + v_shipping, 'USD',
                case when random() < 0.06 then 'Please leave the package at the front door.' end,
                v_cancel_reason, v_ship_addr[v_pick], v_bill_addr[v_pick], v_confirmed, v_shipped, v_delivered,
                v_cancelled, v_created,
                greatest(v_created, v_confirmed, v_shipped, v_delivered, v_cancelled, v_refunded))
        returning id into v_order_id;

        insert into order_items (order_id, product_id, variant_id, sku, name, quantity, unit_price, total_price,
                                 created_at)
        select v_order_id, l.product_id, l.variant_id, l.sku, l.name, l.quantity, l.unit_price,
               l.unit_price * l.quantity, v_created
        from demo_lines l
        order by l.variant_id;

        -- Same vocabulary as the live agents write, so old and new orders read alike on the timeline.
        insert into order_events (order_id, agent, event_type, detail, occurred_at)
        select v_order_id, e.agent, e.event_type, e.detail, e.occurred_at
        from (values
            (1, 'order', 'OrderPlaced',
             format('%s line(s), %s unit(s), total %s USD, placed by %s', v_line_count, v_units,
                    v_subtotal + v_tax + v_shipping, v_usernames[v_pick]), v_created),
            (2, 'inventory', 'StockReserved', format('%s unit(s) reserved', v_units), v_confirmed),
            (3, 'order', 'OrderCancelled', format('%s (by %s)', v_cancel_reason, v_usernames[v_pick]), v_cancelled),
            (4, 'inventory', 'StockReleased', format('%s unit(s) back in stock', v_units),
             case when v_confirmed is not null then v_cancelled end),
            (5, 'carrier', 'OrderShipped',
             format('Handed over to %s', carrier_names[1 + floor(random() * array_length(carrier_names, 1))::integer]),
             v_shipped),
            (6, 'carrier', 'OrderDelivered', 'Delivered to the shipping address', v_delivered),
            (7, 'payment', 'OrderRefunded', 'Items returned; payment refunded in full', v_refunded)
        ) e(ord, agent, event_type, detail, occurred_at)
        where e.occurred_at is not null
        order by e.ord;
    end loop;

    -- -----------------------------------------------------------------------------------------------
    -- Denormalised totals, derived from the history above. Cancelled and rejected orders never count;
    -- refunded orders count as orders but not as money.
    -- -----------------------------------------------------------------------------------------------
    update customers c
    set total_orders        = s.orders,
        total_spent         = s.spent,
        average_order_value = case when s.paid_orders > 0 then round(s.spent / s.paid_orders, 2) end,
        lifetime_value      = s.spent,
        last_order_date     = s.last_order
    from (
        select o.customer_id,
               count(*) filter (where o.status not in ('cancelled', 'rejected'))::integer as orders,
               count(*) filter (where o.status not in ('cancelled', 'rejected', 'refunded')) as paid_orders,
               coalesce(sum(o.total) filter (where o.status not in ('cancelled', 'rejected', 'refunded')), 0) as spent,
               max(o.created_at) as last_order
        from orders o
        group by o.customer_id
    ) s
    where s.customer_id = c.id;

    update merchants m
    set total_orders = s.orders,
        total_sales  = s.sales
    from (
        select o.merchant_id,
               count(*) filter (where o.status not in ('cancelled', 'rejected'))::integer as orders,
               coalesce(sum(o.total) filter (where o.status not in ('cancelled', 'rejected', 'refunded')), 0) as sales
        from orders o
        group by o.merchant_id
    ) s
    where s.merchant_id = m.id;

    update products p
    set sales_count = s.units
    from (
        select oi.product_id, sum(oi.quantity)::integer as units
        from order_items oi
        join orders o on o.id = oi.order_id
        where o.status not in ('cancelled', 'rejected', 'refunded')
        group by oi.product_id
    ) s
    where s.product_id = p.id;

    -- Who bought, from whom and where it went, as every order records it at placement (V10).
    update orders o
    set customer_email = u.email,
        customer_name  = coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email),
        customer_since = u.created_at,
        merchant_name  = m.business_name,
        ship_to        = (select printed_address(a) from addresses a where a.id = o.shipping_address_id),
        bill_to        = (select printed_address(a) from addresses a
                          where a.id = coalesce(o.billing_address_id, o.shipping_address_id))
    from customers c, users u, merchants m
    where c.id = o.customer_id and u.id = c.user_id and m.id = o.merchant_id and o.customer_email is null;

    raise notice 'demo data: % users, % products, % variants, % orders inserted',
        (select count(*) from users), (select count(*) from products), (select count(*) from product_variants),
        (select count(*) from orders);
end;
$demo$;
