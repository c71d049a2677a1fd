package com.agora.returns.control;

import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.SearchMatches;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The Returns agent's table: the return merchandise authorizations. */
@Dependent
public class ReturnsStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public Optional<ReturnAuthorization> find(long id) {
        return Optional.ofNullable(em.find(ReturnAuthorization.class, id));
    }

    /** The return, locked for the rest of the transaction: people and agents move the same return concurrently. */
    public Optional<ReturnAuthorization> locked(long id) {
        return Optional.ofNullable(em.find(ReturnAuthorization.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A return some agent reports on. Missing means the event refers to nothing we know: a bug, not bad input. */
    public ReturnAuthorization existing(long id) {
        return locked(id).orElseThrow(() -> new IllegalStateException("return " + id + " does not exist"));
    }

    /** Makes requests for returns of the same order wait for each other until the transaction ends. */
    public void takeTurnOnOrder(long orderId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('returns-of-order'), hashtext(?1))")
                .setParameter(1, String.valueOf(orderId)).getSingleResult();
    }

    /** The order's returns that still count against what was bought. */
    public List<ReturnAuthorization> standingReturnsOf(long orderId) {
        return em.createQuery("select r from ReturnAuthorization r where r.orderId = :order"
                        + " and r.status not in :released", ReturnAuthorization.class)
                .setParameter("order", orderId)
                .setParameter("released", ReturnLifecycle.releasedStatuses())
                .getResultList();
    }

    public String nextReturnNumber() {
        return (String) em.createNativeQuery("select 'RMA-' || lpad(nextval('return_number_seq')::text, 8, '0')")
                .getSingleResult();
    }

    /** Stores a new return and gives it its id. */
    public void add(ReturnAuthorization rma) {
        em.persist(rma);
        em.flush();
    }

    /**
     * Returns newest first.
     *
     * @param merchantId only this merchant's returns; null for all
     * @param customerId only this customer's returns; null for all
     * @param orders the orders the search's text names, as the Order agent found them
     */
    public Page<ReturnAuthorization> returns(Long merchantId, Long customerId, ReturnStatus status, Long orderId,
            ListSearch search, SearchMatches orders, PageRequest page) {
        FilteredQuery<ReturnAuthorization> query = new FilteredQuery<>(ReturnAuthorization.class, "r");
        if (merchantId != null) {
            query.where("r.merchantId = :merchant", "merchant", merchantId);
        }
        if (customerId != null) {
            query.where("r.customerId = :customer", "customer", customerId);
        }
        if (status != null) {
            query.where("r.status = :status", "status", status);
        }
        if (orderId != null) {
            query.where("r.orderId = :order", "order", orderId);
        }
        query.narrowedBy(search, "r.createdAt", "r.orderId", orders, "r.returnNumber");
        return query.page(em, "r.createdAt desc, r.id desc", page);
    }
}
