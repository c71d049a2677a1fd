package com.agora.order.control;

import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderShipment;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.SearchMatches;
import com.agora.order.entity.OrderStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Order agent's tables: orders with their lines, and its copies of allocations and shipments. */
@Dependent
public class OrderStore {

    /** The ids of the orders this transaction has locked, kept with the transaction itself. */
    private static final Object LOCKED_ORDERS = OrderStore.class.getName() + ".locked";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** An order some agent reports on. Missing means the event refers to nothing we know: a bug, not bad input. */
    public CustomerOrder existing(long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new IllegalStateException("order " + id + " does not exist");
        }
        return order;
    }

    /**
     * The order, locked for the rest of the transaction: agents report on the same order concurrently (two
     * warehouses' shipments, say), and each decision depends on what the others already reported.
     */
    public CustomerOrder locked(long id) {
        if (lockedInThisTransaction().contains(id)) {
            // Already read and locked by this transaction: the persistence context has it, no statement needed.
            return em.find(CustomerOrder.class, id);
        }
        List<CustomerOrder> found = lockAndRead(List.of(id));
        if (found.isEmpty()) {
            throw new IllegalStateException("order " + id + " does not exist");
        }
        return found.get(0);
    }

    /**
     * Locks the orders a batch of events is about, in id order and in one statement, so each event's
     * {@link #locked} finds its order in hand: one query per event made EclipseLink flush the batch's changes so
     * far and prepare the query again every time. Orders that do not exist are left for {@link #locked} to report.
     */
    public void lockAll(Collection<Long> ids) {
        if (ids.size() > 1) {
            lockAndRead(ids.stream().distinct().sorted().toList());
        }
    }

    private List<CustomerOrder> lockAndRead(List<Long> ids) {
        // The lines come in the same statement: every reaction reads them, and an order always has at least one.
        List<CustomerOrder> found = em.createQuery(
                        "select o from CustomerOrder o join fetch o.lines l where o.id in :ids order by o.id, l.id",
                        CustomerOrder.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Set<Long> locked = lockedInThisTransaction();
        found.forEach(order -> locked.add(order.getId()));
        return found;
    }

    @SuppressWarnings("unchecked")
    private Set<Long> lockedInThisTransaction() {
        Set<Long> locked = (Set<Long>) transactions.getResource(LOCKED_ORDERS);
        if (locked == null) {
            locked = new HashSet<>();
            transactions.putResource(LOCKED_ORDERS, locked);
        }
        return locked;
    }

    public List<OrderAllocation> allocations(long orderId) {
        return em.createQuery("select a from OrderAllocation a where a.orderId = :order order by a.id",
                OrderAllocation.class).setParameter("order", orderId).getResultList();
    }

    public List<OrderShipment> shipments(long orderId) {
        return em.createQuery("select s from OrderShipment s where s.orderId = :order order by s.id",
                OrderShipment.class).setParameter("order", orderId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public String nextOrderNumber() {
        return (String) em.createNativeQuery("select 'AG-' || lpad(nextval('order_number_seq')::text, 8, '0')")
                .getSingleResult();
    }

    public Optional<CustomerOrder> find(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id));
    }

    /** Locks an order someone is about to change and reads it again, so the change starts from what committed. */
    public void lockFresh(CustomerOrder order) {
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
    }

    /**
     * The ids of the orders a search text means, newest first: those whose number holds the text or that belong to one
     * of the customers it matched. Only orders placed before the search's period ends count, since nothing that hangs
     * off an order precedes it. At most one more than {@link SearchMatches#LIMIT}, so the caller can tell there were
     * more.
     *
     * @param merchantId only this merchant's orders; null for all
     * @param customerId only this customer's orders; null for all
     */
    public List<Long> orderIdsMatching(ListSearch search, SearchMatches customers, Long merchantId, Long customerId) {
        StringBuilder jpql = new StringBuilder(
                "select o.id from CustomerOrder o where (lower(o.orderNumber) like :text");
        Map<String, Object> parameters = new HashMap<>(Map.of("text", search.pattern()));
        if (!customers.ids().isEmpty()) {
            jpql.append(" or o.customerId in :customers");
            parameters.put("customers", customers.ids());
        }
        jpql.append(")");
        if (merchantId != null) {
            jpql.append(" and o.merchantId = :merchant");
            parameters.put("merchant", merchantId);
        }
        if (customerId != null) {
            jpql.append(" and o.customerId = :customer");
            parameters.put("customer", customerId);
        }
        if (search.before() != null) {
            jpql.append(" and o.createdAt < :before");
            parameters.put("before", search.before());
        }
        TypedQuery<Long> query = em.createQuery(jpql + " order by o.createdAt desc, o.id desc", Long.class)
                .setMaxResults(SearchMatches.LIMIT + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Orders newest first.
     *
     * @param merchantId only this merchant's orders; null for all
     * @param customerId only this customer's orders; null for all
     * @param customers the customers the search's text names, as the Customer agent found them
     */
    public Page<CustomerOrder> orders(Long merchantId, Long customerId, OrderStatus status, ListSearch search,
            SearchMatches customers, PageRequest page) {
        FilteredQuery<CustomerOrder> query = new FilteredQuery<>(CustomerOrder.class, "o");
        if (merchantId != null) {
            query.where("o.merchantId = :merchant", "merchant", merchantId);
        }
        if (customerId != null) {
            query.where("o.customerId = :customer", "customer", customerId);
        }
        if (status != null) {
            query.where("o.status = :status", "status", status);
        }
        query.narrowedBy(search, "o.createdAt", "o.customerId", customers, "o.orderNumber");
        return query.page(em, "o.createdAt desc, o.id desc", page);
    }
}
