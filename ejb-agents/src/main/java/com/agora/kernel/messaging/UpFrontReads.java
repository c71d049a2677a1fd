package com.agora.kernel.messaging;

import com.agora.kernel.transaction.PerTransaction;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a batch's transaction read up front for all its events, kept for that transaction alone. An agent reads in
 * {@link EventHandler#beforeAll} with one statement what each of its events would otherwise ask the database for
 * one at a time, and each handler then takes its answer from here. A key that was not read up front (an event
 * handled alone, a fact an event did not foresee) has no answer, and the handler asks the database as before.
 *
 * <p>A handler that changes such a fact records the new value, so a later event of the same batch sees it.
 */
@PerTransaction
public class UpFrontReads {

    /**
     * A kind of fact, such as "the documents an order already has", with the type of its key and its value. Each
     * is one constant of the agent that reads it, and two facts are never the same by their names: agents may
     * name theirs alike without reading each other's answers.
     */
    public static final class Fact<K, V> {

        private final String name;

        public Fact(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<Fact<?, ?>, Map<Object, Object>> known = new HashMap<>();

    public <K, V> void know(Fact<K, V> fact, K key, V value) {
        known.computeIfAbsent(fact, f -> new HashMap<>()).put(key, value);
    }

    /** Records, for every key a batch asked about in one query, whether the query found it. */
    public <K> void knowWhich(Fact<K, Boolean> fact, Collection<K> asked, Collection<K> found) {
        asked.forEach(key -> know(fact, key, found.contains(key)));
    }

    /** @return the value read up front (or recorded since) for the key; empty if it was not read */
    @SuppressWarnings("unchecked")
    public <K, V> Optional<V> known(Fact<K, V> fact, K key) {
        Map<Object, Object> values = known.get(fact);
        return values == null ? Optional.empty() : Optional.ofNullable((V) values.get(key));
    }

    /** @return the values of all the keys, in their order, if every one was read up front; empty otherwise */
    public <K, V> Optional<Map<K, V>> knownAll(Fact<K, V> fact, Collection<K> keys) {
        Map<K, V> values = new LinkedHashMap<>();
        for (K key : keys) {
            Optional<V> value = known(fact, key);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(key, value.get());
        }
        return Optional.of(values);
    }
}
