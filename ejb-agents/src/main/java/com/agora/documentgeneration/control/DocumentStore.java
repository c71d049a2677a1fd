package com.agora.documentgeneration.control;

import com.agora.documentgeneration.entity.Document;
import com.agora.documentgeneration.entity.DocumentKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Document Generation agent's table: every document issued, with its PDF. */
@Dependent
public class DocumentStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** Whether the order already has this document (of this shipment, or of the whole order when null). */
    public boolean issued(long orderId, DocumentKind kind, Long shipmentId) {
        TypedQuery<Long> earlier = em.createQuery("select d.id from Document d where d.orderId = :order"
                        + " and d.kind = :kind and " + (shipmentId == null ? "d.shipmentId is null"
                        : "d.shipmentId = :shipment"), Long.class)
                .setParameter("order", orderId)
                .setParameter("kind", kind);
        if (shipmentId != null) {
            earlier.setParameter("shipment", shipmentId);
        }
        return !earlier.getResultList().isEmpty();
    }

    /** Stores a new document and gives it its id. */
    public void add(Document document) {
        em.persist(document);
        em.flush();
    }

    public Optional<Document> document(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    /** The order's documents without their content, oldest first. */
    public List<Issued> issuedFor(long orderId) {
        return em.createQuery("select d.id, d.kind, d.shipmentId, d.fileName, d.sizeBytes, d.createdAt"
                        + " from Document d where d.orderId = :order order by d.createdAt, d.id", Object[].class)
                .setParameter("order", orderId)
                .getResultList().stream()
                .map(row -> new Issued((Long) row[0], (DocumentKind) row[1], (Long) row[2], (String) row[3],
                        (Integer) row[4], (Instant) row[5]))
                .toList();
    }

    public record Issued(long id, DocumentKind kind, Long shipmentId, String fileName, Integer sizeBytes,
            Instant createdAt) {
    }
}
