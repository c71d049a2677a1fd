package com.agora.customercommunication.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link MessageStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class MessageStatusConverter extends LowercaseEnumConverter<MessageStatus>
        implements AttributeConverter<MessageStatus, String> {

    public MessageStatusConverter() {
        super(MessageStatus.class);
    }
}
