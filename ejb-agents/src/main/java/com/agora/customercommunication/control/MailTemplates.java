package com.agora.customercommunication.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the e-mail templates. A template is plain text: a first line {@code Subject: ...}, a blank line, then
 * the body; {@code {{name}}} marks a field. A field the caller does not supply is an error rather than a gap in a
 * customer's mail, and so is a supplied field the template does not use (a sign the two drifted apart).
 */
public final class MailTemplates {

    private static final Pattern FIELD = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String SUBJECT = "Subject:";

    private record Template(String subject, String body) {
    }

    private final Map<MailTemplate, Template> templates = new EnumMap<>(MailTemplate.class);

    /** Reads every template once, so a missing or malformed file fails at start-up, not at the first order. */
    public MailTemplates() {
        for (MailTemplate template : MailTemplate.values()) {
            templates.put(template, parse(template, read(template.resource())));
        }
    }

    public RenderedMail render(MailTemplate template, Map<String, String> fields) {
        Template text = templates.get(template);
        Set<String> used = new TreeSet<>();
        used.addAll(fieldsOf(text.subject()));
        used.addAll(fieldsOf(text.body()));
        Set<String> unused = new TreeSet<>(fields.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(template.code() + " does not use the field(s) " + unused);
        }
        return new RenderedMail(template, fill(template, text.subject(), fields), fill(template, text.body(), fields));
    }

    private static String fill(MailTemplate template, String text, Map<String, String> fields) {
        Matcher field = FIELD.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (field.find()) {
            String value = fields.get(field.group(1));
            if (value == null) {
                throw new IllegalArgumentException(template.code() + " needs the field " + field.group(1));
            }
            field.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return field.appendTail(filled).toString();
    }

    private static Set<String> fieldsOf(String text) {
        Set<String> names = new TreeSet<>();
        Matcher field = FIELD.matcher(text);
        while (field.find()) {
            names.add(field.group(1));
        }
        return names;
    }

    private static Template parse(MailTemplate template, String text) {
        String normalized = text.replace("\r\n", "\n");
        int end = normalized.indexOf('\n');
        String first = end < 0 ? normalized : normalized.substring(0, end);
        if (!first.startsWith(SUBJECT)) {
            throw new IllegalStateException(template.resource() + " must start with a '" + SUBJECT + "' line");
        }
        String body = end < 0 ? "" : normalized.substring(end + 1).strip() + "\n";
        return new Template(first.substring(SUBJECT.length()).strip(), body);
    }

    private static String read(String resource) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("mail template " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
