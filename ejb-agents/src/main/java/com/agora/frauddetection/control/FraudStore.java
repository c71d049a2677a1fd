package com.agora.frauddetection.control;

import com.agora.frauddetection.entity.AssessmentStatus;
import com.agora.frauddetection.entity.FraudAssessment;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Fraud Detection agent's tables: one assessment per order, with the review decided on it, and the failed
 * payments Payment reported, which the scoring counts.
 */
@Dependent
public class FraudStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public boolean assessed(long orderId) {
        return !em.createQuery("select a.id from FraudAssessment a where a.orderId = :order")
                .setParameter("order", orderId).getResultList().isEmpty();
    }

    /** The orders among these that were assessed. */
    public List<Long> assessedAmong(Collection<Long> orderIds) {
        return em.createQuery("select a.orderId from FraudAssessment a where a.orderId in :orders", Long.class)
                .setParameter("orders", orderIds).getResultList();
    }

    /** Stores a new assessment; it has its id at once, its row is written with the transaction. */
    public void add(FraudAssessment assessment) {
        em.persist(assessment);
    }

    public Optional<FraudAssessment> assessment(long id, LockModeType lock) {
        return Optional.ofNullable(em.find(FraudAssessment.class, id, lock));
    }

    /**
     * Orders assessed since the given moment that share the attribute's value; none for an unknown value.
     *
     * @param attribute one of the assessment's attributes, never text from a request
     */
    public long recent(String attribute, Object value, Instant since) {
        if (value == null) {
            return 0;
        }
        return em.createQuery("select count(a) from FraudAssessment a where a." + attribute + " = :value"
                        + " and a.createdAt >= :since", Long.class)
                .setParameter("value", value).setParameter("since", since).getSingleResult();
    }

    /** Records a failed authorization once, however often its report arrives. */
    public void recordFailedPayment(long transactionId, long customerId, long orderId, Instant failedAt) {
        em.createNativeQuery("insert into fraud_failed_payments (transaction_id, customer_id, order_id, failed_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (transaction_id) do nothing")
                .setParameter(1, transactionId).setParameter(2, customerId).setParameter(3, orderId)
                .setParameter(4, Timestamp.from(failedAt))
                .executeUpdate();
    }

    /** The customer's failed authorizations since the given moment, as Payment reported them. */
    public long failedPaymentsSince(long customerId, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from fraud_failed_payments where customer_id = ?1"
                        + " and failed_at >= ?2")
                .setParameter(1, customerId).setParameter(2, Timestamp.from(since))
                .getSingleResult()).longValue();
    }

    /** Each customer's failed authorizations since the given moment; customers with none are left out. */
    public Map<Long, Long> failedPaymentsSince(Collection<Long> customerIds, Instant since) {
        List<?> counts = em.createNativeQuery("select customer_id, count(*) from fraud_failed_payments"
                        + " where customer_id = any(cast(?1 as bigint[])) and failed_at >= ?2 group by customer_id")
                .setParameter(1, customerIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, Timestamp.from(since))
                .getResultList();
        Map<Long, Long> byCustomer = new HashMap<>();
        for (Object row : counts) {
            Object[] columns = (Object[]) row;
            byCustomer.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return byCustomer;
    }

    /** Assessments of one status, oldest first so the queue is worked in order. */
    public Page<FraudAssessment> withStatus(AssessmentStatus status, PageRequest page) {
        return new FilteredQuery<>(FraudAssessment.class, "a").where("a.status = :status", "status", status)
                .page(em, "a.createdAt, a.id", page);
    }
}
