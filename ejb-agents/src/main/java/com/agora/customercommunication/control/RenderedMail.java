package com.agora.customercommunication.control;

/** A template filled in for one customer: ready to send. */
public record RenderedMail(MailTemplate template, String subject, String body) {
}
