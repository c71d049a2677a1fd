package com.agora.documentgeneration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    private static final List<String> ADDRESS = List.of("Zoë Müller", "Hauptstraße 5", "10115 Berlin", "DE");

    @Test
    void invoiceStatesSellerBuyerLinesAndSums() throws IOException {
        Invoice invoice = new Invoice("AG-00000042", LocalDate.of(2026, 11, 25), "Nordic Goods Ltd", ADDRESS,
                List.of(new Invoice.Line("MUG-01", "Stoneware mug", 2, new BigDecimal("12.50"), new BigDecimal("25.00")),
                        new Invoice.Line("TEA-7", "Green tea 250 g", 1, new BigDecimal("8.00"), new BigDecimal("8.00"))),
                new BigDecimal("33.00"), BigDecimal.ZERO, new BigDecimal("2.64"), new BigDecimal("10.00"),
                new BigDecimal("45.64"), "USD");

        String text = textOf(PdfDocuments.render(invoice));

        assertTrue(text.contains("INVOICE"), text);
        assertTrue(text.contains("Nordic Goods Ltd"), text);
        assertTrue(text.contains("AG-00000042"), text);
        assertTrue(text.contains("2026-11-25"), text);
        assertTrue(text.contains("Zoë Müller"), text);
        assertTrue(text.contains("Hauptstraße 5"), text);
        assertTrue(text.contains("Stoneware mug"), text);
        assertTrue(text.contains("12.50"), text);
        assertTrue(text.contains("Subtotal 33.00"), text);
        assertTrue(text.contains("Tax 2.64"), text);
        assertTrue(text.contains("Shipping 10.00"), text);
        assertTrue(text.contains("Total USD 45.64"), text);
        assertTrue(!text.contains("Discount"), "no discount line when there is none: " + text);
        assertEquals("invoice-AG-00000042.pdf", invoice.fileName());
    }

    @Test
    void aLongInvoiceContinuesOnAnotherPage() throws IOException {
        List<Invoice.Line> lines = IntStream.rangeClosed(1, 100).mapToObj(i -> new Invoice.Line("SKU-" + i,
                "Item number " + i, 1, BigDecimal.ONE, BigDecimal.ONE)).toList();
        Invoice invoice = new Invoice("AG-1", LocalDate.of(2026, 1, 1), "Seller", ADDRESS, lines,
                new BigDecimal("100.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("100.00"), "USD");

        try (PDDocument pdf = Loader.loadPDF(PdfDocuments.render(invoice))) {
            assertTrue(pdf.getNumberOfPages() > 1);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Item number 1\n") || text.contains("Item number 1 "), text);
            assertTrue(text.contains("Item number 100"), text);
            assertTrue(text.contains("Total USD 100.00"), text);
        }
    }

    @Test
    void packingSlipListsTheParcelsItemsAndWhereItGoes() throws IOException {
        PackingSlip slip = new PackingSlip("AG-00000042", 77, "WH-EAST", "ups", "express", "1Z999AA10123456784",
                ADDRESS, List.of(new PackingSlip.Item("MUG-01", "Stoneware mug", 2),
                        new PackingSlip.Item("TEA-7", "Green tea 250 g", 1)));

        String text = textOf(PdfDocuments.render(slip));

        assertTrue(text.contains("PACKING SLIP"), text);
        assertTrue(text.contains("WH-EAST"), text);
        assertTrue(text.contains("1Z999AA10123456784"), text);
        assertTrue(text.contains("MUG-01 Stoneware mug 2"), text);
        assertTrue(text.contains("Units in this parcel 3"), text);
        assertTrue(text.contains("10115 Berlin"), text);
        assertEquals("packing-slip-AG-00000042-77.pdf", slip.fileName());
    }

    @Test
    void shippingLabelCarriesAScannableCode128OfTheTrackingNumber() throws Exception {
        ShippingLabel label = new ShippingLabel("AG-00000042", 77, "ups", "overnight", "1Z999AA10123456784",
                "WH-EAST", ADDRESS);

        byte[] pdf = PdfDocuments.render(label);

        String text = textOf(pdf);
        assertTrue(text.contains("UPS"), text);
        assertTrue(text.contains("OVERNIGHT"), text);
        assertTrue(text.contains("WH-EAST"), text);
        assertTrue(text.contains("Zoë Müller"), text);
        assertTrue(text.contains("TRACKING # 1Z999AA10123456784"), text);
        Result scanned = scan(pdf);
        assertEquals(BarcodeFormat.CODE_128, scanned.getBarcodeFormat());
        assertEquals("1Z999AA10123456784", scanned.getText());
    }

    @Test
    void longTrackingNumbersStillScan() throws Exception {
        String tracking = "TRK-DHL-EXPRESS-0000123456789-XYZ";
        byte[] pdf = PdfDocuments.render(new ShippingLabel("AG-1", 1, "dhl", "standard", tracking, "W1", ADDRESS));

        assertEquals(tracking, scan(pdf).getText());
    }

    @Test
    void charactersTheFontLacksAreReplacedNotFatal() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertEquals("Zoë Müller", PdfSheet.printable(helvetica, "Zoë Müller"));
        assertEquals("?ódz ?", PdfSheet.printable(helvetica, "Łódź 東"));
        assertEquals("a b", PdfSheet.printable(helvetica, "a\tb"));
    }

    @Test
    void textIsMeasuredAsTheFontMeasuresIt() throws Exception {
        for (Standard14Fonts.FontName name : List.of(Standard14Fonts.FontName.HELVETICA,
                Standard14Fonts.FontName.HELVETICA_BOLD)) {
            PDType1Font font = new PDType1Font(name);
            PdfSheet.FontMetrics metrics = PdfSheet.FontMetrics.of(name);
            for (String text : List.of("", "AG-00047089", "Maison 5.5 qt Enameled Dutch Oven - Silver", "WiMW ~!@#",
                    "Zoë Müller", "1 x 129.00 USD")) {
                assertEquals(font.getStringWidth(text), metrics.width(font, text), 0.001f, name + ": " + text);
            }
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Renders the first page at a printer's resolution and reads it the way a scanner would. */
    static Result scan(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 203, ImageType.GRAY);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, Boolean.TRUE));
        }
    }
}
