package com.agora.kernel.event;

/** A message that no retry can fix: it goes straight to the dead letters. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }
}
