package com.agora.customer.boundary;

import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.SearchMatches;
import com.agora.persistence.PostalAddress;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What other agents may ask about customers: whether one exists, where it ships to, and whom a search text names.
 * The Customer agent owns these tables; until it is built, this query boundary is its only part, and the agent
 * registry still lists the Customer agent as not built yet.
 */
@Stateless
public class CustomerFacts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public boolean exists(long customerId) {
        return !em.createNativeQuery("select 1 from customers where id = ?1").setParameter(1, customerId)
                .getResultList().isEmpty();
    }

    /**
     * The customers whose name or e-mail holds the search's text, newest accounts first, for another agent's list
     * search; at most {@link SearchMatches#LIMIT}.
     */
    public SearchMatches customersMatching(ListSearch search) {
        if (!search.hasText()) {
            return SearchMatches.NONE;
        }
        List<?> ids = em.createNativeQuery("select c.id from customers c join users u on u.id = c.user_id"
                        + " where lower(u.email) like ?1 or lower(concat_ws(' ', u.first_name, u.last_name)) like ?1"
                        + " order by c.id desc limit ?2")
                .setParameter(1, search.pattern()).setParameter(2, SearchMatches.LIMIT + 1).getResultList();
        return SearchMatches.of(ids.stream().map(id -> ((Number) id).longValue()).toList());
    }

    /** One of the customer's addresses, as printed; empty when the customer has no address of that id. */
    public Optional<AddressBookEntry> addressOf(long customerId, long addressId) {
        return addresses("id = ?1 and customer_id = ?2 limit 1", addressId, customerId);
    }

    /** The default shipping address, or the oldest one that ships. */
    public Optional<AddressBookEntry> shippingAddressOf(long customerId) {
        return addresses("customer_id = ?1 and address_type in ('shipping', 'both') order by is_default desc, id"
                + " limit 1", customerId);
    }

    private Optional<AddressBookEntry> addresses(String condition, Object... parameters) {
        Query query = em.createNativeQuery("select id, trim(concat_ws(' ', first_name, last_name)), company,"
                + " address_line1, address_line2, city, state, postal_code, country from addresses where " + condition);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] c = (Object[]) row;
            return new AddressBookEntry(((Number) c[0]).longValue(), new PostalAddress((String) c[1], (String) c[2],
                    (String) c[3], (String) c[4], (String) c[5], (String) c[6], (String) c[7], (String) c[8]));
        });
    }

    /** Who a customer is and how to reach them: for e-mail, documents and fraud screening. */
    public Optional<Contact> contactOf(long customerId) {
        List<?> rows = em.createNativeQuery("select u.email, nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''),"
                        + " u.created_at from customers c join users u on u.id = c.user_id where c.id = ?1")
                .setParameter(1, customerId)
                // No caller changes a customer in the transaction that asks for the contact, so nothing needs to be
                // flushed first; in a batch, flushing means comparing every entity the batch has touched so far.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            String email = (String) columns[0];
            String name = columns[1] == null ? email : (String) columns[1];
            return new Contact(customerId, email, name, instant(columns[2]));
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value);
    }

    /** {@code since} is when the customer's account was opened. */
    public record Contact(long customerId, String email, String name, Instant since) {
    }

    /** An address of the customer's address book: its id, and the address as printed. */
    public record AddressBookEntry(long id, PostalAddress address) {
    }
}
