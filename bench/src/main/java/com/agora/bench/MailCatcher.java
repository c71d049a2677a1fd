package com.agora.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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

    private final Api api;

    MailCatcher(URI base) {
        this.api = new Api(base, Duration.ofSeconds(60));
    }

    /**
     * How often each message arrived in these mailboxes, by the left-hand side of its Message-ID: the occasion
     * the platform names it after ({@code order-42.order-shipped.order}).
     */
    Map<String, Integer> deliveries(Collection<String> recipients) throws IOException, InterruptedException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String recipient : recipients) {
            String inbox = "/api/user/" + URLEncoder.encode(recipient, StandardCharsets.UTF_8) + "/messages/";
            Api.Reply reply = api.get(inbox, null);
            if (reply.status() != 200) {
                throw new IOException("mail catcher: HTTP " + reply.status() + " for " + inbox + ": " + reply.excerpt());
            }
            for (JsonValue message : reply.array()) {
                counts.merge(occasionOf(((JsonObject) message).getString("Message-ID", "?")), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String occasionOf(String messageId) {
        int at = messageId.lastIndexOf('@');
        return messageId.substring(messageId.startsWith("<") ? 1 : 0, at < 0 ? messageId.length() : at);
    }
}
