package com.agora.api.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.error.DomainProblem.FieldError;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Public, as the request records are: JSON-B binds records through their public canonical constructor. */
public class StrictJsonReaderTest {

    public record Line(Long variantId, Integer quantity) {
    }

    public record Request(List<Line> items, Boolean makeDefault, String note, BigDecimal amount) {
    }

    private final StrictJsonReader reader = new StrictJsonReader();

    @Test
    void aWellFormedBodyOfTheDeclaredTypesBindsAsSent() throws Exception {
        Request request = read("{\"items\": [{\"variantId\": 9223372036854775807, \"quantity\": 100}],"
                + " \"makeDefault\": false, \"note\": \"two\\nlines\", \"amount\": 12.50}");

        assertEquals(new Request(List.of(new Line(Long.MAX_VALUE, 100)), false, "two\nlines", new BigDecimal("12.50")),
                request);
    }

    @Test
    void fractionsOverflowsStringsAndNonBooleansAreRefusedFieldByField() {
        DomainProblem problem = assertThrows(DomainProblem.class, () -> read("{\"items\": [{\"variantId\": 388.9,"
                + " \"quantity\": 4294967297}, {\"quantity\": \"3\"}, {\"quantity\": 1e2}], \"makeDefault\": \"yes\"}"));

        assertEquals(List.of("items[0].variantId", "items[0].quantity", "items[1].quantity", "items[2].quantity",
                        "makeDefault"),
                problem.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("must be a whole number from -2147483648 to 2147483647",
                problem.fieldErrors().get(1).message());
        assertEquals("must be true or false", problem.fieldErrors().get(4).message());
    }

    @Test
    void controlCharactersLoneSurrogatesAndUnknownFieldsAreRefused() {
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> read("{\"note\": \"nul\\u0000\", \"amount\": 1e400, \"colour\": \"red\"}"));

        assertEquals(List.of("colour", "note", "amount"),
                problem.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("must not contain a lone surrogate (U+D800)",
                assertThrows(DomainProblem.class, () -> read("{\"note\": \"\\ud800\"}")).fieldErrors().get(0)
                        .message());
    }

    @Test
    void aKeySentTwiceInOneObjectIsRefusedByItsPathEvenWhenBothValuesAreValid() throws Exception {
        DomainProblem problem = assertThrows(DomainProblem.class, () -> read("{\"note\": \"a\", \"items\": ["
                + "{\"quantity\": 1}, {\"variantId\": 7, \"quantity\": 1, \"quantity\": 5}], \"note\": \"b\"}"));

        assertEquals(List.of(new FieldError("items[1].quantity", "must appear only once"),
                new FieldError("note", "must appear only once")), problem.fieldErrors());
        assertEquals(new Request(List.of(new Line(7L, 1), new Line(8L, 1)), null, null, null),
                read("{\"items\": [{\"variantId\": 7, \"quantity\": 1}, {\"variantId\": 8, \"quantity\": 1}]}"));
    }

    @Test
    void anEmptyBodyIsLeftToTheResourceAndBrokenJsonIsRefused() throws Exception {
        assertNull(read("  "));
        assertEquals("body", assertThrows(DomainProblem.class, () -> read("{\"items\": ["))
                .fieldErrors().get(0).field());
        assertEquals("body", assertThrows(DomainProblem.class, () -> read("[]")).fieldErrors().get(0).field());
        assertEquals("items[1]", assertThrows(DomainProblem.class,
                () -> read("{\"items\": [{\"quantity\": 1}, null]}")).fieldErrors().get(0).field());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Request read(String json) throws Exception {
        return (Request) reader.readFrom((Class) Request.class, Request.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
