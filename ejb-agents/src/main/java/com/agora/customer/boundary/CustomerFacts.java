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

    /** A customer {@code c}'s contact, as {@link #contact} reads it: e-mail, name (null when blank), account opened. */
    private static final String CONTACT = "select u.email, nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''),"
            + " u.created_at";
    private static final String CUSTOMER = " from customers c join users u on u.id = c.user_id";

    /** An address of the ordering customer {@code c}, as {@link #address} reads it; a condition follows. */
    private static final String ADDRESS = "select a.id, trim(concat_ws(' ', a.first_name, a.last_name)), a.company,"
            + " a.address_line1, a.address_line2, a.city, a.state, a.postal_code, a.country from addresses a"
            + " where a.customer_id = c.id and ";
    private static final int ADDRESS_COLUMNS = 9;

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

    /**
     * Who is ordering and where the order goes, in one read: the customer's contact, the shipping address (the one
     * given, else the default shipping address or the oldest one that ships) and the billing address (only when one
     * is given). An address id that is not one of the customer's leaves its address empty. Empty when the customer
     * does not exist.
     */
    public Optional<Buyer> buyer(long customerId, Long shippingAddressId, Long billingAddressId) {
        String shipping = shippingAddressId == null
                ? "a.address_type in ('shipping', 'both') order by a.is_default desc, a.id limit 1"
                : "a.id = ?2";
        String billing = billingAddressId == null ? "false" : "a.id = ?3";
        Query query = em.createNativeQuery(CONTACT + ", s.*, b.*" + CUSTOMER
                        + " left join lateral (" + ADDRESS + shipping + ") s on true"
                        + " left join lateral (" + ADDRESS + billing + ") b on true"
                        + " where c.id = ?1")
                .setParameter(1, customerId)
                // No caller changes a customer in the transaction that asks, so nothing needs to be flushed first.
                .setFlushMode(FlushModeType.COMMIT);
        if (shippingAddressId != null) {
            query.setParameter(2, shippingAddressId);
        }
        if (billingAddressId != null) {
            query.setParameter(3, billingAddressId);
        }
        List<?> rows = query.getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Buyer(contact(customerId, columns), address(columns, 3), address(columns, 3 + ADDRESS_COLUMNS));
        });
    }

    private static Optional<AddressBookEntry> address(Object[] c, int from) {
        if (c[from] == null) {
            return Optional.empty();
        }
        return Optional.of(new AddressBookEntry(((Number) c[from]).longValue(), new PostalAddress((String) c[from + 1],
                (String) c[from + 2], (String) c[from + 3], (String) c[from + 4], (String) c[from + 5],
                (String) c[from + 6], (String) c[from + 7], (String) c[from + 8])));
    }

    /** Who a customer is and how to reach them: for e-mail, documents and fraud screening. */
    public Optional<Contact> contactOf(long customerId) {
        List<?> rows = em.createNativeQuery(CONTACT + CUSTOMER + " where c.id = ?1")
                .setParameter(1, customerId)
                // No caller changes a customer in the transaction that asks for the contact, so nothing needs to be
                // flushed first; in a batch, flushing means comparing every entity the batch has touched so far.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return rows.stream().findFirst().map(row -> contact(customerId, (Object[]) row));
    }

    /** The contact from the first columns of a row that starts with {@link #CONTACT}'s. */
    private static Contact contact(long customerId, Object[] columns) {
        String email = (String) columns[0];
        String name = columns[1] == null ? email : (String) columns[1];
        return new Contact(customerId, email, name, instant(columns[2]));
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

    /** A customer about to order: the contact, and the addresses of {@link #buyer} (empty when not found). */
    public record Buyer(Contact contact, Optional<AddressBookEntry> shippingAddress,
            Optional<AddressBookEntry> billingAddress) {
    }

    /** An address of the customer's address book: its id, and the address as printed. */
    public record AddressBookEntry(long id, PostalAddress address) {
    }
}
