package com.agora.payment.control;

import com.agora.kernel.error.DomainProblem.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What can be known about a card number without asking a gateway: is it well formed, whose brand, which card. */
public final class CardNumbers {

    private CardNumbers() {
    }

    /** The digits of a number as customers type it (spaces and dashes allowed), or null if anything else is in it. */
    public static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[ -]", "");
        return digits.matches("[0-9]{12,19}") ? digits : null;
    }

    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    public static String brand(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if (digits.startsWith("4")) {
            return "visa";
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "mastercard";
        }
        if (two == 34 || two == 37) {
            return "amex";
        }
        if (digits.startsWith("6011") || two == 65) {
            return "discover";
        }
        return "card";
    }

    public static String lastFour(String digits) {
        return digits.substring(digits.length() - 4);
    }

    /** Recognises the same card across customers without keeping its number. */
    public static String fingerprint(String digits) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything wrong with a card a customer wants to register, by field; empty when it can be stored. */
    public static List<FieldError> problems(String typedNumber, Integer expiryMonth, Integer expiryYear,
            YearMonth current) {
        List<FieldError> problems = new ArrayList<>();
        String digits = digits(typedNumber);
        if (digits == null) {
            problems.add(new FieldError("cardNumber", "must be 12 to 19 digits"));
        } else if (!passesLuhn(digits)) {
            problems.add(new FieldError("cardNumber", "is not a valid card number (check digit)"));
        }
        boolean monthValid = expiryMonth != null && expiryMonth >= 1 && expiryMonth <= 12;
        if (!monthValid) {
            problems.add(new FieldError("expiryMonth", "must be 1 to 12"));
        }
        if (expiryYear == null || expiryYear < 2000 || expiryYear > 2100) {
            problems.add(new FieldError("expiryYear", "must be a four-digit year"));
        } else if (monthValid && YearMonth.of(expiryYear, expiryMonth).isBefore(current)) {
            problems.add(new FieldError("expiryYear", "the card expired in " + YearMonth.of(expiryYear, expiryMonth)));
        }
        return problems;
    }
}
