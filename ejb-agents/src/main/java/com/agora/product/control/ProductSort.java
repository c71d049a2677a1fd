package com.agora.product.control;

import com.agora.kernel.error.DomainProblem;
import java.util.Map;

/**
 * A sort order as clients write it: a field name, descending when prefixed with '-', e.g. {@code -price}.
 * Only whitelisted fields are accepted, so a sort parameter can never reach the query unchecked.
 */
public record ProductSort(String attribute, boolean descending) {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name",
            "sku", "sku",
            "price", "price",
            "createdAt", "createdAt",
            "status", "status");

    public static final ProductSort DEFAULT = new ProductSort("name", false);

    public static ProductSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        boolean descending = text.startsWith("-");
        String field = descending ? text.substring(1) : text;
        String attribute = SORTABLE.get(field);
        if (attribute == null) {
            throw DomainProblem.invalid("sort", "must be one of " + String.join(", ", SORTABLE.keySet().stream().sorted()
                    .toList()) + ", optionally prefixed with '-'");
        }
        return new ProductSort(attribute, descending);
    }
}
