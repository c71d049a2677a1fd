package com.agora.persistence;

import java.util.List;
import java.util.stream.Stream;

/**
 * A postal address as it is printed on a label or an invoice. Orders and pick lists keep a copy taken when the
 * order was placed, so an edit of the customer's address book later changes no parcel already on its way, and
 * the agents downstream read it from the order's events rather than asking the Customer agent.
 */
public record PostalAddress(String name, String company, String line1, String line2, String city, String state,
        String postalCode, String country) {

    /** One line per element, blank ones left out. */
    public List<String> lines() {
        return Stream.of(name, company, line1, line2,
                        String.join(" ", nonBlank(postalCode), nonBlank(city), nonBlank(state)).trim(), country)
                .filter(part -> part != null && !part.isBlank()).toList();
    }

    /** What places the address on a map, the addressee aside: for comparing two addresses. */
    public List<String> place() {
        return Stream.of(line1, line2, postalCode, city, state, country).map(PostalAddress::nonBlank).toList();
    }

    private static String nonBlank(String text) {
        return text == null ? "" : text;
    }
}
