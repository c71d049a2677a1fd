package com.agora.kernel.transaction;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/** Gives the {@link PerTransaction} scope its context. */
public class PerTransactionExtension implements Extension {

    void addContext(@Observes AfterBeanDiscovery discovery) {
        discovery.addContext(new PerTransactionContext());
    }
}
