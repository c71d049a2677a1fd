package com.agora.kernel.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the schema this build expects, at deploy time and before any agent works: the
 * versioned migrations from sql/migration, plus the demo data from sql/demo when the domain asks for it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/agora")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "agora.demo-data.enabled", defaultValue = "false")
    boolean demoData;

    // A singleton's lifecycle callback ignores the class-level attribute and runs in a container transaction;
    // Flyway commits itself, which PostgreSQL's XA connections refuse inside a global transaction.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied" + (demoData ? " (with demo data)" : ""));
    }
}
