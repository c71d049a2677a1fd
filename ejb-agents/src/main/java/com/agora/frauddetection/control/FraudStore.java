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
import java.time.Instant;
import java.util.Optional;

/** The Fraud Detection agent's table: one assessment per order, with the review decided on it. */
@Dependent
public class FraudStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public boolean assessed(long orderId) {
        return !em.createQuery("select a.id from FraudAssessment a where a.orderId = :order")
                .setParameter("order", orderId).getResultList().isEmpty();
    }

    /** Stores a new assessment and gives it its id. */
    public void add(FraudAssessment assessment) {
        em.persist(assessment);
        em.flush();
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

    /** Assessments of one status, oldest first so the queue is worked in order. */
    public Page<FraudAssessment> withStatus(AssessmentStatus status, PageRequest page) {
        return new FilteredQuery<>(FraudAssessment.class, "a").where("a.status = :status", "status", status)
                .page(em, "a.createdAt, a.id", page);
    }
}
