/**
 * The Infrastructure agent: the platform overview for the consoles, live figures read straight from the database,
 * and the state of every agent from the kernel's registry. Listens to nothing, publishes nothing, asks no agent.
 */
package com.agora.infrastructure;
