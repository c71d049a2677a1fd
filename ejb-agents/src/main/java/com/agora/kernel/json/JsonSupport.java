package com.agora.kernel.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.StringReader;

/**
 * JSON-P through one provider looked up once. {@code jakarta.json.Json}'s static methods look the provider up
 * through the service loader on every call, which in the application server cost a fifth of the CPU of
 * placing an order.
 */
public final class JsonSupport {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonSupport() {
    }

    public static JsonObject parseObject(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonArray parseArray(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    public static JsonReader reader(InputStream json) {
        return PROVIDER.createReader(json);
    }

    public static JsonParser parser(InputStream json) {
        return PROVIDER.createParser(json);
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }
}
