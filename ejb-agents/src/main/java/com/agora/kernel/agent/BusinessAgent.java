package com.agora.kernel.agent;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the boundary bean that implements an agent. The agent registry counts an agent as implemented only
 * when such a bean is deployed, so health and the system API never claim an agent that does not exist.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BusinessAgent {
    Agent value();
}
