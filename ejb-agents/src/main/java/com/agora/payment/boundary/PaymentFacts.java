package com.agora.payment.boundary;

import com.agora.payment.control.PaymentStore;
import com.agora.payment.entity.PaymentMethod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What other agents may read of customers' cards: the Order agent checks the card an order names and records its
 * fingerprint, by which Fraud Detection recognises the card. Never a card's number or token. Read-only.
 */
@Stateless
public class PaymentFacts {

    @Inject
    PaymentStore store;

    /** The card an order is charged to when it names none. */
    public Optional<StoredCard> defaultCardOf(long customerId) {
        return store.defaultCardOf(customerId).map(PaymentFacts::stored);
    }

    /** The customer's card of that id; empty when it is someone else's or does not exist. */
    public Optional<StoredCard> cardOf(long methodId, long customerId) {
        return store.card(methodId).filter(card -> card.getCustomerId() == customerId).map(PaymentFacts::stored);
    }

    private static StoredCard stored(PaymentMethod card) {
        return new StoredCard(card.getId(), card.getFingerprint());
    }

    /** A stored card, known by its id and recognisable by the fingerprint of its number, never the number. */
    public record StoredCard(long id, String fingerprint) {
    }
}
