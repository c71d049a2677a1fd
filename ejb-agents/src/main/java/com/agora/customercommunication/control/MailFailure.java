package com.agora.customercommunication.control;

/** The SMTP server did not take a message; {@link #isTransient()} says whether trying later may help. */
public class MailFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    public MailFailure(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    /** A server that is down or slow may answer later; a recipient it refuses will be refused again. */
    public boolean isTransient() {
        return transientFailure;
    }
}
