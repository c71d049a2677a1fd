package com.agora.documentgeneration.boundary;

import com.agora.documentgeneration.boundary.DocumentViews.DocumentFile;
import com.agora.documentgeneration.boundary.DocumentViews.DocumentSummary;
import com.agora.documentgeneration.control.DocumentStore;
import com.agora.documentgeneration.entity.Document;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderFacts;
import com.agora.order.boundary.OrderViews.OrderView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** An order's documents and their files, for the API. */
@Stateless
public class DocumentQueries {

    static final String PDF = "application/pdf";

    @Inject
    DocumentStore store;

    @EJB
    OrderFacts orders;

    /** The documents of an order, oldest first; only admins and the order's merchant and customer see them. */
    public List<DocumentSummary> documentsOf(Caller caller, long orderId) {
        OrderView order = orders.orderFacts(orderId).filter(o -> caller.isPartyTo(o.merchantId(), o.customerId()))
                .orElseThrow(() -> DomainProblem.notFound("order", orderId));
        return store.issuedFor(order.id()).stream()
                .map(d -> new DocumentSummary(d.id(), orderId, Codes.code(d.kind()), d.shipmentId(), d.fileName(),
                        d.sizeBytes(), d.createdAt()))
                .toList();
    }

    public DocumentFile download(Caller caller, long documentId) {
        Document document = store.document(documentId)
                .filter(d -> caller.isPartyTo(d.getMerchantId(), d.getCustomerId()))
                .orElseThrow(() -> DomainProblem.notFound("document", documentId));
        return new DocumentFile(document.getId(), document.getFileName(), PDF, document.getContent());
    }
}
