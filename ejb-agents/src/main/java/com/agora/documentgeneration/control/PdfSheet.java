package com.agora.documentgeneration.control;

import com.google.zxing.oned.Code128Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a document top to bottom the way a clerk fills a form: headings, lines of text, table rows and a
 * barcode, starting a new page when the current one is full. Text is set in the standard Helvetica faces, which
 * every PDF reader has, so a document embeds no font.
 */
final class PdfSheet {

    /** A table column: where it starts, how wide it is, and whether figures line up on its right edge. */
    record Column(float x, float width, boolean alignRight) {
    }

    /** Code 128 wants a quiet zone of at least ten modules on each side for a scanner to find the start. */
    private static final int QUIET_ZONE_MODULES = 10;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final float margin;
    private static final FontMetrics REGULAR_METRICS = FontMetrics.of(Standard14Fonts.FontName.HELVETICA);
    private static final FontMetrics BOLD_METRICS = FontMetrics.of(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final Face regular = new Face(new PDType1Font(Standard14Fonts.FontName.HELVETICA), REGULAR_METRICS);
    private final Face bold = new Face(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), BOLD_METRICS);
    private PDPageContentStream stream;
    private float y;

    PdfSheet(PDRectangle size, float margin) {
        this.size = size;
        this.margin = margin;
        newPage();
    }

    float usableWidth() {
        return size.getWidth() - 2 * margin;
    }

    /** A table column starting at a share of the usable width from the left, as wide as its own share. */
    Column column(float startShare, float widthShare, boolean alignRight) {
        return new Column(margin + usableWidth() * startShare, usableWidth() * widthShare, alignRight);
    }

    /** A headed block of address lines with some air around it, as on an envelope window. */
    PdfSheet address(String heading, List<String> lines, float fontSize) {
        return gap(10).heading(heading, fontSize).lines(lines, fontSize).gap(14);
    }

    PdfSheet heading(String text, float fontSize) {
        return write(bold, fontSize, text);
    }

    PdfSheet text(String text, float fontSize) {
        return write(regular, fontSize, text);
    }

    PdfSheet lines(List<String> texts, float fontSize) {
        texts.forEach(t -> text(t, fontSize));
        return this;
    }

    PdfSheet gap(float points) {
        y -= points;
        return this;
    }

    /** One row of a table; a cell too long for its column is cut short with an ellipsis. */
    PdfSheet row(List<Column> columns, List<String> cells, float fontSize, boolean emphasised) {
        Face face = emphasised ? bold : regular;
        makeRoom(fontSize * LEADING);
        y -= fontSize * LEADING;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = fitting(face, fontSize, printable(face.font(), cells.get(i)), column.width());
            float x = column.alignRight() ? column.x() + column.width() - face.width(fontSize, cell) : column.x();
            show(face.font(), fontSize, x, y, cell);
        }
        return this;
    }

    /** A hairline across the page, under a table's header or above its totals. */
    PdfSheet rule() {
        makeRoom(6);
        y -= 4;
        try {
            stream.setLineWidth(0.5f);
            stream.moveTo(margin, y);
            stream.lineTo(size.getWidth() - margin, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 2;
        return this;
    }

    /**
     * A Code 128 barcode of the text, as wide as the page allows (whole points per module where it fits, so the
     * bars stay crisp when printed or rendered), centred, with its quiet zones.
     */
    PdfSheet barcode(String text, float height) {
        boolean[] bars = new Code128Writer().encode(text);
        float moduleWidth = usableWidth() / (bars.length + 2 * QUIET_ZONE_MODULES);
        if (moduleWidth >= 1) {
            moduleWidth = (float) Math.floor(Math.min(moduleWidth, 2));
        }
        float x = margin + (usableWidth() - bars.length * moduleWidth) / 2;
        makeRoom(height);
        y -= height;
        try {
            for (int start = 0; start < bars.length; start++) {
                if (bars[start]) {
                    int end = start;
                    while (end + 1 < bars.length && bars[end + 1]) {
                        end++;
                    }
                    stream.addRect(x + start * moduleWidth, y, (end - start + 1) * moduleWidth, height);
                    start = end;
                }
            }
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The finished PDF. Its page content is compressed as ever; the objects around it are written plainly with a
     * classic cross-reference table rather than packed into compressed object streams: for a one-page document
     * that packing saved a few hundred bytes and cost about a third of the rendering's CPU.
     */
    byte[] finish() {
        try (PDDocument finished = document) {
            stream.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            finished.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfSheet write(Face face, float fontSize, String text) {
        makeRoom(fontSize * LEADING);
        y -= fontSize * LEADING;
        show(face.font(), fontSize, margin, y, fitting(face, fontSize, printable(face.font(), text), usableWidth()));
        return this;
    }

    private void show(PDFont font, float fontSize, float x, float baseline, String text) {
        try {
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void makeRoom(float needed) {
        if (y - needed < margin) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - margin;
    }

    private static String fitting(Face face, float fontSize, String text, float available) {
        if (face.width(fontSize, text) <= available) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && face.width(fontSize, shortened + "...") > available) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "...";
    }

    /** A font of this document, measured with the metrics its face has in every document. */
    private record Face(PDFont font, FontMetrics metrics) {

        float width(float fontSize, String text) {
            return metrics.width(font, text) / 1000 * fontSize;
        }
    }

    /**
     * The widths of printable ASCII in a standard font, taken once. Measuring through the document's own font object
     * encodes the text and fills that object's width cache afresh in every document: about a quarter of the
     * rendering's CPU in a profile at 16 clients. Other characters are measured by the font, as before.
     */
    static final class FontMetrics {

        private static final char FIRST = ' ';
        private static final char LAST = '~';

        private final float[] asciiWidths;

        private FontMetrics(float[] asciiWidths) {
            this.asciiWidths = asciiWidths;
        }

        static FontMetrics of(Standard14Fonts.FontName name) {
            PDFont font = new PDType1Font(name);
            float[] widths = new float[LAST - FIRST + 1];
            for (char c = FIRST; c <= LAST; c++) {
                widths[c - FIRST] = stringWidth(font, String.valueOf(c));
            }
            return new FontMetrics(widths);
        }

        /** @return the text's width in thousandths of the font size, as {@link PDFont#getStringWidth} gives it */
        float width(PDFont font, String text) {
            float units = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < FIRST || c > LAST) {
                    return stringWidth(font, text);
                }
                units += asciiWidths[c - FIRST];
            }
            return units;
        }

        private static float stringWidth(PDFont font, String text) {
            try {
                return font.getStringWidth(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The text in characters the font can show: a letter it lacks is replaced by its unaccented form when there is
     * one (customer names and addresses come from anywhere), otherwise by a question mark.
     */
    static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            // Helvetica's WinAnsi encoding holds all of printable ASCII: most text needs no glyph-by-glyph check.
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.isWhitespace(codePoint) ? " " : Character.toString(codePoint);
            if (encodable(font, character)) {
                printable.append(character);
            } else {
                String base = Normalizer.normalize(character, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
                printable.append(!base.isEmpty() && encodable(font, base) ? base : "?");
            }
        });
        return printable.toString();
    }

    private static boolean encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
