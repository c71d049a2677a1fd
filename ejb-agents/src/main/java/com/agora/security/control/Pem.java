package com.agora.security.control;

import java.util.Base64;

/**
 * The DER bytes inside a PEM block. Nimbus reads PEM keys only with Bouncy Castle on the class path, which the
 * platform does not otherwise need; the JDK's key factories take the DER bytes directly.
 */
final class Pem {

    private Pem() {
    }

    static byte[] decode(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
