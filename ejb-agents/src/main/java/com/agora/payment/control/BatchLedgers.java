package com.agora.payment.control;

import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.messaging.UpFrontReads.Fact;
import com.agora.payment.entity.PaymentTransaction;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The ledgers of a batch's orders, locked and read in one query before its first event, so its events ask the
 * database nothing about them. A query per event also made EclipseLink write the batch's changes so far before
 * each. An order the batch did not read ahead (an event handled alone) is read, and locked, as its event needs it.
 */
@Dependent
public class BatchLedgers {

    /** The payment transactions of an order, in the order they were made; a list the batch adds its own to. */
    private static final Fact<Long, List<PaymentTransaction>> TRANSACTIONS = new Fact<>("transactions of an order");

    private final PaymentStore store;
    private final UpFrontReads upFront;

    @Inject
    public BatchLedgers(PaymentStore store, UpFrontReads upFront) {
        this.store = store;
        this.upFront = upFront;
    }

    /**
     * Locks and reads the transactions of the batch's orders, and reads the cards it charges, so that finding one
     * of them by its id asks nothing more.
     */
    public void readAhead(Collection<Long> orders, Collection<Long> cards) {
        if (orders.size() < 2) {
            return;
        }
        Map<Long, List<PaymentTransaction>> transactions = store.lockedTransactionsOf(orders);
        for (Long order : orders) {
            upFront.know(TRANSACTIONS, order, new ArrayList<>(transactions.getOrDefault(order, List.of())));
        }
        if (!cards.isEmpty()) {
            store.cards(cards);
        }
    }

    public PaymentLedger ledgerOf(long orderId) {
        return upFront.known(TRANSACTIONS, orderId).map(PaymentLedger::of).orElseGet(() -> store.ledgerOf(orderId));
    }

    /** See {@link PaymentStore#lockedLedgerOf}; an order read ahead was locked then. */
    public PaymentLedger lockedLedgerOf(long orderId) {
        return upFront.known(TRANSACTIONS, orderId).map(PaymentLedger::of)
                .orElseGet(() -> store.lockedLedgerOf(orderId));
    }

    /** Records a gateway attempt, which the order's ledger then holds for the batch's later events. */
    public void record(PaymentTransaction attempt) {
        store.record(attempt);
        upFront.known(TRANSACTIONS, attempt.getOrderId()).ifPresent(transactions -> transactions.add(attempt));
    }
}
