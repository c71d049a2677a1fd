package com.agora.documentgeneration.boundary;

import java.time.Instant;

/** What clients see of generated documents. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /** A document without its bytes, for listings. {@code shipmentId} is null for the invoice. */
    public record DocumentSummary(long id, long orderId, String kind, Long shipmentId, String fileName, int sizeBytes,
            Instant createdAt) {
    }

    /** A document to download. */
    public record DocumentFile(long id, String fileName, String contentType, byte[] content) {
    }
}
