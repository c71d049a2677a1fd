package com.agora.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostalAddressConverterTest {

    private final PostalAddressConverter converter = new PostalAddressConverter();

    @Test
    void anAddressReadsBackAsItWasWrittenBlankPartsIncluded() {
        PostalAddress address = new PostalAddress("Zoë \"Z\" O'Brien", null, "1 Main St", "", "Austin", "TX",
                "78701", "US");

        assertEquals(address, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(address)));
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void theColumnTheMigrationFilledReadsAsAnAddress() {
        String filledBySql = "{\"name\" : \"Ada Lovelace\", \"company\" : null, \"line1\" : \"12 Engine Row\","
                + " \"line2\" : null, \"city\" : \"London\", \"state\" : null, \"postalCode\" : \"EC1A 1BB\","
                + " \"country\" : \"GB\"}";

        PostalAddress address = converter.convertToEntityAttribute(filledBySql);

        assertEquals(List.of("Ada Lovelace", "12 Engine Row", "EC1A 1BB London", "GB"), address.lines());
    }
}
