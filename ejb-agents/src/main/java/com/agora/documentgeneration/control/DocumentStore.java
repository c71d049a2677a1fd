package com.agora.documentgeneration.control;

import com.agora.documentgeneration.entity.Document;
import com.agora.documentgeneration.entity.DocumentKind;
import com.agora.kernel.messaging.UpFrontReads;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The Document Generation agent's table: every document issued, with its PDF. */
@Dependent
public class DocumentStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** A document of an order: its kind, and the shipment it belongs to (none for the whole order's). */
    public record DocumentKey(long orderId, DocumentKind kind, Long shipmentId) {
    }

    private static final UpFrontReads.Fact<DocumentKey, Boolean> ISSUED = new UpFrontReads.Fact<>("document issued");

    @Inject
    UpFrontReads upFront;

    /**
     * Finds out in one query which of these documents exist already, for the rest of the transaction: a batch of
     * shipments otherwise asked once per document.
     */
    public void readIssued(Collection<DocumentKey> expected) {
        Set<Long> orders = expected.stream().map(DocumentKey::orderId).collect(Collectors.toSet());
        Set<DocumentKey> found = em.createQuery("select d.orderId, d.kind, d.shipmentId from Document d"
                        + " where d.orderId in :orders", Object[].class)
                .setParameter("orders", orders)
                .getResultList().stream()
                .map(row -> new DocumentKey((Long) row[0], (DocumentKind) row[1], (Long) row[2]))
                .collect(Collectors.toSet());
        upFront.knowWhich(ISSUED, expected, found);
    }

    /** Whether the order already has this document. */
    public boolean issued(DocumentKey key) {
        return upFront.known(ISSUED, key).orElseGet(() -> {
            TypedQuery<Long> earlier = em.createQuery("select d.id from Document d where d.orderId = :order"
                            + " and d.kind = :kind and " + (key.shipmentId() == null ? "d.shipmentId is null"
                            : "d.shipmentId = :shipment"), Long.class)
                    .setParameter("order", key.orderId())
                    .setParameter("kind", key.kind());
            if (key.shipmentId() != null) {
                earlier.setParameter("shipment", key.shipmentId());
            }
            return !earlier.getResultList().isEmpty();
        });
    }

    /**
     * Stores a new document. It is written with the rest of its transaction: nothing reads its id before, and a
     * flush per document made EclipseLink compare everything the batch had touched once per document.
     */
    public void add(Document document) {
        em.persist(document);
        upFront.know(ISSUED, new DocumentKey(document.getOrderId(), document.getKind(), document.getShipmentId()),
                true);
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
