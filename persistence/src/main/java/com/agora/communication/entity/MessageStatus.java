package com.agora.communication.entity;

/** Whether the SMTP server accepted a customer message. */
public enum MessageStatus {
    SENT,
    FAILED
}
