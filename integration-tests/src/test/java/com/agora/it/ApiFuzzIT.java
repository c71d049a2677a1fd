package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.ApiClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the OpenAPI document, driven from the document itself, with boundary and hostile values in
 * each path and query parameter and each field of its body (fractions, overflows, wrong types, NUL, lone surrogates,
 * long and injection-shaped strings, unknown fields, broken JSON). Whatever the answer, it is never a 5xx, never
 * carries a stack trace, is a problem document whenever it is an error, and a 2xx stores what was sent. Runs after
 * every other class: it may cancel, delete and lock the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(Integer.MAX_VALUE)
class ApiFuzzIT {

    /** Raw JSON text for each kind of field; integers also get fractions and overflows, texts get control codes. */
    private static final Map<String, List<String>> HOSTILE = Map.of(
            "integer", List.of("0", "-1", "2147483647", "2147483648", "4294967297", "-9223372036854775809",
                    "99999999999999999999", "2.9", "1e400", "\"3\"", "true", "null", "[]", "{}"),
            "number", List.of("0", "-1", "0.001", "1e400", "-1e-400", "99999999999999999999.99", "\"1.00\"",
                    "false", "null", "{}"),
            "boolean", List.of("\"yes\"", "\"true\"", "1", "0", "null", "[]"),
            "string", List.of("\"\"", "\"nul\\u0000here\"", "\"bell\\u0007\"", "\"half \\ud800 pair\"",
                    "\"\\udc00\"", "\"" + "x".repeat(10_000) + "\"", "\"' OR '1'='1\"",
                    "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"", "42", "null", "[\"a\"]"),
            "array", List.of("[]", "{}", "\"a\"", "null", "[null]", "[1]"),
            "object", List.of("[]", "\"a\"", "1", "null"));

    private static final List<String> HOSTILE_PARAMETERS = List.of("0", "-1", "2147483647", "2147483648",
            "9223372036854775808", "1.5", "abc", "%00", "a%00b", "%ED%A0%80", "%0D%0AX-Injected:1", "true",
            "%27%20OR%20%271%27%3D%271", "x".repeat(3000), "");

    private static final List<String> BROKEN_BODIES = List.of("", "{", "[]", "\"text\"", "null", "{\"a\":}",
            "{\"unknownField\": 1}", "\u0000");

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    private final List<String> findings = new ArrayList<>();
    private int requests;
    private int serverErrors;
    private int listenerRefusals;

    @Test
    void noInputMakesAnyOperationFailOnTheServerSide() {
        ApiClient admin = ApiClient.as("admin", "admin123");
        Reply document = admin.get("/openapi");
        assertEquals(200, document.status(), document.body());
        JsonObject openapi = document.json();
        JsonObject schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        int operations = 0;

        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                operations++;
                fuzz(admin, operation.getKey().toUpperCase(), "/api" + path.getKey(),
                        operation.getValue().asJsonObject(), schemas);
            }
        }
        // The fuzzing guessed passwords from this address; later runs against the same domain must not start locked.
        admin.delete("/api/v1/auth/locks/address/127.0.0.1");

