package com.agora.events;

/**
 * Whom to write to about an order: the customer's e-mail and name as the order recorded them when it was placed.
 * The order's events carry it, so the agents that write to the customer ask the Customer agent nothing.
 */
public record CustomerContact(String email, String name) {
}
