/**
 * The Customer agent, so far only its read-only {@link com.agora.customer.boundary.CustomerFacts}: whether a
 * customer exists, its addresses and contact details, and whom a list's search text names, for any agent. It has no
 * queue and no events yet, and the agent registry lists it as not built.
 */
package com.agora.customer;
