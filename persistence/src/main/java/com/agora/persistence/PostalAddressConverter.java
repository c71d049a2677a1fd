package com.agora.persistence;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/**
 * Stores a {@link PostalAddress} as one JSON object in a text column: the address is always read and printed as a
 * whole, and one column keeps the order's copy apart from the address book's columns it was taken from.
 */
@Converter
public class PostalAddressConverter implements AttributeConverter<PostalAddress, String> {

    // Looked up once: the provider lookup of jakarta.json.Json's static methods goes through the service loader.
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(PostalAddress address) {
        if (address == null) {
            return null;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        add(json, "name", address.name());
        add(json, "company", address.company());
        add(json, "line1", address.line1());
        add(json, "line2", address.line2());
        add(json, "city", address.city());
        add(json, "state", address.state());
        add(json, "postalCode", address.postalCode());
        add(json, "country", address.country());
        return json.build().toString();
    }

    @Override
    public PostalAddress convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            return new PostalAddress(text(json, "name"), text(json, "company"), text(json, "line1"),
                    text(json, "line2"), text(json, "city"), text(json, "state"), text(json, "postalCode"),
                    text(json, "country"));
        }
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : json.getString(name);
    }
}
