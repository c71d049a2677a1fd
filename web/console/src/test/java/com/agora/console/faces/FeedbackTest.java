package com.agora.console.faces;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.kernel.error.DomainProblem;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class FeedbackTest {

    @Test
    void findsTheRefusalInsideWhatTheContainerWrappedAroundIt() {
        DomainProblem refusal = DomainProblem.conflict("product 7 is archived and can no longer change");

        assertSame(refusal, Feedback.refusalIn(new EJBException(refusal)).orElseThrow());
        assertSame(refusal, Feedback.refusalIn(new IllegalStateException(new EJBException(refusal))).orElseThrow());
    }

    @Test
    void anythingElseIsNoRefusal() {
        assertTrue(Feedback.refusalIn(new EJBException(new IllegalStateException("pool exhausted"))).isEmpty());
    }
}
