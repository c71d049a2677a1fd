package com.agora.documentgeneration.control;

import com.agora.documentgeneration.control.PdfSheet.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Lays out invoices, packing slips and shipping labels as PDF files. */
public final class PdfDocuments {

    /** The common 4 × 6 inch thermal label. */
    static final PDRectangle LABEL_SIZE = new PDRectangle(4 * 72, 6 * 72);
    private static final float PAGE_MARGIN = 50;
    private static final float LABEL_MARGIN = 14;
    private static final float BODY = 10;

    private PdfDocuments() {
    }

    public static byte[] render(Invoice invoice) {
        PdfSheet sheet = new PdfSheet(PDRectangle.A4, PAGE_MARGIN);
        sheet.heading("INVOICE", 22)
                .heading(invoice.sellerName(), 13)
                .gap(8)
                .text("Order number: " + invoice.orderNumber(), BODY)
                .text("Invoice date: " + DateTimeFormatter.ISO_LOCAL_DATE.format(invoice.issuedOn()), BODY)
                .text("Currency: " + invoice.currency(), BODY)
                .address("Bill to", invoice.billTo(), BODY);
        List<Column> columns = List.of(sheet.column(0, 0.18f, false), sheet.column(0.19f, 0.41f, false),
                sheet.column(0.60f, 0.08f, true), sheet.column(0.68f, 0.15f, true), sheet.column(0.83f, 0.17f, true));
        sheet.row(columns, List.of("SKU", "Item", "Qty", "Unit price", "Amount"), BODY, true).rule();
        for (Invoice.Line line : invoice.lines()) {
            sheet.row(columns, List.of(line.sku(), line.name(), String.valueOf(line.quantity()),
                    money(line.unitPrice()), money(line.amount())), BODY, false);
        }
        sheet.rule();
        List<Column> totals = List.of(sheet.column(0.55f, 0.28f, false), sheet.column(0.83f, 0.17f, true));
        sheet.row(totals, List.of("Subtotal", money(invoice.subtotal())), BODY, false);
        if (invoice.discount() != null && invoice.discount().signum() != 0) {
            sheet.row(totals, List.of("Discount", "-" + money(invoice.discount())), BODY, false);
        }
        sheet.row(totals, List.of("Tax", money(invoice.tax())), BODY, false)
                .row(totals, List.of("Shipping", money(invoice.shipping())), BODY, false)
                .row(totals, List.of("Total " + invoice.currency(), money(invoice.total())), BODY + 2, true);
        return sheet.finish();
    }

    public static byte[] render(PackingSlip slip) {
        PdfSheet sheet = new PdfSheet(PDRectangle.A4, PAGE_MARGIN);
        sheet.heading("PACKING SLIP", 22)
                .gap(8)
                .text("Order number: " + slip.orderNumber(), BODY)
                .text("Shipment: " + slip.shipmentId(), BODY)
                .text("Ships from warehouse: " + slip.warehouseCode(), BODY)
                .text("Carrier: " + slip.carrierCode() + " " + service(slip.serviceLevel()), BODY)
                .text("Tracking number: " + slip.trackingNumber(), BODY)
                .address("Ship to", slip.shipTo(), BODY);
        List<Column> columns = List.of(sheet.column(0, 0.22f, false), sheet.column(0.23f, 0.62f, false),
                sheet.column(0.85f, 0.15f, true));
        sheet.row(columns, List.of("SKU", "Item", "Qty"), BODY, true).rule();
        for (PackingSlip.Item item : slip.items()) {
            sheet.row(columns, List.of(item.sku(), item.name(), String.valueOf(item.quantity())), BODY, false);
        }
        sheet.rule().row(columns, List.of("", "Units in this parcel",
                String.valueOf(slip.items().stream().mapToInt(PackingSlip.Item::quantity).sum())), BODY, true);
        return sheet.finish();
    }

    public static byte[] render(ShippingLabel label) {
        PdfSheet sheet = new PdfSheet(LABEL_SIZE, LABEL_MARGIN);
        sheet.heading(label.carrierCode().toUpperCase(Locale.ROOT), 24)
                .heading(service(label.serviceLevel()), 12)
                .rule()
                .text("FROM: Agora warehouse " + label.shipFromWarehouse(), 9)
                .gap(10)
                .heading("SHIP TO:", 10)
                .lines(label.shipTo(), 12)
                .gap(16)
                .rule()
                .gap(10)
                .barcode(label.trackingNumber(), 70)
                .gap(4)
                .heading("TRACKING # " + label.trackingNumber(), 11)
                .gap(10)
                .text("Order " + label.orderNumber() + " / shipment " + label.shipmentId(), 8);
        return sheet.finish();
    }

    private static String service(String serviceLevel) {
        return serviceLevel == null ? "" : serviceLevel.toUpperCase(Locale.ROOT);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
