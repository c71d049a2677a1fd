package com.agora.console.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    public record Price(String currency, BigDecimal amount) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = new BareContext();

        Object amount = resolver.getValue(context, new Price("USD", new BigDecimal("9.90")), "amount");

        assertEquals(new BigDecimal("9.90"), amount);
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = new BareContext();

        assertNull(resolver.getValue(context, new Price("USD", BigDecimal.ONE), "getClass"));
        assertNull(resolver.getValue(context, "a string", "length"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = new BareContext();
        Price price = new Price("USD", BigDecimal.ONE);

        assertTrue(resolver.isReadOnly(context, price, "currency"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context, price, "currency", "EUR"));
    }

    /** Just enough of an EL context to record whether a resolver claimed the property. */
    static class BareContext extends ELContext {

        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
