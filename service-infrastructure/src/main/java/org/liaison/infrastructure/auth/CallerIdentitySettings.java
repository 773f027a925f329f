package org.liaison.infrastructure.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** How a token names its bearer (docs/identity.md). */
@ConfigMapping(prefix = "liaison.identity")
public interface CallerIdentitySettings {

    /** The claim holding the person's email address, matched to a councillor's or officer's email. */
    @WithDefault("email")
    String emailClaim();

    /**
     * A claim that holds the person's Liaison directory id, for a provider configured to carry it. When a token has it,
     * it names the caller as is, without an email lookup.
     */
    Optional<String> directoryIdClaim();

    /**
     * Client ids of service accounts (e.g. an import job), matched to the token's {@code azp} or {@code client_id}
     * claim; they act under their client id and their roles, not as a person of the directory.
     */
    Optional<List<String>> serviceAccounts();
}
