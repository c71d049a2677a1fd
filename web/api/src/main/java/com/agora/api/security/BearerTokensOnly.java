package com.agora.api.security;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Takes the container's authentication module off the API, which authenticates every call from its bearer token
 * ({@link BearerTokenFilter}) and nothing else. Jakarta Security registers its module for every web module of the
 * application as soon as one of them (the console) declares an authentication mechanism; in the API it found no
 * mechanism of its own and let every request through, after a bean lookup and the realm's round of checks that
 * took about a tenth of the CPU of placing an order. It is removed once the module is registered, when the API
 * starts.
 */
@WebListener
public class BearerTokensOnly implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent started) {
        AuthConfigFactory.getFactory().removeServerAuthModule(started.getServletContext());
    }
}
