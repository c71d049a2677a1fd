package com.agora.infrastructure.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The names people know things by, for the consoles: a customer's name instead of "16", a merchant's business name,
 * an order number instead of its row id, a product and variant name instead of "variant 2". Read-only and in bulk,
 * one query per page of rows. It answers only for ids the caller was already shown by a scoped boundary, so it
 * takes no caller of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DisplayNames {

    /** How a customer is addressed: the name on the account (the e-mail when there is none) and the e-mail. */
    public record CustomerName(long id, String name, String email) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public Map<Long, CustomerName> customers(Collection<Long> ids) {
        Map<Long, CustomerName> names = new HashMap<>();
        for (Object[] row : rows("select c.id, nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email"
                + " from customers c join users u on u.id = c.user_id where c.id in ", ids)) {
            String email = (String) row[2];
            names.put(id(row[0]), new CustomerName(id(row[0]), row[1] == null ? email : (String) row[1], email));
        }
        return names;
    }

    public Map<Long, String> merchants(Collection<Long> ids) {
        return pairs("select id, business_name from merchants where id in ", ids);
    }

    public Map<Long, String> orderNumbers(Collection<Long> ids) {
        return pairs("select id, order_number from orders where id in ", ids);
    }

    /** A variant as "product – variant", or only the product's name where the variant is its only one. */
    public Map<Long, String> variants(Collection<Long> ids) {
        return pairs("select v.id, case when v.name = p.name or v.is_default then p.name"
                + " else p.name || ' – ' || v.name end"
                + " from product_variants v join products p on p.id = v.product_id where v.id in ", ids);
    }

    /** An order line by what was bought, as the order recorded it. */
    public Map<Long, String> orderLines(Collection<Long> ids) {
        return pairs("select id, name from order_items where id in ", ids);
    }

    public Map<Long, String> warehouses(Collection<Long> ids) {
        return pairs("select id, name from warehouses where id in ", ids);
    }

    /** Where each parcel is as the Carrier agent last heard, by shipment id: the order keeps only its own copy. */
    public Map<Long, String> shipmentStatuses(Collection<Long> ids) {
        return pairs("select id, status from shipments where id in ", ids);
    }

    private Map<Long, String> pairs(String sql, Collection<Long> ids) {
        return rows(sql, ids).stream().collect(Collectors.toMap(row -> id(row[0]), row -> String.valueOf(row[1]),
                (first, second) -> first));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        // Numbers only, so the list is safe to write into the statement; one round trip for the whole page.
        String list = wanted.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        return em.createNativeQuery(sql + list).getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
