package com.agora.bench;

import com.agora.customercommunication.control.CustomerMails;
import com.agora.customercommunication.control.MailTemplates;
import com.agora.documentgeneration.control.Invoice;
import com.agora.documentgeneration.control.PackingSlip;
import com.agora.documentgeneration.control.PdfDocuments;
import com.agora.documentgeneration.control.ShippingLabel;
import com.agora.events.CustomerContact;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderShipped;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.persistence.PostalAddress;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The business floor of an order alone, in this JVM with the agents' own rendering code: the three PDFs
 * (invoice, packing slip, shipping label with its barcode) and the two e-mails (confirmation, shipment) an order
 * gets, in CPU milliseconds per order. No platform can carry an order for less than this; what an order costs
 * on the platform above it is the kernel's and the database's share. SMTP I/O is not included.
 *
 * <p>Options: {@code --orders} (default 300), {@code --warmup-orders} (default 300), {@code --report}.
 */
public final class BusinessFloor {

    private static final PostalAddress ADA = new PostalAddress("Ada Lovelace", null, "12 Analytical Row", null, "Berlin",
            null, "10115", "DE");
    private static final CustomerContact ADA_BY_MAIL = new CustomerContact("ada@example.com", "Ada Lovelace");

    private BusinessFloor() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = Options.read(Map.of("orders", "300", "warmup-orders", "300", "report", ""), args);
        int orders = Integer.parseInt(o.get("orders"));
        CustomerMails mails = new CustomerMails(new MailTemplates(), ZoneOffset.UTC);
        long bytes = 0;
        for (int i = 0; i < Integer.parseInt(o.get("warmup-orders")); i++) {
            bytes += renderOrder(mails, i);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            bytes += renderOrder(mails, i);
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / orders;
        double wallMs = (System.nanoTime() - wallBefore) / 1e6 / orders;
        String md = String.format(Locale.ROOT, """
                ## Business floor

                The 3 PDFs and 2 e-mails of an order rendered %d times in one thread of the load generator's JVM
                (after %s warm-up orders), with the agents' own code: **%.1f ms of CPU per order** (%.1f ms wall).
                At 2 cores this floor alone caps the platform at about %.0f orders/s.
                """, orders, o.get("warmup-orders"), cpuMs, wallMs, 2000.0 / cpuMs);
        System.out.println(md);
        if (!o.get("report").isBlank()) {
            Files.writeString(Path.of(o.get("report")), md, StandardCharsets.UTF_8);
        }
        if (bytes == 0) {
            System.exit(1);
        }
    }

    /** @return the bytes produced, so the work cannot be optimised away */
    private static long renderOrder(CustomerMails mails, int i) throws IOException {
        String number = String.format(Locale.ROOT, "AG-%08d", i);
        String tracking = String.format(Locale.ROOT, "1Z999AA1%010d", i);
        ShipmentCreated shipment = new ShipmentCreated(i, number, 1, 2, i, i, 1, "WH-EAST", 1, "ups", "standard",
                tracking, "https://ups.example/track?n=" + tracking, new BigDecimal("10.00"), ADA.lines(),
                List.of(new ParcelPacked.Item("MUG-01", "Stoneware mug", 2)));
        OrderShipped shipped = new OrderShipped(i, number, 1, "Nordic Goods Ltd", 2, ADA_BY_MAIL, ADA, Instant.parse("2026-12-03T10:00:00Z"),
                List.of(new OrderShipped.Line("MUG-01", "Stoneware mug", 2, new BigDecimal("12.50"),
                        new BigDecimal("25.00"))), new BigDecimal("25.00"), BigDecimal.ZERO, new BigDecimal("2.00"),
                new BigDecimal("10.00"), new BigDecimal("37.00"), "USD", List.of(new OrderShipped.Shipment(
                        shipment.shipmentId(), shipment.carrierCode(), tracking, shipment.trackingUrl())));
        byte[] invoice = PdfDocuments.render(Invoice.of(shipped, ZoneOffset.UTC, shipped.merchantName(), shipped.billTo().lines()));
        byte[] slip = PdfDocuments.render(PackingSlip.of(shipment));
        byte[] label = PdfDocuments.render(ShippingLabel.of(shipment));
        String confirmed = mails.confirmed("Ada Lovelace", new OrderConfirmed(i, number, 1, 2, ADA_BY_MAIL, 3, ADA, "standard",
                new BigDecimal("37.00"), "USD", List.of(new OrderConfirmed.Parcel(1, "WH-EAST",
                        List.of(new OrderConfirmed.Line(11, 100, 1000, "MUG-01", "Stoneware mug", 2,
                                new BigDecimal("0.350"))))))).body();
        String shippedMail = mails.shipped("Ada Lovelace", shipped).body();
        return invoice.length + slip.length + label.length + confirmed.length() + shippedMail.length();
    }
}
