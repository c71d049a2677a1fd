package com.agora.it;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads generated documents back the way their users do: the text a person sees, the barcode a scanner sees. */
final class Pdfs {

    private Pdfs() {
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page's Code 128 barcode as a scanner reads it from the page printed at 203 dpi, a thermal printer's. */
    static String barcode(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BinaryBitmap page = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                    new PDFRenderer(document).renderImageWithDPI(0, 203, ImageType.GRAY))));
            return new MultiFormatReader().decode(page, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new AssertionError("no readable Code 128 barcode on the page", e);
        }
    }
}
