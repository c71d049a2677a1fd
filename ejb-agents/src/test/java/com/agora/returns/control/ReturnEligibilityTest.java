package com.agora.returns.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import com.agora.returns.control.ReturnEligibility.Shipped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnEligibilityTest {

    private static final Instant DELIVERED = Instant.parse("2025-03-01T10:00:00Z");

    private final ReturnEligibility eligibility = new ReturnEligibility(30);

    @Test
    void unitsOfADeliveredOrderCanBeReturnedWithinTheWindow() {
        assertDoesNotThrow(() -> eligibility.requireReturnable("AG-1", true, DELIVERED,
                DELIVERED.plus(Duration.ofDays(30)), 3, 1, 2));
    }

    @Test
    void anOrderThatHasNotArrivedCannotBeReturned() {
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> eligibility.requireReturnable("AG-1", false, null, DELIVERED, 3, 0, 1));

        assertEquals(DomainProblem.Kind.CONFLICT, problem.kind());
    }

    @Test
    void theWindowClosesTheGivenNumberOfDaysAfterDelivery() {
        DomainProblem problem = assertThrows(DomainProblem.class, () -> eligibility.requireReturnable("AG-1", true,
                DELIVERED, DELIVERED.plus(Duration.ofDays(30)).plusSeconds(1), 3, 0, 1));

        assertEquals(DomainProblem.Kind.UNPROCESSABLE, problem.kind());
        assertTrue(problem.getMessage().contains("30 days after delivery"), problem.getMessage());
    }

    @Test
    void unitsAlreadyCoveredByAReturnCannotBeReturnedTwice() {
        DomainProblem problem = assertThrows(DomainProblem.class,
                () -> eligibility.requireReturnable("AG-1", true, DELIVERED, DELIVERED, 3, 2, 2));

        assertEquals(DomainProblem.Kind.UNPROCESSABLE, problem.kind());
        assertEquals("only 1 of the line's 3 unit(s) can still be returned; 2 requested", problem.getMessage());
    }

    @Test
    void theParcelGoesBackWhereMostOfTheLineCameFrom() {
        List<Shipped> shipped = List.of(new Shipped(7, 1, 2), new Shipped(7, 2, 4), new Shipped(8, 3, 9));

        assertEquals(Optional.of(2L), ReturnEligibility.returnWarehouse(7, shipped));
        assertEquals(Optional.of(3L), ReturnEligibility.returnWarehouse(8, shipped));
        assertEquals(Optional.empty(), ReturnEligibility.returnWarehouse(9, shipped));
    }

    @Test
    void onATieTheParcelGoesToTheFirstWarehouse() {
        assertEquals(Optional.of(4L),
                ReturnEligibility.returnWarehouse(7, List.of(new Shipped(7, 5, 3), new Shipped(7, 4, 3))));
    }
}
