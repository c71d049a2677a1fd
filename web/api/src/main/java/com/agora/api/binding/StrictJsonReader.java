package com.agora.api.binding;

import com.agora.kernel.error.DomainProblem.FieldError;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.json.JsonSupport;
import com.agora.kernel.text.Text;
import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads every JSON request body of the API (they are all records) strictly, before JSON-B binds it: JSON-B alone
 * turns {@code 2.9} into 2, {@code 4294967297} into 1 and {@code "yes"} into false, and the validators only ever see
 * the converted value. The rules, checked against the record's declared component types:
 * <ul>
 * <li>an integer field takes a JSON number written as digits only (no fraction, no exponent), inside the range of
 * its Java type;</li>
 * <li>a boolean field takes {@code true} or {@code false}, nothing else;</li>
 * <li>a text field takes a JSON string without control characters (tabs and line breaks allowed) or lone
 * surrogates; a decimal field a JSON number of sane size; a time field an ISO-8601 instant;</li>
 * <li>a field the record does not declare is refused, so a misspelt field never passes silently;</li>
 * <li>a key appears at most once in an object ({@link DuplicateKeys}).</li>
 * </ul>
 * It is declared for {@link Record} and ahead of the server's JSON-B reader, so it is the one JAX-RS picks for every
 * body; with both declared for Object, the choice between them varied from one deployment to the next.
 * All offending fields are reported at once as a 400 problem ({@link DomainProblem#invalid(List)}) naming each one
 * and what it expects. JSON
 * {@code null} is left to Bean Validation ({@code @NotNull}), which names the field the same way.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** Far beyond any amount or quantity of the API, well before BigDecimal arithmetic on it gets expensive. */
    private static final int MAX_NUMBER_DIGITS = 40;

    private static final Map<Class<?>, long[]> INTEGER_RANGES = Map.of(
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

    /** Each request record's components by name, read once per record class: the reflection call copies them all. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> record) {
            return Collections.unmodifiableMap(Arrays.stream(record.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c, (a, b) -> a, LinkedHashMap::new)));
        }
    };

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readAllBytes();
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            // An absent body is the resource's business: optional bodies accept it, @NotNull ones refuse it.
            return null;
        }
        JsonValue json;
        try (JsonReader reader = JsonSupport.reader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException e) {
            throw DomainProblem.invalid(List.of(new FieldError("body", "must be well-formed JSON")));
        }
        List<FieldError> violations = new ArrayList<>(DuplicateKeys.in(body));
        check(json, genericType, "", violations);
        if (!violations.isEmpty()) {
            throw DomainProblem.invalid(violations);
        }
        try {
            return jsonb.fromJson(json.toString(), type);
        } catch (JsonbException e) {
            // Every shape this reader lets through binds; this is the safety net, not a path a client can steer.
            throw DomainProblem.invalid(List.of(new FieldError("body", "does not have the documented shape")));
        }
    }

    static void check(JsonValue value, Type type, String field, List<FieldError> violations) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            checkObject(value, raw, field, violations);
        } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            checkArray(value, type, field, violations);
        } else if (INTEGER_RANGES.containsKey(raw)) {
            checkInteger(value, INTEGER_RANGES.get(raw), field, violations);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                violations.add(new FieldError(field, "must be true or false"));
            }
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            checkDecimal(value, field, violations);
        } else if (raw == String.class) {
            checkText(value, field, violations);
        } else if (raw == Instant.class) {
            checkInstant(value, field, violations);
        } else if (raw.isEnum()) {
            checkText(value, field, violations);
        } else {
            throw new IllegalStateException("no strict JSON rule for " + raw.getName() + " at " + field);
        }
    }

    private static void checkObject(JsonValue value, Class<?> record, String field, List<FieldError> violations) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            violations.add(new FieldError(name(field), "must be a JSON object"));
            return;
        }
        JsonObject object = value.asJsonObject();
        Map<String, RecordComponent> components = COMPONENTS.get(record);
        object.keySet().stream().filter(key -> !components.containsKey(key)).sorted().forEach(key ->
                violations.add(new FieldError(path(field, key), "is not a field of this request; expected "
                        + String.join(", ", components.keySet().stream().sorted().toList()))));
        components.forEach((key, component) -> {
            if (object.containsKey(key)) {
                check(object.get(key), component.getGenericType(), path(field, key), violations);
            }
        });
    }

    private static void checkArray(JsonValue value, Type type, String field, List<FieldError> violations) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            violations.add(new FieldError(field, "must be a JSON array"));
            return;
        }
        Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            // No list of a request has room for a missing element; binding it would hand null to the agents.
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                violations.add(new FieldError(field + "[" + i + "]", "must not be null"));
            } else {
                check(array.get(i), element, field + "[" + i + "]", violations);
            }
        }
    }

    private static void checkInteger(JsonValue value, long[] range, String field, List<FieldError> violations) {
        String expected = "must be a whole number from " + range[0] + " to " + range[1];
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            violations.add(new FieldError(field, expected));
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        // Digits only, as integers are written: 1.0 and 1e2 are refused too, and 1e999999999, a valid JSON number
        // that would take ages to expand, never gets converted.
        if (number.scale() != 0 || number.precision() > MAX_NUMBER_DIGITS) {
            violations.add(new FieldError(field, expected));
            return;
        }
        BigInteger whole = number.toBigIntegerExact();
        if (whole.compareTo(BigInteger.valueOf(range[0])) < 0 || whole.compareTo(BigInteger.valueOf(range[1])) > 0) {
            violations.add(new FieldError(field, expected));
        }
    }

    private static void checkDecimal(JsonValue value, String field, List<FieldError> violations) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            violations.add(new FieldError(field, "must be a number"));
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.precision() - number.scale() > MAX_NUMBER_DIGITS || number.scale() > MAX_NUMBER_DIGITS) {
            violations.add(new FieldError(field, "must be a number of at most " + MAX_NUMBER_DIGITS
                    + " digits before and after the decimal point"));
        }
    }

    private static void checkText(JsonValue value, String field, List<FieldError> violations) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            violations.add(new FieldError(field, "must be a JSON string"));
            return;
        }
        String problem = Text.problem(((JsonString) value).getString(), true);
        if (problem != null) {
            violations.add(new FieldError(field, problem));
        }
    }

    private static void checkInstant(JsonValue value, String field, List<FieldError> violations) {
        String expected = "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z";
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            violations.add(new FieldError(field, expected));
            return;
        }
        try {
            Instant.parse(((JsonString) value).getString());
        } catch (DateTimeParseException e) {
            violations.add(new FieldError(field, expected));
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private static String name(String field) {
        return field.isEmpty() ? "body" : field;
    }
}
