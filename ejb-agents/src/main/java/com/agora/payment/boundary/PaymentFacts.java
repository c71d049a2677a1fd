package com.agora.payment.boundary;

import com.agora.payment.control.PaymentStore;
import com.agora.payment.entity.PaymentMethod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * What other agents may read of customers' cards and payment history: the Order agent checks the card an order
 * names, Fraud Detection recognises cards and counts refusals. Never a card's number or token. Read-only.
 */
@Stateless
public class PaymentFacts {

    @Inject
    PaymentStore store;

    /** The card an order is charged to when it names none. */
    public Optional<Long> defaultMethodOf(long customerId) {
        return store.defaultCardOf(customerId);
    }

    public boolean methodBelongsTo(long methodId, long customerId) {
        return store.card(methodId).filter(card -> card.getCustomerId() == customerId).isPresent();
    }

    /** Authorizations of the customer's orders the gateway refused or did not answer, since the given moment. */
    public long failedAttemptsSince(long customerId, Instant since) {
        return store.failedAuthorizationsSince(customerId, since);
    }

    /** Recognises the card an order will be charged to (the named one, else the default) without its number. */
    public Optional<String> cardFingerprintOf(Long methodId, long customerId) {
        return store.chargedCard(methodId, customerId).map(PaymentMethod::getFingerprint);
    }
}
