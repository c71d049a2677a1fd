package com.agora.kernel.text;

/**
 * The rule for text the API accepts: no control characters (a NUL reaches PostgreSQL and fails there, the others
 * have no business in names, notes or filters) and no half of a surrogate pair (it cannot be stored as UTF-8).
 * Multi-line fields of a body may hold tabs and line breaks; parameters of a URL may not.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is refused, or {@code null} when it is acceptable. */
    public static String problem(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone surrogate (U+" + hex(c) + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone surrogate (U+" + hex(c) + ")";
            }
            if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return "must not contain control characters (U+" + hex(c) + ")";
            }
        }
        return null;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
