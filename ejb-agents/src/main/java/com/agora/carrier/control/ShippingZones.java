package com.agora.carrier.control;

import java.util.Locale;
import java.util.Map;

/**
 * The zone of a parcel's journey, which the rate tables price: 1 within a state (or province), 2 within a country,
 * 3 across a border. Countries may be written as codes or names; the common spellings of one country agree.
 */
public final class ShippingZones {

    public static final int SAME_STATE = 1;
    public static final int SAME_COUNTRY = 2;
    public static final int INTERNATIONAL = 3;

    private static final Map<String, String> COUNTRY_ALIASES = Map.of(
            "USA", "US", "UNITED STATES", "US", "UNITED STATES OF AMERICA", "US",
            "CAN", "CA", "CANADA", "CA",
            "GBR", "GB", "UNITED KINGDOM", "GB", "UK", "GB");

    public record Place(String state, String country) {
    }

    private ShippingZones() {
    }

    public static int zoneOf(Place from, Place to) {
        String fromCountry = country(from.country());
        if (fromCountry.isEmpty() || !fromCountry.equals(country(to.country()))) {
            return INTERNATIONAL;
        }
        String fromState = normalised(from.state());
        return !fromState.isEmpty() && fromState.equals(normalised(to.state())) ? SAME_STATE : SAME_COUNTRY;
    }

    private static String country(String country) {
        String key = normalised(country);
        return COUNTRY_ALIASES.getOrDefault(key, key);
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replace(".", "").replaceAll("\\s+", " ").trim().toUpperCase(Locale.ROOT);
    }
}
