package com.agora.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few calls of the Agora REST API the load generator needs, each on the calling thread over a kept-alive
 * connection. The load generator shares the machine with the platform it measures, so its own CPU counts against
 * the platform: the JDK's {@code HttpClient} handed every request to its selector thread and back, and with it the
 * load generator took 7% of the machine at 16 clients, against 4% with blocking connections.
 */
final class Api {

    static {
        // Every client thread keeps its connection between requests; the JDK keeps only five idle ones per server
        // unless told otherwise, and the others would be opened again for each request.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "256");
        }
        // The JDK would send a POST a second time, unasked, when the connection fails before the answer: a kill in
        // the crash test must show as the client's error, and a placement must be counted once.
        System.setProperty("sun.net.http.retryPost", "false");
    }

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

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final URI base;
    private final Duration timeout;

    /** Paths are appended to the base as given, so a base written with a trailing slash loses it here. */
    Api(URI base, Duration timeout) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.timeout = timeout;
    }

    Reply get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, headers(token, "application/json"), null);
    }

    /** Prometheus text, such as /metrics: MicroProfile Metrics answers 406 to a client that asks for JSON. */
    Reply getText(String path) throws IOException, InterruptedException {
        return send("GET", path, headers(null, "text/plain"), null);
    }

    Reply post(String path, String token, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        Map<String, String> headers = headers(token, "application/json");
        headers.put("Content-Type", "application/json");
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return send("POST", path, headers, json);
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

    private static Map<String, String> headers(String token, String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return headers;
    }

    /**
     * One request and its whole answer. Reading the body to its end and closing it hands the connection back to
     * the JDK's keep-alive cache for this thread's next request.
     */
    private Reply send(String method, String path, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException(method + " " + path + " not sent: interrupted");
        }
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        connection.setReadTimeout(Math.toIntExact(timeout.toMillis()));
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (answer == null) {
            return new Reply(status, "");
        }
        try (InputStream in = answer) {
            return new Reply(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
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
