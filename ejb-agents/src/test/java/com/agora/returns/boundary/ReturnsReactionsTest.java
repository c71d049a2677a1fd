package com.agora.returns.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.CustomerContact;
import com.agora.events.PaymentRefunded;
import com.agora.events.RefundFailed;
import com.agora.events.ReplacementPlaced;
import com.agora.events.StockRestocked;
import com.agora.returns.control.ReturnSteps;
import com.agora.returns.control.ReturnsStore;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnStatus;
import com.agora.returns.entity.ReturnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReturnsReactionsTest {

    private static final long ORDER = 41;
    private static final long RETURN = 4;

    private final ReturnAuthorization rma = new ReturnAuthorization();
    private final List<String> announced = new ArrayList<>();
    private final ReturnsReactions reactions = new ReturnsReactions();

    @BeforeEach
    void wire() {
        rma.setId(RETURN);
        rma.setOrderId(ORDER);
        rma.setReturnNumber("RMA-4");
        rma.setType(ReturnType.REFUND);
        rma.setStatus(ReturnStatus.INSPECTED);
        rma.setQuantity(1);
        reactions.store = new ReturnsStore() {
            @Override
            public ReturnAuthorization existing(long id) {
                return rma;
            }
        };
        reactions.steps = new ReturnSteps() {
            @Override
            public void announce(ReturnAuthorization moved, String detail) {
                announced.add(moved.getStatus() + ": " + detail);
            }
        };
    }

    @Test
    void aRefundCompletesTheReturnOnlyOnceTheRestockIsDoneToo() {
        rma.setRestockRequestedAt(Instant.now());

        reactions.paymentRefunded(refund(RETURN));

        assertEquals(ReturnStatus.REFUNDED, rma.getStatus());
        assertEquals(900L, rma.getRefundTransactionId());

        reactions.stockRestocked(new StockRestocked(ORDER, RETURN, 100, 1, 1));

        assertEquals(ReturnStatus.COMPLETED, rma.getStatus());
        assertNotNull(rma.getCompletedAt());
    }

    @Test
    void aRefundOfUnitsThatFailedInspectionCompletesAtOnce() {
        reactions.paymentRefunded(refund(RETURN));

        assertEquals(ReturnStatus.COMPLETED, rma.getStatus());
    }

    @Test
    void repliesHeardTwiceChangeNothingTheSecondTime() {
        rma.setRestockRequestedAt(Instant.now());
        reactions.paymentRefunded(refund(RETURN));
        reactions.paymentRefunded(refund(RETURN));

        assertEquals(1, announced.size());
    }

    @Test
    void aRefundOfAWholeOrderBelongsToNoReturn() {
        reactions.paymentRefunded(refund(null));

        assertEquals(ReturnStatus.INSPECTED, rma.getStatus());
        assertTrue(announced.isEmpty());
    }

    @Test
    void aFailedRefundStaysVisibleUntilSomeoneAsksAgain() {
        reactions.refundFailed(new RefundFailed(ORDER, RETURN, new BigDecimal("12.00"), "card expired"));

        assertEquals(ReturnStatus.REFUND_FAILED, rma.getStatus());
        assertEquals("card expired", rma.getRefundFailure());
    }

    @Test
    void anExchangeCompletesWithItsReplacementOrder() {
        rma.setType(ReturnType.EXCHANGE);

        reactions.replacementPlaced(new ReplacementPlaced(ORDER, RETURN, 77, "AG-77"));

        assertEquals("AG-77", rma.getReplacementOrderNumber());
        assertEquals(ReturnStatus.COMPLETED, rma.getStatus());
    }

    private static PaymentRefunded refund(Long returnId) {
        return new PaymentRefunded(ORDER, "AG-41", 5, new CustomerContact("bob@example.com", "Bob"), "USD", returnId, 900, new BigDecimal("12.00"),
                new BigDecimal("12.00"), false);
    }
}
