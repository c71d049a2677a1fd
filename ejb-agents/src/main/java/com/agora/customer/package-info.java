/**
 * The customer directory: read-only answers about customers (existence, addresses, contact details) for any agent.
 * Not an agent of its own yet: it has no queue and no events, so agents call it directly, like the Facts of an
 * agent. When the Customer agent arrives, it becomes that agent's Facts.
 */
package com.agora.customer;
