package com.agora.customercommunication.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The SMTP server could not take a message for now. Thrown out of the event handler so the transaction rolls back
 * and the kernel delivers the event again after its back-off; an application exception, so the container neither
 * logs it as a system failure nor discards the bean.
 */
@ApplicationException(rollback = true)
public class MailDeferred extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailDeferred(String message) {
        super(message);
    }
}
