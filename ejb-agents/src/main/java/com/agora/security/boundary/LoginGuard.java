package com.agora.security.boundary;

import com.agora.security.control.LoginThrottlePolicy;
import com.agora.security.control.LoginThrottlePolicy.State;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute-force protection for signing in, shared by the API's token endpoint and the console's login form. Failed
 * attempts are counted per account and per client address ({@link LoginThrottlePolicy}); a locked account or
 * address is refused without looking at the password, so the right password does not get in during a lock either.
 * Every attempt is recorded in {@code login_attempts}. Each method is its own transaction, so a failure is counted
 * even though the sign-in it belongs to fails.
 */
@Stateless
public class LoginGuard {

    public enum Channel {
        API, CONSOLE
    }

    public enum SubjectKind {
        ACCOUNT, ADDRESS
    }

    /** A lock in force, for the admins who may lift it. */
    public record LoginLock(String kind, String subject, int failures, Instant lockedUntil) {
    }

    /** Longest username the accounts table holds; longer input is counted under its first 100 characters. */
    private static final int MAX_SUBJECT = 100;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "agora.login.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "agora.login.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "agora.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "agora.login.lock-seconds", defaultValue = "900")
    long lockSeconds;

    @Inject
    @ConfigProperty(name = "agora.login.first-delay-ms", defaultValue = "250")
    long firstDelayMs;

    @Inject
    @ConfigProperty(name = "agora.login.max-delay-ms", defaultValue = "2000")
    long maxDelayMs;

    Clock clock = Clock.systemUTC();

    private LoginThrottlePolicy accounts;
    private LoginThrottlePolicy addresses;

    @PostConstruct
    void policies() {
        accounts = policy(accountFailures);
        addresses = policy(addressFailures);
    }

    private LoginThrottlePolicy policy(int limit) {
        return new LoginThrottlePolicy(limit, Duration.ofSeconds(windowSeconds), Duration.ofSeconds(lockSeconds),
                Duration.ofMillis(firstDelayMs), Duration.ofMillis(maxDelayMs));
    }

    /**
     * How much longer the account or the client address stays locked, if either is; such an attempt is recorded
     * as throttled and must be refused unchecked.
     */
    public Optional<Duration> lockedFor(String username, String address, Channel channel) {
        Instant now = clock.instant();
        Instant until = later(state(SubjectKind.ACCOUNT, account(username), false),
                state(SubjectKind.ADDRESS, address(address), false), now);
        if (until == null) {
            return Optional.empty();
        }
        record(username, address, channel, "throttled");
        return Optional.of(Duration.between(now, until));
    }

    /** Counts a wrong password against the account and the address; answers how long to hold the answer back. */
    public Duration failed(String username, String address, Channel channel) {
        record(username, address, channel, "failure");
        Instant now = clock.instant();
        State account = accounts.afterFailure(state(SubjectKind.ACCOUNT, account(username), true), now);
        save(SubjectKind.ACCOUNT, account(username), account);
        save(SubjectKind.ADDRESS, address(address),
                addresses.afterFailure(state(SubjectKind.ADDRESS, address(address), true), now));
        return accounts.delayAfter(account.failures());
    }

    /** A successful sign-in clears the account's failures (not the address's: one good account must not reset them). */
    public void succeeded(String username, String address, Channel channel) {
        record(username, address, channel, "success");
        em.createNativeQuery("delete from login_throttles where subject_kind = ?1 and subject = ?2")
                .setParameter(1, code(SubjectKind.ACCOUNT))
                .setParameter(2, account(username))
                .executeUpdate();
    }

    public List<LoginLock> locks() {
        List<?> rows = em.createNativeQuery("select subject_kind, subject, failures, locked_until from login_throttles"
                        + " where locked_until > ?1 order by locked_until desc, subject_kind, subject")
                .setParameter(1, Timestamp.from(clock.instant()))
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new LoginLock((String) r[0], (String) r[1], ((Number) r[2]).intValue(), instant(r[3])))
                .toList();
    }

    /**
     * Lifts the lock of an account or an address, if any, and forgets its failures, so the next wrong password
     * starts a fresh count; false when nothing was counted against it.
     */
    public boolean lift(SubjectKind kind, String subject) {
        String key = kind == SubjectKind.ACCOUNT ? account(subject) : address(subject);
        return em.createNativeQuery("delete from login_throttles where subject_kind = ?1 and subject = ?2"
                        + " and failures > 0")
                .setParameter(1, code(kind))
                .setParameter(2, key)
                .executeUpdate() > 0;
    }

    private State state(SubjectKind kind, String subject, boolean forUpdate) {
        if (forUpdate) {
            // The row must exist to be locked; two first failures at once then wait for each other.
            em.createNativeQuery("insert into login_throttles (subject_kind, subject, failures, window_started_at)"
                            + " values (?1, ?2, 0, ?3) on conflict do nothing")
                    .setParameter(1, code(kind))
                    .setParameter(2, subject)
                    .setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
        }
        List<?> rows = em.createNativeQuery("select failures, window_started_at, locked_until from login_throttles"
                        + " where subject_kind = ?1 and subject = ?2" + (forUpdate ? " for update" : ""))
                .setParameter(1, code(kind))
                .setParameter(2, subject)
                .getResultList();
        if (rows.isEmpty()) {
            return State.CLEAN;
        }
        Object[] row = (Object[]) rows.get(0);
        int failures = ((Number) row[0]).intValue();
        return new State(failures, failures == 0 ? null : instant(row[1]), instant(row[2]));
    }

    private void save(SubjectKind kind, String subject, State state) {
        em.createNativeQuery("update login_throttles set failures = ?3, window_started_at = ?4, locked_until = ?5"
                        + " where subject_kind = ?1 and subject = ?2")
                .setParameter(1, code(kind))
                .setParameter(2, subject)
                .setParameter(3, state.failures())
                .setParameter(4, Timestamp.from(state.windowStartedAt()))
                .setParameter(5, state.lockedUntil() == null ? null : Timestamp.from(state.lockedUntil()))
                .executeUpdate();
    }

    private void record(String username, String address, Channel channel, String outcome) {
        em.createNativeQuery("insert into login_attempts (username, client_address, channel, outcome)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, truncated(username))
                .setParameter(2, address(address))
                .setParameter(3, channel.name().toLowerCase(Locale.ROOT))
                .setParameter(4, outcome)
                .executeUpdate();
    }

    private static Instant later(State account, State address, Instant now) {
        Instant a = account.lockedAt(now) ? account.lockedUntil() : null;
        Instant b = address.lockedAt(now) ? address.lockedUntil() : null;
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    /** Usernames are matched as typed by the account table, but counted case-blind so "Admin" adds to "admin". */
    private static String account(String username) {
        return truncated(username).toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "unknown" : truncated(address);
    }

    private static String truncated(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > MAX_SUBJECT ? text.substring(0, MAX_SUBJECT) : text;
    }

    private static String code(SubjectKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time.toInstant() : ((Timestamp) value).toInstant();
    }
}
