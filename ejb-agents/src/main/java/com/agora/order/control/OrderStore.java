package com.agora.order.control;

import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderShipment;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.SearchMatches;
import com.agora.order.entity.OrderStatus;
import com.agora.persistence.SequenceBlocks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Order agent's tables: orders with their lines, and its copies of allocations and shipments. */
@Dependent
public class OrderStore {

    private static final UpFrontReads.Fact<Long, Boolean> LOCKED = new UpFrontReads.Fact<>("order locked");
    private static final UpFrontReads.Fact<Long, List<OrderAllocation>> ALLOCATIONS = new UpFrontReads.Fact<>(
            "allocations of an order");
    private static final UpFrontReads.Fact<Long, List<OrderShipment>> SHIPMENTS = new UpFrontReads.Fact<>(
            "shipments of an order");

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    UpFrontReads upFront;

    @Inject
    OrderNumbers orderNumbers;

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
        if (known(LOCKED, id).orElse(false)) {
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
     * far and prepare the query again every time. Their allocations and shipments are read with them, one query
     * each for the whole batch. Orders that do not exist are left for {@link #locked} to report.
     */
    public void lockAll(Collection<Long> ids) {
        if (ids.size() < 2) {
            return;
        }
        List<Long> orders = ids.stream().distinct().sorted().toList();
        lockAndRead(orders);
        Map<Long, List<OrderAllocation>> allocations = em.createQuery("select a from OrderAllocation a"
                + " where a.orderId in :orders order by a.id", OrderAllocation.class).setParameter("orders", orders)
                .getResultList().stream().collect(Collectors.groupingBy(OrderAllocation::getOrderId));
        Map<Long, List<OrderShipment>> shipments = em.createQuery("select s from OrderShipment s"
                + " where s.orderId in :orders order by s.id", OrderShipment.class).setParameter("orders", orders)
                .getResultList().stream().collect(Collectors.groupingBy(OrderShipment::getOrderId));
        for (long order : orders) {
            upFront.know(ALLOCATIONS, order, new ArrayList<>(allocations.getOrDefault(order, List.of())));
            upFront.know(SHIPMENTS, order, new ArrayList<>(shipments.getOrDefault(order, List.of())));
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
        found.forEach(order -> upFront.know(LOCKED, order.getId(), true));
        return found;
    }

    /** What this transaction read up front; nothing outside a transaction (a list read for the console, say). */
    private <K, V> Optional<V> known(UpFrontReads.Fact<K, V> fact, K key) {
        return transactions.getTransactionKey() == null ? Optional.empty() : upFront.known(fact, key);
    }

    public List<OrderAllocation> allocations(long orderId) {
        return known(ALLOCATIONS, orderId).map(List::copyOf).orElseGet(() -> em.createQuery(
                "select a from OrderAllocation a where a.orderId = :order order by a.id", OrderAllocation.class)
                .setParameter("order", orderId).getResultList());
    }

    public List<OrderShipment> shipments(long orderId) {
        return known(SHIPMENTS, orderId).map(List::copyOf).orElseGet(() -> em.createQuery(
                "select s from OrderShipment s where s.orderId = :order order by s.id", OrderShipment.class)
                .setParameter("order", orderId).getResultList());
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** A new allocation, also among the order's allocations read up front, so later events of the batch see it. */
    public void add(OrderAllocation allocation) {
        em.persist(allocation);
        known(ALLOCATIONS, allocation.getOrderId()).ifPresent(list -> list.add(allocation));
    }

    /** A new shipment, also among the order's shipments read up front, so later events of the batch see it. */
    public void add(OrderShipment shipment) {
        em.persist(shipment);
        known(SHIPMENTS, shipment.getOrderId()).ifPresent(list -> list.add(shipment));
    }

    public void flush() {
        em.flush();
    }

    public String nextOrderNumber() {
        return orderNumbers.next(size -> em.createNativeQuery(SequenceBlocks.drawing("order_number_seq", size))
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().map(n -> ((Number) n).longValue()).toList());
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
