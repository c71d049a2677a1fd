package com.agora.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR this build produced, deployed as it is, so the tests exercise exactly what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive platform() {
        File ear = new File(System.getProperty("agora.ear", "../ear/target/agora.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "agora.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * A separate probe application for tests that run inside the server: it reaches the platform the way a
     * broken peer or a redelivering broker would, through the server's queues and database, and the API.
     */
    public static WebArchive probe(Class<?>... testClasses) {
        return ShrinkWrap.create(WebArchive.class, "agora-probe.war")
                .addClasses(testClasses)
                .addClasses(ApiClient.class, ApiClient.Reply.class, Eventually.class, InServer.class)
                .addClasses(DeliveredOrders.class, DeliveredOrders.Database.class, DeliveredOrders.Purchase.class)
                .addPackages(false, "com.agora.events", "com.agora.kernel.json")
                .addClasses(com.agora.kernel.event.EventCodec.class, com.agora.kernel.event.ReceivedEvent.class,
                        com.agora.kernel.event.UnreadableEventException.class, com.agora.kernel.agent.Agent.class)
                // The events name the persistence module's postal address, which the probe reads as stored.
                .addClasses(com.agora.persistence.PostalAddress.class,
                        com.agora.persistence.PostalAddressConverter.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }
}
