package com.agora.kernel.idempotency;

import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.persistence.KernelRows;
import com.agora.kernel.persistence.KernelRows.KeyClaim;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Remembers which resource an {@code Idempotency-Key} created, per caller, inside the creating transaction, so the
 * same key never creates two resources. Two ways: {@link #claim} first, with a transaction-scoped advisory lock on
 * the key that makes a concurrent retry wait for the first attempt and then find its result, and {@link #remember}
 * once the resource exists; or, for a resource whose id is known before it is written, {@link #recordOrFind} at the
 * end, written with the step's other kernel rows ({@link KernelRows}) in one statement, where the first way takes
 * three.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IdempotencyKeys {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    KernelRows rows;

    /**
     * Locks the key for the rest of the transaction and returns the resource it created before, if any.
     *
     * @throws DomainProblem (422) when the key was used before for a different request
     */
    public Optional<Long> claim(String caller, String key, String resourceType, String requestFingerprint) {
        validate(key);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getSingleResult();
        return recorded(caller, key, resourceType, requestFingerprint);
    }

    /**
     * Records in the creating transaction that the key created {@code resourceId}, in one statement with the rows
     * the step's kernel holds (its events and timeline entries, see {@link KernelRows#holdUntilWritten()}), unless a
     * request recorded the key before: then returns what that one created. A concurrent first attempt is waited for,
     * as its uncommitted record holds the key, and its resource is returned once it committed.
     *
     * @return empty when this request recorded the key; otherwise the earlier request's resource, and the caller then
     *         rolls back what it wrote (after reading what it answers with: a transaction marked for rollback refuses
     *         calls of other beans)
     * @throws DomainProblem (422) when the key was used before for a different request
     */
    public Optional<Long> recordOrFind(String caller, String key, String resourceType, String requestFingerprint,
            long resourceId) {
        validate(key);
        if (rows.writeHeldClaiming(new KeyClaim(caller, key, requestFingerprint, resourceType, resourceId))) {
            return Optional.empty();
        }
        return Optional.of(recorded(caller, key, resourceType, requestFingerprint).orElseThrow(
                () -> new IllegalStateException("Idempotency-Key " + key + " is recorded and cannot be read")));
    }

    /**
     * What the key created, when a request recorded it before.
     *
     * @throws DomainProblem (422) when the key was used before for a different request
     */
    public Optional<Long> find(String caller, String key, String resourceType, String requestFingerprint) {
        validate(key);
        return recorded(caller, key, resourceType, requestFingerprint);
    }

    private Optional<Long> recorded(String caller, String key, String resourceType, String requestFingerprint) {
        List<?> rows = em.createNativeQuery("select request_hash, resource_type, resource_id from idempotency_keys "
                        + "where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!requestFingerprint.equals(row[0]) || !resourceType.equals(row[1])) {
            throw DomainProblem.unprocessable(
                    "Idempotency-Key " + key + " was already used for a different request");
        }
        return Optional.of(((Number) row[2]).longValue());
    }

    public void remember(String caller, String key, String resourceType, String requestFingerprint, long resourceId) {
        em.createNativeQuery("insert into idempotency_keys"
                        + " (caller, idempotency_key, request_hash, resource_type, resource_id)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, requestFingerprint)
                .setParameter(4, resourceType)
                .setParameter(5, resourceId)
                .executeUpdate();
    }

    /**
     * What the keys compare to tell a retry from a different request under the same key: a SHA-256 of the request's
     * fields in a fixed order (absent fields count as empty).
     */
    public static String fingerprint(Object... fields) {
        String canonical = Stream.of(fields).map(f -> Objects.toString(f, "")).collect(Collectors.joining("|"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws DomainProblem (400) when the key is blank or longer than 200 characters */
    public static void validate(String key) {
        if (key.isBlank() || key.length() > 200) {
            throw DomainProblem.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
    }
}
