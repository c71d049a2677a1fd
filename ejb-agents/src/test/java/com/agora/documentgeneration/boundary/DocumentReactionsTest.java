package com.agora.documentgeneration.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.documentgeneration.control.DocumentStore;
import com.agora.documentgeneration.control.DocumentStore.DocumentKey;
import com.agora.documentgeneration.entity.Document;
import com.agora.documentgeneration.entity.DocumentKind;
import com.agora.events.CustomerContact;
import com.agora.events.EventType;
import com.agora.events.OrderShipped;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.event.ReceivedEvent;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.persistence.PostalAddress;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paperwork of an order made from its events, with no order view to ask. */
class DocumentReactionsTest {

    private static final long ORDER = 42;
    private static final long MERCHANT = 3;
    private static final long CUSTOMER = 5;

    private final List<Document> documents = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();
    private final List<DocumentKey> readUpFront = new ArrayList<>();
    private final DocumentReactions reactions = new DocumentReactions();

    @BeforeEach
    void wire() {
        reactions.calendar = ShopCalendar.on(Clock.systemUTC());
        reactions.store = new DocumentStore() {
            @Override
            public boolean issued(DocumentKey key) {
                return documents.stream().anyMatch(d -> d.getOrderId() == key.orderId() && d.getKind() == key.kind()
                        && Objects.equals(d.getShipmentId(), key.shipmentId()));
            }

            @Override
            public void readIssued(Collection<DocumentKey> expected) {
                readUpFront.addAll(expected);
            }

            @Override
            public void add(Document document) {
                documents.add(document);
            }
        };
        reactions.timeline = new OrderTimeline() {
            @Override
            public TimelineEntry record(long orderId, Agent agent, TimelineStep step, String detail) {
                announced.add(detail);
                return null;
            }
        };
    }

    @Test
    void aShipmentGetsItsLabelAndPackingSlipFromTheEventAlone() throws IOException {
        reactions.shipmentCreated(shipment(501));

        assertEquals(List.of(DocumentKind.SHIPPING_LABEL, DocumentKind.PACKING_SLIP),
                documents.stream().map(Document::getKind).toList());
        assertTrue(documents.stream().allMatch(d -> d.getOrderId() == ORDER && d.getMerchantId() == MERCHANT
                && d.getCustomerId() == CUSTOMER && d.getShipmentId() == 501), "whose documents they are");
        String label = text(documents.get(0));
        assertTrue(label.contains("UPS") && label.contains("EXPRESS"), label);
        assertTrue(label.contains("FROM: Agora warehouse AUS-1"), label);
        assertTrue(label.contains("1 Main St"), label);
        assertTrue(label.contains("TRACKING # 1Z501"), label);
        assertTrue(label.contains("Order AG-00000042 / shipment 501"), label);
        assertEquals("shipping-label-AG-00000042-501.pdf", documents.get(0).getFileName());
        String slip = text(documents.get(1));
        assertTrue(slip.contains("Ships from warehouse: AUS-1"), slip);
        assertTrue(slip.indexOf("MUG-01 Stoneware mug 2") < slip.indexOf("TEA-7 Green tea 1")
                && slip.contains("TEA-7 Green tea 1"), "the parcel's items by SKU: " + slip);
        assertTrue(slip.contains("Units in this parcel 3"), slip);
        assertEquals(2, announced.size());
    }

    @Test
    void aRepeatedShipmentMakesNoSecondLabelOrSlip() {
        reactions.shipmentCreated(shipment(501));
        reactions.shipmentCreated(shipment(501));
        reactions.shipmentCreated(shipment(502));

        assertEquals(4, documents.size());
        assertEquals(4, announced.size());
    }

    @Test
    void aBatchAsksOnceWhichOfItsDocumentsExistAndAnEventAloneAsksNothingUpFront() {
        reactions.readIssuedFor(List.of(event(EventType.SHIPMENT_CREATED, shipment(501))));
        assertEquals(List.of(), readUpFront, "one event: its handler asks for itself");

        reactions.readIssuedFor(List.of(event(EventType.SHIPMENT_CREATED, shipment(501)),
                event(EventType.SHIPMENT_CREATED, shipment(502)), event(EventType.ORDER_SHIPPED, shipped())));

        assertEquals(List.of(new DocumentKey(ORDER, DocumentKind.SHIPPING_LABEL, 501L),
                new DocumentKey(ORDER, DocumentKind.PACKING_SLIP, 501L),
                new DocumentKey(ORDER, DocumentKind.SHIPPING_LABEL, 502L),
                new DocumentKey(ORDER, DocumentKind.PACKING_SLIP, 502L),
                new DocumentKey(ORDER, DocumentKind.INVOICE, null)), readUpFront);
    }

