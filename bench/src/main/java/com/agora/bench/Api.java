package com.agora.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few calls of the Agora REST API the load generator needs, over one shared HTTP client. */
final class Api {

    /** Looked up once: {@code Json.createReader} would search the service loader on every call of the hot loop. */
    static final JsonProvider JSON = JsonProvider.provider();

    record Reply(int status, String body) {

        JsonObject object() {
            return (JsonObject) parse(body);
        }

        JsonArray array() {
            return (JsonArray) parse(body);
        }

        /** Enough of the body to say what went wrong, on one line; of a server error page only its heading. */
        String excerpt() {
            String text = body == null ? "" : body;
            Matcher heading = HTML_HEADING.matcher(text);
            if (heading.find()) {
                text = "HTML page: " + heading.group(1);
            }
            String flat = text.replaceAll("\\s+", " ").trim();
            return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
        }
    }

    private static final Pattern HTML_HEADING = Pattern.compile("<h1>(.*?)</h1>", Pattern.CASE_INSENSITIVE);

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    Api(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        // HTTP/1.1 explicitly: the default would try an h2c upgrade on the first request of every connection.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Reply get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET().build());
    }

    /** Prometheus text, such as /metrics: MicroProfile Metrics answers 406 to a client that asks for JSON. */
    Reply getText(String path) throws IOException, InterruptedException {
        return send(request(path, null).setHeader("Accept", "text/plain").GET().build());
    }

    Reply post(String path, String token, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    /** Logs in and returns the bearer token with its lifetime; setup fails loudly on wrong credentials. */
    Token login(String username, String password) throws IOException, InterruptedException {
        String body = JSON.createObjectBuilder().add("username", username).add("password", password).build().toString();
        Reply reply = post("/api/v1/auth/token", null, body, null);
        if (reply.status() != 200) {
            throw new BenchException("login as " + username + " failed: HTTP " + reply.status() + " " + reply.excerpt());
        }
        JsonObject token = reply.object();
        return new Token(token.getString("accessToken"), Duration.ofSeconds(token.getJsonNumber("expiresIn").longValue()),
                System.nanoTime());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    static JsonStructure parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** Instants as the API writes them; tolerant of an offset other than Z should the JSON-B settings change. */
    static Instant instant(JsonObject object, String name) {
        if (!object.containsKey(name) || object.isNull(name)) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new BenchException("field " + name + " is not a timestamp: " + value);
        }
        String text = object.getString(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    record Token(String value, Duration lifetime, long issuedNanos) {

        boolean fresh() {
            return System.nanoTime() - issuedNanos < lifetime.toNanos() / 2;
        }
    }

    /** A login kept valid for runs longer than half the token lifetime. */
    static final class Session {

        private final Api api;
        private final String username;
        private final String password;
        private volatile Token token;

        Session(Api api, String[] credentials) throws IOException, InterruptedException {
            this.api = api;
            this.username = credentials[0];
            this.password = credentials[1];
            this.token = api.login(username, password);
        }

        String token() throws IOException, InterruptedException {
            Token current = token;
            if (current.fresh()) {
                return current.value();
            }
            synchronized (this) {
                if (!token.fresh()) {
                    token = api.login(username, password);
                }
                return token.value();
            }
        }
    }

    static final class BenchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BenchException(String message) {
            super(message);
        }
    }
}
