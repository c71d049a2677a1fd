package com.agora.carrier.control;

import java.util.Locale;

/**
 * Tracking numbers in the shape carriers print them: the carrier's code, then a serial number with a check digit
 * (Luhn, mod 10) so a mistyped number is rejected before anyone looks it up.
 */
public final class TrackingNumbers {

    private TrackingNumbers() {
    }

    public static String of(String carrierCode, long serial) {
        String digits = String.format(Locale.ROOT, "%012d", serial);
        return carrierCode.toUpperCase(Locale.ROOT) + digits + checkDigit(digits);
    }

    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
