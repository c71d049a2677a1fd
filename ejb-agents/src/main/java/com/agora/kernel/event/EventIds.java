package com.agora.kernel.event;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Event ids that grow with time: UUID version 7 (RFC 9562), the milliseconds since the epoch followed by 74 random
 * bits. Every agent records the ids of the events it handled in the primary key of {@code processed_messages};
 * random ids (version 4) land anywhere in that index, so each batch's receipts touched as many scattered pages of
 * it, most of them long out of memory. Ids of the same moment land side by side at the end of each agent's range.
 */
public final class EventIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EventIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long mostSignificant = epochMillis << 16 | 0x7000L | (random[0] & 0x0fL) << 8 | random[1] & 0xffL;
        long leastSignificant = 0x8000_0000_0000_0000L | (random[2] & 0x3fL) << 56;
        for (int i = 3; i < 10; i++) {
            leastSignificant |= (random[i] & 0xffL) << (8 * (9 - i));
        }
        return new UUID(mostSignificant, leastSignificant);
    }
}
