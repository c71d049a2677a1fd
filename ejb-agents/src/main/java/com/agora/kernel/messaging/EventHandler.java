package com.agora.kernel.messaging;

import com.agora.kernel.event.ReceivedEvent;

@FunctionalInterface
public interface EventHandler {

    void handle(ReceivedEvent event);
}
