package com.agora.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
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

    /** The platform plus a test web module, for tests that run inside the server next to the agents. */
    public static EnterpriseArchive platformWithInContainerTest(Class<?>... testClasses) {
        WebArchive test = ShrinkWrap.create(WebArchive.class, "test.war")
                .addClasses(testClasses)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return platform().addAsModule(Testable.archiveToTest(test));
    }
}
