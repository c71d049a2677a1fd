package com.agora.kernel.transaction;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Keeps a transaction's {@link PerTransaction} instances among the transaction's resources in the registry, and
 * destroys them when it completes. The registry is the server's one instance; it is looked up once, on first use
 * from an application thread, where the JNDI name resolves.
 */
final class PerTransactionContext implements AlterableContext {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    /** The key of the transaction's instances among its resources: this context's own, so no one else's. */
    private final Object instancesKey = new Object();
    private volatile TransactionSynchronizationRegistry registry;

    @Override
    public Class<? extends Annotation> getScope() {
        return PerTransaction.class;
    }

    /** While a transaction is associated with the thread, until it has completed. */
    @Override
    public boolean isActive() {
        int status = registry().getTransactionStatus();
        return status != Status.STATUS_NO_TRANSACTION && status != Status.STATUS_COMMITTED
                && status != Status.STATUS_ROLLEDBACK;
    }

    @Override
    public <T> T get(Contextual<T> bean, CreationalContext<T> creation) {
        Instances instances = instances(true);
        T existing = instances.get(bean);
        if (existing != null) {
            return existing;
        }
        T created = bean.create(creation);
        instances.put(bean, created, creation);
        return created;
    }

    @Override
    public <T> T get(Contextual<T> bean) {
        Instances instances = instances(false);
        return instances == null ? null : instances.get(bean);
    }

    @Override
    public void destroy(Contextual<?> bean) {
        Instances instances = instances(false);
        if (instances != null) {
            instances.destroy(bean);
        }
    }

    private Instances instances(boolean creating) {
        if (!isActive()) {
            throw new ContextNotActiveException("@PerTransaction needs an active transaction");
        }
        TransactionSynchronizationRegistry transactions = registry();
        Instances instances = (Instances) transactions.getResource(instancesKey);
        if (instances == null && creating) {
            instances = new Instances();
            transactions.putResource(instancesKey, instances);
            transactions.registerInterposedSynchronization(instances);
        }
        return instances;
    }

    private TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
            } catch (NamingException e) {
                throw new IllegalStateException("no transaction registry at " + REGISTRY, e);
            }
            registry = found;
        }
        return found;
    }

    /** One transaction's instances; used by the transaction's thread alone. */
    private static final class Instances implements Synchronization {

        private record Instance<T>(Contextual<T> bean, T value, CreationalContext<T> creation) {

            void destroy() {
                bean.destroy(value, creation);
            }
        }

        private final Map<Contextual<?>, Instance<?>> byBean = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(Contextual<T> bean) {
            Instance<?> instance = byBean.get(bean);
            return instance == null ? null : (T) instance.value();
        }

        <T> void put(Contextual<T> bean, T value, CreationalContext<T> creation) {
            byBean.put(bean, new Instance<>(bean, value, creation));
        }

        void destroy(Contextual<?> bean) {
            Instance<?> instance = byBean.remove(bean);
            if (instance != null) {
                instance.destroy();
            }
        }

        @Override
        public void beforeCompletion() {
            // Instances live until the transaction has completed: a before-completion step may still use them.
        }

        @Override
        public void afterCompletion(int status) {
            byBean.values().forEach(Instance::destroy);
            byBean.clear();
        }
    }
}
