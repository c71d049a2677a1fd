package com.agora.customer.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What other agents may ask about customers: whether one exists and where it ships to. The Customer agent
 * owns these tables; until it is built, this query boundary is its only part, and the agent registry still
 * lists the Customer agent as not built yet.
 */
@Stateless
public class CustomerDirectory {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public boolean exists(long customerId) {
        return !em.createNativeQuery("select 1 from customers where id = ?1").setParameter(1, customerId)
                .getResultList().isEmpty();
    }

    public boolean ownsAddress(long customerId, long addressId) {
        return !em.createNativeQuery("select 1 from addresses where id = ?1 and customer_id = ?2")
                .setParameter(1, addressId).setParameter(2, customerId).getResultList().isEmpty();
    }

    /** The default shipping address, or the oldest one that ships. */
    public Optional<Long> shippingAddressOf(long customerId) {
        List<?> found = em.createNativeQuery("select id from addresses where customer_id = ?1"
                        + " and address_type in ('shipping', 'both') order by is_default desc, id limit 1")
                .setParameter(1, customerId).getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