    @Test
    void theInvoiceStatesTheOrderAsChargedFromTheEventWithTheSellersNameAndTheBillingAddress() throws IOException {
        reactions.orderShipped(shipped());

        Document invoice = documents.get(0);
        assertEquals(DocumentKind.INVOICE, invoice.getKind());
        assertNull(invoice.getShipmentId(), "an invoice covers the whole order");
        assertEquals(List.of(ORDER, MERCHANT, CUSTOMER), List.of(invoice.getOrderId(), invoice.getMerchantId(),
                invoice.getCustomerId()));
        String text = text(invoice);
        assertTrue(text.contains("Nordic Goods Ltd"), text);
        assertTrue(text.contains("Order number: AG-00000042"), text);
        assertTrue(text.contains("Invoice date: 2026-11-30"), "the day it shipped, in UTC: " + text);
        assertTrue(text.contains("Analytical Ltd") && text.contains("12 Engine Row"), text);
        assertTrue(text.contains("MUG-01 Stoneware mug 2 12.50 25.00"), text);
        assertTrue(text.contains("TEA-7 Green tea 1 8.00 8.00"), text);
        assertTrue(text.contains("Subtotal 33.00"), text);
        assertTrue(text.contains("Discount -3.00"), text);
        assertTrue(text.contains("Tax 2.40"), text);
        assertTrue(text.contains("Shipping 5.00"), text);
        assertTrue(text.contains("Total EUR 37.40"), text);
        assertEquals("invoice-AG-00000042.pdf", invoice.getFileName());
    }

    @Test
    void theInvoiceIsDatedTheDayItShippedInTheShopsTimeZone() throws IOException {
        // 23:30 UTC on 30 November is already 1 December in Paris.
        reactions.calendar = ShopCalendar.on(Clock.system(ZoneId.of("Europe/Paris")));

        reactions.orderShipped(shipped());

        String text = text(documents.get(0));
        assertTrue(text.contains("Invoice date: 2026-12-01"), text);
    }

    private static ReceivedEvent event(EventType type, Object payload) {
        return new ReceivedEvent(UUID.randomUUID(), type, Instant.now(), ORDER, "test", payload);
    }

    private static ShipmentCreated shipment(long shipmentId) {
        return new ShipmentCreated(ORDER, "AG-00000042", MERCHANT, CUSTOMER, shipmentId, 70, 4, "AUS-1", 1, "ups",
                "express", "1Z" + shipmentId, "https://ups.example/track?n=1Z" + shipmentId, new BigDecimal("9.00"),
                List.of("Ada Lovelace", "1 Main St", "78701 Austin TX", "US"),
                List.of(new ParcelPacked.Item("TEA-7", "Green tea", 1),
                        new ParcelPacked.Item("MUG-01", "Stoneware mug", 2)));
    }

    private static OrderShipped shipped() {
        return new OrderShipped(ORDER, "AG-00000042", MERCHANT, "Nordic Goods Ltd", CUSTOMER,
                new CustomerContact("ada@example.com", "Ada Lovelace"), new PostalAddress("Ada Lovelace",
                        "Analytical Ltd", "12 Engine Row", null, "London", null, "EC1A 1BB", "GB"),
                Instant.parse("2026-11-30T23:30:00Z"), List.of(
                        new OrderShipped.Line("MUG-01", "Stoneware mug", 2, new BigDecimal("12.50"),
                                new BigDecimal("25.00")),
                        new OrderShipped.Line("TEA-7", "Green tea", 1, new BigDecimal("8.00"), new BigDecimal("8.00"))),
                new BigDecimal("33.00"), new BigDecimal("3.00"), new BigDecimal("2.40"), new BigDecimal("5.00"),
                new BigDecimal("37.40"), "EUR", List.of(new OrderShipped.Shipment(501, "ups", "1Z501", null)));
    }

    private static String text(Document document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.getContent())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
