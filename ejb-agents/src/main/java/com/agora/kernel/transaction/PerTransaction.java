package com.agora.kernel.transaction;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.NormalScope;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * One instance per transaction, dropped when the transaction ends: what {@code jakarta.transaction.TransactionScoped}
 * means, without its cost in Payara, whose context looks the transaction registry up in JNDI, a new
 * {@code InitialContext} each time, on every call through the bean's proxy. Under load that was 6% of the server's
 * CPU for the kernel's {@code UpFrontReads} and the mail agent's round alone; {@link PerTransactionContext} looks
 * the registry up once.
 */
@NormalScope(passivating = false)
@Documented
@Inherited
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD})
public @interface PerTransaction {
}
