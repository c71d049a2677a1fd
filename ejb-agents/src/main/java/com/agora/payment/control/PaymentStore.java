package com.agora.payment.control;

import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.SearchMatches;
import com.agora.payment.entity.PaymentMethod;
import com.agora.payment.entity.PaymentTransaction;
import com.agora.payment.entity.TransactionStatus;
import com.agora.payment.entity.TransactionType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Payment agent's tables: customers' stored cards and every gateway attempt ({@code transactions}). */
@Dependent
public class PaymentStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public List<PaymentMethod> cardsOf(long customerId) {
        return em.createQuery("select m from PaymentMethod m where m.customerId = :customer order by m.id",
                        PaymentMethod.class)
                .setParameter("customer", customerId).getResultList();
    }

    /**
     * The card an order is charged to when it names none: the default one, else the oldest. Picked from all of the
     * customer's few cards rather than asked for with a row limit, which makes EclipseLink build the query's SQL
     * again at every call (2% of the server's CPU under load).
     */
    public Optional<PaymentMethod> defaultCardOf(long customerId) {
        List<PaymentMethod> cards = cardsOf(customerId);
        return cards.stream().filter(PaymentMethod::isDefaultMethod).findFirst().or(() -> cards.stream().findFirst());
    }

    public Optional<PaymentMethod> card(long id) {
        return Optional.ofNullable(em.find(PaymentMethod.class, id));
    }

    /** The named card if it is the customer's, else the customer's default one. */
    public Optional<PaymentMethod> chargedCard(Long methodId, long customerId) {
        return (methodId != null ? card(methodId) : defaultCardOf(customerId))
                .filter(m -> m.getCustomerId() == customerId);
    }

    /** Stores a new card and gives it its id. */
    public void add(PaymentMethod card) {
        em.persist(card);
        em.flush();
    }

    public void record(PaymentTransaction attempt) {
        em.persist(attempt);
    }

    public List<PaymentTransaction> transactionsOf(long orderId) {
        return em.createQuery("select t from PaymentTransaction t where t.orderId = :order order by t.id",
                        PaymentTransaction.class)
                .setParameter("order", orderId).getResultList();
    }

    public PaymentLedger ledgerOf(long orderId) {
        return PaymentLedger.of(transactionsOf(orderId));
    }

    /**
     * The ledger with the order's authorization locked, so concurrent handlers for one order (a shipment and a
     * cancellation, or two refunds) act one after the other on what the first left.
     */
    public PaymentLedger lockedLedgerOf(long orderId) {
        em.createQuery("select t from PaymentTransaction t where t.orderId = :order and t.type = :authorization",
                        PaymentTransaction.class)
                .setParameter("order", orderId)
                .setParameter("authorization", TransactionType.AUTHORIZATION)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return ledgerOf(orderId);
    }

    /**
     * The transactions of these orders, each order's in the order they were made, locked in one global order (by
     * id), so two batches that share orders never wait on each other in a cycle.
     */
    public Map<Long, List<PaymentTransaction>> lockedTransactionsOf(Collection<Long> orderIds) {
        return em.createQuery("select t from PaymentTransaction t where t.orderId in :orders order by t.id",
                        PaymentTransaction.class)
                .setParameter("orders", orderIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .collect(Collectors.groupingBy(PaymentTransaction::getOrderId, Collectors.toList()));
    }

    /** Reads these cards into the transaction's persistence context, where {@link #card} then finds them. */
    public void cards(Collection<Long> ids) {
        em.createQuery("select m from PaymentMethod m where m.id in :ids", PaymentMethod.class)
                .setParameter("ids", ids).getResultList();
    }

    public boolean refundedForReturn(long orderId, long returnId) {
        return !em.createQuery("select t.id from PaymentTransaction t where t.orderId = :order and t.returnId = :return"
                        + " and t.type = :refund and t.status = :success")
                .setParameter("order", orderId).setParameter("return", returnId)
                .setParameter("refund", TransactionType.REFUND).setParameter("success", TransactionStatus.SUCCESS)
                .getResultList().isEmpty();
    }

    /**
     * Gateway attempts, newest first.
     *
     * @param merchantId only this merchant's orders' attempts; null for all
     * @param customers the customers the search's text names, as the Customer agent found them
     */
    public Page<PaymentTransaction> transactions(Long merchantId, TransactionType type, TransactionStatus status,
            ListSearch search, SearchMatches customers, PageRequest page) {
        FilteredQuery<PaymentTransaction> query = new FilteredQuery<>(PaymentTransaction.class, "t");
        if (merchantId != null) {
            query.where("t.merchantId = :merchant", "merchant", merchantId);
        }
        if (type != null) {
            query.where("t.type = :type", "type", type);
        }
        if (status != null) {
            query.where("t.status = :status", "status", status);
        }
        query.narrowedBy(search, "t.createdAt", "t.customerId", customers, "t.orderNumber", "t.gatewayTransactionId");
        return query.page(em, "t.id desc", page);
    }
}
