package com.agora.customercommunication.entity;

/** Whether the SMTP server accepted a customer message. */
public enum MessageStatus {
    SENT,
    FAILED
}
