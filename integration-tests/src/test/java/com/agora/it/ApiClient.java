package com.agora.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A small HTTP client for the platform as an integrator sees it: real requests over loopback. */
public final class ApiClient {

    public record Reply(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("agora.http.port", "14880");
    }

    public static ApiClient anonymous() {
        return new ApiClient(baseUrl(), null);
    }

    /** A client that sends the given token as it is, e.g. a forged one. */
    public static ApiClient withToken(String token) {
        return new ApiClient(baseUrl(), token);
    }

    public static ApiClient as(String username, String password) {
        return at(baseUrl(), username, password);
    }

    /** Logs in against the given server root, e.g. from inside the server where no system property says the port. */
    public static ApiClient at(String base, String username, String password) {
        Reply reply = new ApiClient(base, null).post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
        if (reply.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + reply.status() + " " + reply.body());
        }
        return new ApiClient(base, reply.json().getString("accessToken"));
    }

    public Reply get(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /** For plain-text endpoints such as Prometheus metrics, which refuse a JSON Accept header with 406. */
    public Reply getText(String path) {
        return send(request(path).header("Accept", "text/plain").GET());
    }

    /** A binary resource such as a PDF, with the reply's headers. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).header("Accept", "application/pdf, application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, String contentType, String contentDisposition, byte[] body) {
    }

    public Reply post(String path, JsonValue body) {
        return post(path, body.toString(), Map.of());
    }

    public Reply post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Any method with any body text, sent as JSON as it is (null for none): for hostile requests. */
    public Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    public Reply delete(String path) {
        return send(request(path).header("Accept", "application/json").DELETE());
    }

    /** Polls a resource until the condition holds, for outcomes the agents reach asynchronously. */
    public JsonObject await(String path, Predicate<JsonObject> condition, Duration timeout) {
        JsonObject[] last = {null};
        return Eventually.until(() -> {
            Reply reply = get(path);
            if (reply.status() != 200) {
                return Optional.empty();
            }
            last[0] = reply.json();
            return condition.test(last[0]) ? Optional.of(last[0]) : Optional.empty();
        }, timeout, () -> "the condition on " + path + "; last: " + last[0]);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
