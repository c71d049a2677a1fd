package com.agora.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mailboxes of the local mail catcher (GreenMail's API, started by {@code ./agora up}): what the customers
 * really received, as opposed to what the Customer Communication agent logged as sent.
 */
final class MailCatcher {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    MailCatcher(URI base) {
        this.base = base;
    }

    /** How often each Message-ID arrived in these mailboxes. */
    Map<String, Integer> deliveries(Collection<String> recipients) throws IOException, InterruptedException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String recipient : recipients) {
            URI inbox = base.resolve("/api/user/" + URLEncoder.encode(recipient, StandardCharsets.UTF_8)
                    + "/messages/");
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(inbox).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IOException("mail catcher: HTTP " + reply.statusCode() + " for " + inbox);
            }
            for (JsonValue message : (JsonArray) Api.parse(reply.body())) {
                counts.merge(((JsonObject) message).getString("Message-ID", "?"), 1, Integer::sum);
            }
        }
        return counts;
    }
}
