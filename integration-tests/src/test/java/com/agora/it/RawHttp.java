package com.agora.it;

import com.agora.it.ApiClient.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One exchange over a plain socket, for requests an HTTP client refuses to send as written: a backslash or a raw
 * control character in the path, a broken request line, a header no client would build. Written as HTTP/1.0 by the
 * tests, so the answer is neither chunked nor kept alive and its body runs to the end of the stream.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The request line as given, then a Host header and the header lines given; header names in lower case. */
    static Reply send(String requestLine, String... headerLines) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
        for (String header : headerLines) {
            request.append(header).append("\r\n");
        }
        URI api = URI.create(ApiClient.baseUrl());
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String[] head = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).trim());
        }
        return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers.getOrDefault("content-type", List.of("")).get(0),
                end < 0 ? "" : answer.substring(end + 4), headers);
    }
}
