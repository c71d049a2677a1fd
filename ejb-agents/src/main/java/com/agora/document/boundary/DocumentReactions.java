package com.agora.document.boundary;

import com.agora.customer.boundary.CustomerFacts;
import com.agora.customer.boundary.CustomerFacts.PostalAddress;
import com.agora.document.control.DocumentStore;
import com.agora.document.control.Invoice;
import com.agora.document.control.PackingSlip;
import com.agora.document.control.ParcelContents;
import com.agora.document.control.PdfDocuments;
import com.agora.document.control.ShippingLabel;
import com.agora.document.entity.Document;
import com.agora.document.entity.DocumentKind;
import com.agora.events.OrderShipped;
import com.agora.events.ShipmentCreated;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.merchant.boundary.MerchantFacts;
import com.agora.order.boundary.OrderFacts;
import com.agora.order.boundary.OrderViews.AllocationView;
import com.agora.order.boundary.OrderViews.OrderView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Document Generation agent: a shipping label and a packing slip for every parcel when its shipment is
 * created, the invoice when the whole order has shipped. Each is made once, stored as issued and announced.
 */
@Stateless
@BusinessAgent(Agent.DOCUMENT_GENERATION)
public class DocumentReactions {

    @Inject
    DocumentStore store;

    @Inject
    OrderTimeline timeline;

    @Inject
    OrderFacts orders;

    @Inject
    CustomerFacts customers;

    @Inject
    MerchantFacts merchants;

    public void shipmentCreated(ShipmentCreated shipment) {
        OrderView order = facts(shipment.orderId());
        List<String> shipTo = addressLines(order.shippingAddressId(), "shipping");
        String warehouseCode = order.allocations().stream().filter(a -> a.warehouseId() == shipment.warehouseId())
                .map(AllocationView::warehouseCode).findFirst()
                .orElseThrow(() -> new IllegalStateException("order " + order.orderNumber()
                        + " holds no stock in warehouse " + shipment.warehouseId() + ", which shipped a parcel"));
        ShippingLabel label = new ShippingLabel(order.orderNumber(), shipment.shipmentId(), shipment.carrierCode(),
                shipment.serviceLevel(), shipment.trackingNumber(), warehouseCode, shipTo);
        issue(order, shipment.shipmentId(), DocumentKind.SHIPPING_LABEL, label.fileName(),
                () -> PdfDocuments.render(label));
        PackingSlip slip = new PackingSlip(order.orderNumber(), shipment.shipmentId(), warehouseCode,
                shipment.carrierCode(), shipment.serviceLevel(), shipment.trackingNumber(), shipTo,
                ParcelContents.shippedFrom(shipment.warehouseId(), order.lines(), order.allocations()));
        issue(order, shipment.shipmentId(), DocumentKind.PACKING_SLIP, slip.fileName(), () -> PdfDocuments.render(slip));
    }

    public void orderShipped(OrderShipped shipped) {
        OrderView order = facts(shipped.orderId());
        Long billingAddress = order.billingAddressId() != null ? order.billingAddressId() : order.shippingAddressId();
        Instant shippedAt = order.shippedAt() != null ? order.shippedAt() : Instant.now();
        Invoice invoice = new Invoice(order.orderNumber(), LocalDate.ofInstant(shippedAt, ZoneOffset.UTC),
                merchants.businessNameOf(order.merchantId()).orElse("Merchant " + order.merchantId()),
                addressLines(billingAddress, "billing"),
                order.lines().stream().map(l -> new Invoice.Line(l.sku(), l.name(), l.quantity(), l.unitPrice(),
                        l.totalPrice())).toList(),
                order.subtotal(), order.discount(), order.tax(), order.shippingCost(), order.total(), order.currency());
        issue(order, null, DocumentKind.INVOICE, invoice.fileName(), () -> PdfDocuments.render(invoice));
    }

    /**
     * Makes and stores a document unless it already exists: a replayed event, or one repeated by its sender, finds
     * the file of the first and neither renders nor announces it again.
     */
    private void issue(OrderView order, Long shipmentId, DocumentKind kind, String fileName, Supplier<byte[]> pdf) {
        if (store.issued(order.id(), kind, shipmentId)) {
            return;
        }
        Document document = new Document(order.id(), order.merchantId(), order.customerId(), shipmentId, kind,
                fileName, pdf.get());
        store.add(document);
        timeline.record(order.id(), Agent.DOCUMENT_GENERATION, TimelineStep.DOCUMENT_GENERATED,
                Codes.code(kind).replace('_', ' ') + " " + fileName);
    }

    private OrderView facts(long orderId) {
        return orders.orderFacts(orderId)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " does not exist"));
    }

    private List<String> addressLines(Long addressId, String purpose) {
        return Optional.ofNullable(addressId).flatMap(customers::address).map(PostalAddress::lines)
                .orElseThrow(() -> new IllegalStateException("the " + purpose + " address " + addressId
                        + " does not exist"));
    }
}