        System.out.printf("API fuzz: %d requests over %d operations, %d answered 5xx, %d refused empty by the HTTP"
                + " listener, %d findings%n", requests, operations, serverErrors, listenerRefusals, findings.size());
        assertTrue(operations >= 40, "the document lists the operations: " + operations);
        assertEquals(0, serverErrors, String.join("\n", findings));
        assertEquals(List.of(), findings);
    }

    private void fuzz(ApiClient client, String method, String template, JsonObject operation, JsonObject schemas) {
        List<JsonObject> parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").stream().map(JsonValue::asJsonObject).toList()
                : List.of();
        JsonObject body = bodySchema(operation, schemas);
        String validPath = template.replaceAll("\\{[^}]+}", "1");
        String validBody = body == null ? null : example(body, schemas).toString();

        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name");
            for (String value : HOSTILE_PARAMETERS) {
                if (parameter.getString("in").equals("path")) {
                    send(client, method, template.replace("{" + name + "}", value).replaceAll("\\{[^}]+}", "1"),
                            validBody, null);
                } else if (parameter.getString("in").equals("query")) {
                    send(client, method, validPath + "?" + name + "=" + value, validBody, null);
                }
            }
        }
        if (body == null) {
            send(client, method, validPath, null, null);
            return;
        }
        send(client, method, validPath, validBody, null);
        for (String broken : BROKEN_BODIES) {
            send(client, method, validPath, broken, null);
        }
        JsonObject properties = body.getJsonObject("properties");
        if (properties == null) {
            return;
        }
        // Each field goes in beside the required ones only: with every optional field filled in, alternatives such
        // as a stock row named by inventoryId or by variantId and warehouseId would contradict each other.
        String requiredBody = required(body, schemas).toString();
        for (Map.Entry<String, JsonValue> field : properties.entrySet()) {
            JsonObject fieldSchema = resolve(field.getValue().asJsonObject(), schemas);
            for (String value : HOSTILE.getOrDefault(fieldSchema.getString("type", "object"), List.of())) {
                send(client, method, validPath, withField(requiredBody, field.getKey(), value),
                        Map.of(field.getKey(), value));
            }
            if (fieldSchema.getString("type", "").equals("array") && fieldSchema.containsKey("items")) {
                fuzzArrayItems(client, method, validPath, body, field.getKey(),
                        resolve(fieldSchema.getJsonObject("items"), schemas), schemas);
            }
        }
    }

    /** The first element of an array of objects (order lines), field by field. */
    private void fuzzArrayItems(ApiClient client, String method, String path, JsonObject body, String arrayField,
            JsonObject itemSchema, JsonObject schemas) {
        JsonObject itemProperties = itemSchema.getJsonObject("properties");
        if (itemProperties == null) {
            return;
        }
        for (Map.Entry<String, JsonValue> field : itemProperties.entrySet()) {
            String type = resolve(field.getValue().asJsonObject(), schemas).getString("type", "object");
            for (String value : HOSTILE.getOrDefault(type, List.of())) {
                String item = withField(example(itemSchema, schemas).toString(), field.getKey(), value);
                JsonObjectBuilder rest = Json.createObjectBuilder(example(body, schemas).asJsonObject());
                String text = rest.add(arrayField, "__ITEMS__").build().toString()
                        .replace("\"__ITEMS__\"", "[" + item + "]");
                send(client, method, path, text, null);
            }
        }
    }

    private void send(ApiClient client, String method, String path, String body, Map<String, String> sentField) {
        requests++;
        Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Reply reply;
        try {
            reply = client.send(method, path, body, headers);
        } catch (RuntimeException e) {
            findings.add(method + " " + path + ": no answer (" + e + ")");
            return;
        }
        String where = method + " " + shorten(path) + (body == null ? "" : " " + shorten(body));
        if (reply.status() >= 500) {
            serverErrors++;
            findings.add(where + " -> " + reply.status() + " " + shorten(reply.body()));
        }
        if (reply.body().contains("\tat ") || reply.body().matches("(?s).*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*Exception.*")) {
            findings.add(where + " -> stack trace or exception class in the body: " + shorten(reply.body()));
        }
        if (reply.status() == 400 && reply.contentType().isEmpty() && reply.body().isEmpty()) {
            // Payara's HTTP listener refuses some URIs (a %00 in the path) before any application sees them, with an
            // empty 400 that no application setting reaches; counted and reported, not a finding of the API.
            listenerRefusals++;
        } else if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
            findings.add(where + " -> " + reply.status() + " without a problem document (" + reply.contentType() + ")");
        }
        if (reply.status() / 100 == 2 && sentField != null && reply.contentType().startsWith("application/json")) {
            storedAsSent(where, reply, sentField);
        }
    }

    /** A field sent and accepted comes back as it was sent, not converted on the way. */
    private void storedAsSent(String where, Reply reply, Map<String, String> sentField) {
        JsonValue answer = Json.createReader(new StringReader(reply.body())).readValue();
        if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        sentField.forEach((field, raw) -> {
            JsonValue stored = answer.asJsonObject().get(field);
            JsonValue sent = Json.createReader(new StringReader("[" + raw + "]")).readArray().get(0);
            if (stored == null || sent.getValueType() == JsonValue.ValueType.NULL) {
                return;
            }
            boolean same = switch (sent.getValueType()) {
                case NUMBER -> stored instanceof JsonNumber n
                        && n.bigDecimalValue().compareTo(((JsonNumber) sent).bigDecimalValue()) == 0;
                case STRING -> stored instanceof JsonString s && s.getString().equals(((JsonString) sent).getString());
                default -> stored.equals(sent);
            };
            if (!same) {
                findings.add(where + " -> accepted, but " + field + " was stored as " + shorten(stored.toString()));
            }
        });
    }

    private static JsonObject bodySchema(JsonObject operation, JsonObject schemas) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return null;
        }
        JsonObject media = content.getJsonObject("application/json");
        return media.containsKey("schema") ? resolve(media.getJsonObject("schema"), schemas) : null;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        return schema;
    }

    /** A plausible value for a schema: its example or first enum value, else 1, 1.00, true, "fuzz", one item. */
    private static JsonValue example(JsonObject schema, JsonObject schemas) {
        JsonObject s = resolve(schema, schemas);
        if (s.containsKey("enum")) {
            return s.getJsonArray("enum").get(0);
        }
        switch (s.getString("type", "object")) {
            case "integer":
                return Json.createValue(1);
            case "number":
                return Json.createValue(BigDecimal.ONE);
            case "boolean":
                return JsonValue.TRUE;
            case "string":
                return Json.createValue("date-time".equals(s.getString("format", "")) ? "2026-01-31T12:00:00Z" : "fuzz");
            case "array":
                return s.containsKey("items") ? Json.createArrayBuilder().add(example(s.getJsonObject("items"), schemas))
                        .build() : JsonValue.EMPTY_JSON_ARRAY;
            default:
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = s.getJsonObject("properties");
                if (properties != null) {
                    Map<String, JsonValue> ordered = new LinkedHashMap<>();
                    properties.forEach((name, property) -> ordered.put(name, example(property.asJsonObject(), schemas)));
                    ordered.forEach(object::add);
                }
                return object.build();
        }
    }

    /** A plausible body holding the required fields only. */
    private static JsonObject required(JsonObject schema, JsonObject schemas) {
        JsonObject full = example(schema, schemas).asJsonObject();
        List<String> required = schema.containsKey("required")
                ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .toList()
                : List.of();
        JsonObjectBuilder object = Json.createObjectBuilder();
        full.forEach((name, value) -> {
            if (required.contains(name)) {
                object.add(name, value);
            }
        });
        return object.build();
    }

    /** The body with one field's value replaced by raw JSON text, which need not be valid JSON of that type. */
    private static String withField(String body, String field, String rawValue) {
        JsonObject object = Json.createReader(new StringReader(body)).readObject();
        return Json.createObjectBuilder(object).add(field, "__FUZZ__").build().toString()
                .replace("\"__FUZZ__\"", rawValue);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
