package com.agora.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiDocumentTest {

    @Test
    void anOperationIdIsMadeUniqueByTheNounsOfItsPath() {
        assertEquals("OrdersDocuments", ApiDocument.nouns("/v1/orders/{orderId}/documents"));
        assertEquals("SystemDeadLetters", ApiDocument.nouns("/v1/system/dead-letters"));
    }
}
