package com.agora.documentgeneration.boundary;

import com.agora.documentgeneration.control.DocumentStore;
import com.agora.documentgeneration.control.DocumentStore.DocumentKey;
import com.agora.documentgeneration.control.Invoice;
import com.agora.documentgeneration.control.PackingSlip;
import com.agora.documentgeneration.control.PdfDocuments;
import com.agora.documentgeneration.control.ShippingLabel;
import com.agora.documentgeneration.entity.Document;
import com.agora.documentgeneration.entity.DocumentKind;
import com.agora.events.OrderShipped;
import com.agora.events.ShipmentCreated;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.error.Codes;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.timeline.OrderTimeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Document Generation agent: a shipping label and a packing slip for every parcel when its shipment is
 * created, the invoice when the whole order has shipped. Each is made once, stored as issued and announced.
 * The events state the order; only the billing address and the seller's name are looked up.
 */
@Stateless
@BusinessAgent(Agent.DOCUMENT_GENERATION)
public class DocumentReactions {

    @Inject
    DocumentStore store;

    @Inject
    OrderTimeline timeline;

    @Inject
    ShopCalendar calendar;

    /** Which of a batch's documents exist already, asked once for the batch rather than once per document. */
    public void readIssuedFor(List<ReceivedEvent> events) {
        if (events.size() < 2) {
            return;
        }
        List<DocumentKey> expected = new ArrayList<>();
        ReceivedEvent.payloads(events, ShipmentCreated.class).forEach(shipment -> {
            expected.add(labelOf(shipment));
            expected.add(slipOf(shipment));
        });
        ReceivedEvent.payloads(events, OrderShipped.class).forEach(shipped -> expected.add(invoiceOf(shipped)));
        store.readIssued(expected);
    }

    public void shipmentCreated(ShipmentCreated shipment) {
        Parties parties = new Parties(shipment.orderId(), shipment.merchantId(), shipment.customerId());
        ShippingLabel label = ShippingLabel.of(shipment);
        issue(parties, labelOf(shipment), label.fileName(), () -> PdfDocuments.render(label));
        PackingSlip slip = PackingSlip.of(shipment);
        issue(parties, slipOf(shipment), slip.fileName(), () -> PdfDocuments.render(slip));
    }

    public void orderShipped(OrderShipped shipped) {
        if (shipped.billTo() == null) {
            throw new IllegalStateException("order " + shipped.orderNumber() + " names no billing address");
        }
        Invoice invoice = Invoice.of(shipped, calendar.zone(), shipped.merchantName(), shipped.billTo().lines());
        issue(new Parties(shipped.orderId(), shipped.merchantId(), shipped.customerId()), invoiceOf(shipped),
                invoice.fileName(), () -> PdfDocuments.render(invoice));
    }

    private static DocumentKey labelOf(ShipmentCreated shipment) {
        return new DocumentKey(shipment.orderId(), DocumentKind.SHIPPING_LABEL, shipment.shipmentId());
    }

    private static DocumentKey slipOf(ShipmentCreated shipment) {
        return new DocumentKey(shipment.orderId(), DocumentKind.PACKING_SLIP, shipment.shipmentId());
    }

    private static DocumentKey invoiceOf(OrderShipped shipped) {
        return new DocumentKey(shipped.orderId(), DocumentKind.INVOICE, null);
    }

    /**
     * Makes and stores a document unless it already exists: a replayed event, or one repeated by its sender, finds
     * the file of the first and neither renders nor announces it again.
     */
    private void issue(Parties parties, DocumentKey key, String fileName, Supplier<byte[]> pdf) {
        if (store.issued(key)) {
            return;
        }
        store.add(new Document(parties.orderId(), parties.merchantId(), parties.customerId(), key.shipmentId(),
                key.kind(), fileName, pdf.get()));
        timeline.record(parties.orderId(), Agent.DOCUMENT_GENERATION, TimelineStep.DOCUMENT_GENERATED,
                Codes.code(key.kind()).replace('_', ' ') + " " + fileName);
    }

    /** The order a document belongs to and the two parties who may read it. */
    private record Parties(long orderId, long merchantId, long customerId) {
    }
}
