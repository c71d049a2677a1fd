package com.agora.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * How people sign in to the console: our own login page, checked against the platform's user accounts through the
 * server's datasource. The stored hashes carry their own algorithm, iterations and salt (the format the API's token
 * endpoint checks too), so one password works for both and no hash parameters need configuring here.
 * Only admin and merchant accounts are looked up at all, so customers and machine clients cannot sign in here.
 * Payara maps each group to the role of the same name (default principal-to-role mapping), so the groups
 * query returns the role names that web.xml constrains on.
 */
@ApplicationScoped
@DeclareRoles({ConsoleSecurity.ADMIN, ConsoleSecurity.MERCHANT})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/agora",
        callerQuery = "select password_hash from users where username = ? and is_active"
                + " and role in ('" + ConsoleSecurity.ADMIN + "', '" + ConsoleSecurity.MERCHANT + "')",
        groupsQuery = "select role from users where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class ConsoleSecurity {

    public static final String ADMIN = "admin";
    public static final String MERCHANT = "merchant";
}
