package org.liaison.infrastructure.auth;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * In production a service trusts only the council's OpenID Connect provider: its issuer on a host that is not this
 * machine, an audience naming Liaison, and keys from the provider's JWKS. The suite's own dev/test provider,
 * a missing audience or a key from a file would let anyone holding the repository mint tokens, so a service in the
 * prod profile refuses to start with them, naming the setting to fix.
 */
public final class ProductionIdentitySettings {

    /** Settings that would make a service verify tokens with a key it was given instead of the provider's JWKS. */
    public static final List<String> LOCAL_KEY_SETTINGS = List.of("quarkus.oidc.public-key", "quarkus.oidc.jwks-path",
            "quarkus.oidc.certificate-chain.trust-store-file", "mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location",
            "smallrye.jwt.verify.key.location");

    private ProductionIdentitySettings() {
    }

    /**
     * What is wrong with these settings for production, one sentence per setting; empty when they are fine.
     *
     * @param keySettings the values of {@link #LOCAL_KEY_SETTINGS} that are set
     */
    public static List<String> problems(Optional<String> issuer, List<String> audience, Map<String, String> keySettings) {
        List<String> problems = new ArrayList<>();
        if (issuer.isEmpty() || issuer.get().isBlank()) {
            problems.add("LIAISON_OIDC_ISSUER (quarkus.oidc.auth-server-url) is not set: set it to the council's OpenID "
                    + "Connect issuer, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 (docs/identity.md).");
        } else if (isLocal(issuer.get())) {
            problems.add("LIAISON_OIDC_ISSUER (quarkus.oidc.auth-server-url) is " + issuer.get() + ", a local or dev "
                    + "issuer: set it to the council's OpenID Connect issuer (docs/identity.md).");
        }
        if (audience.stream().allMatch(String::isBlank)) {
            problems.add("LIAISON_OIDC_AUDIENCE (quarkus.oidc.token.audience) is not set: set it to the client id or "
                    + "application id URI the council's provider puts in Liaison's tokens (the aud claim).");
        }
        keySettings.forEach((setting, value) -> problems.add(setting + " is set (" + value + "): production verifies "
                + "tokens only with the keys the provider publishes at its JWKS address; remove this setting."));
        return problems;
    }

    static boolean isLocal(String issuer) {
        URI uri;
        try {
            uri = URI.create(issuer.trim());
        } catch (IllegalArgumentException e) {
            return true;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.isEmpty()
                || host.equals("localhost") || host.endsWith(".localhost")
                || host.startsWith("127.") || host.equals("0.0.0.0") || host.equals("[::1]") || host.equals("::1")
                || host.endsWith(".local") || host.endsWith(".dev.example") || host.equals("liaison.dev");
    }
}
