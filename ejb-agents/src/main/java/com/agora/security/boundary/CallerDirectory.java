package com.agora.security.boundary;

import com.agora.kernel.security.Caller;
import com.agora.security.entity.Role;
import com.agora.security.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Optional;

/** Resolves accounts to callers: their role and the merchant or customer they act for. */
@Stateless
public class CallerDirectory {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** The same PBKDF2 check the console's database identity store makes, so both accept the same hashes. */
    @Inject
    Pbkdf2PasswordHash passwordHash;

    public Optional<Caller> authenticate(String username, char[] password) {
        Optional<UserAccount> account = activeAccount(username);
        if (account.isEmpty() || !passwordHash.verify(password, account.get().getPasswordHash())) {
            return Optional.empty();
        }
        return Optional.of(callerFor(account.get()));
    }

    public Optional<Caller> resolve(String username) {
        return activeAccount(username).map(this::callerFor);
    }

    private Optional<UserAccount> activeAccount(String username) {
        List<UserAccount> found = em.createQuery(
                        "select u from UserAccount u where u.username = :name and u.active = true", UserAccount.class)
                .setParameter("name", username)
                .getResultList();
        return found.stream().findFirst();
    }

    private Caller callerFor(UserAccount account) {
        Long merchantId = account.getRole() == Role.MERCHANT ? idOwnedBy("merchants", account.getId()) : null;
        Long customerId = account.getRole() == Role.CUSTOMER ? idOwnedBy("customers", account.getId()) : null;
        return new Caller(account.getUsername(), account.getRole(), merchantId, customerId);
    }

    private Long idOwnedBy(String table, long userId) {
        List<?> ids = em.createNativeQuery("select id from " + table + " where user_id = ?1")
                .setParameter(1, userId)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }
}
