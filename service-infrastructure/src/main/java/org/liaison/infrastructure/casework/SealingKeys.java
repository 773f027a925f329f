package org.liaison.infrastructure.casework;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.events.seal.CaseworkSeal;

/**
 * The casework seal's keys from configuration: {@code liaison.casework.seal.public-key} (enquiry-service seals with
 * it; env {@code LIAISON_CASEWORK_SEAL_PUBLIC_KEY}) and {@code liaison.casework.seal.private-keys} (the hub alone opens
 * with them, newest first, old ones kept while their events drain; env {@code LIAISON_CASEWORK_SEAL_PRIVATE_KEYS}),
 * each PEM. docs/security.md says how to make and rotate them.
 */
@ApplicationScoped
public class SealingKeys {

    static final String PUBLIC_KEY = "liaison.casework.seal.public-key";
    static final String PRIVATE_KEYS = "liaison.casework.seal.private-keys";

    private final Optional<String> publicKey;
    private final Optional<List<String>> privateKeys;
    private volatile CaseworkSeal.Sealer sealer;
    private volatile CaseworkSeal.Opener opener;

    SealingKeys(@ConfigProperty(name = PUBLIC_KEY) Optional<String> publicKey,
            @ConfigProperty(name = PRIVATE_KEYS) Optional<List<String>> privateKeys) {
        this.publicKey = publicKey;
        this.privateKeys = privateKeys;
    }

    /** The sealer; a service that seals calls this at start, so a missing or bad key stops it there. */
    public CaseworkSeal.Sealer sealer() {
        CaseworkSeal.Sealer current = sealer;
        if (current == null) {
            String pem = publicKey.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(PUBLIC_KEY
                    + " is not set: enquiry-service seals every reply for the email hub with the hub's public key "
                    + "(PEM; see docs/security.md, \"Casework on Kafka\")"));
            try {
                current = sealer = CaseworkSeal.sealer(pem);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PUBLIC_KEY + ": " + e.getMessage(), e);
            }
        }
        return current;
    }

    /** The opener; the hub calls this at start, so a missing or bad key stops it there. */
    public CaseworkSeal.Opener opener() {
        CaseworkSeal.Opener current = opener;
        if (current == null) {
            List<String> pems = privateKeys.orElse(List.of()).stream().filter(s -> !s.isBlank()).toList();
            if (pems.isEmpty()) {
                throw new IllegalStateException(PRIVATE_KEYS + " is not set: the email hub opens the replies "
                        + "enquiry-service seals for it with its private key (PEM; see docs/security.md, \"Casework on Kafka\")");
            }
            try {
                current = opener = CaseworkSeal.opener(pems);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PRIVATE_KEYS + ": " + e.getMessage(), e);
            }
        }
        return current;
    }
}
