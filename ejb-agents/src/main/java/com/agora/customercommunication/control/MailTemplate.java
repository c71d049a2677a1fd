package com.agora.customercommunication.control;

import com.agora.events.OrderCancelled;

/** The e-mails the platform sends customers; each is a text file {@code mail/<code>.txt} on the class path. */
public enum MailTemplate {
    ORDER_CONFIRMED("order-confirmed"),
    PAYMENT_FAILED("payment-failed"),
    FRAUD_REJECTED("fraud-rejected"),
    ORDER_CANCELLED("order-cancelled"),
    ORDER_SHIPPED("order-shipped"),
    ORDER_DELIVERED("order-delivered"),
    PAYMENT_REFUNDED("payment-refunded");

    private final String code;

    MailTemplate(String code) {
        this.code = code;
    }

    /** The name stored with every message and the template file's base name. */
    public String code() {
        return code;
    }

    /** The template a logged message was written from, by the code stored with it. */
    public static MailTemplate ofCode(String code) {
        for (MailTemplate template : values()) {
            if (template.code.equals(code)) {
                return template;
            }
        }
        throw new IllegalArgumentException("no mail template " + code);
    }

    String resource() {
        return "mail/" + code + ".txt";
    }

    /** A cancelled order is explained by why it was cancelled. */
    public static MailTemplate forCancellation(OrderCancelled.Outcome outcome) {
        return switch (outcome) {
            case PAYMENT_FAILED -> PAYMENT_FAILED;
            case FRAUD_REJECTED -> FRAUD_REJECTED;
            case CANCELLED -> ORDER_CANCELLED;
        };
    }
}
