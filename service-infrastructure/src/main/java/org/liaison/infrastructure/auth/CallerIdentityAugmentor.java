package org.liaison.infrastructure.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every service knows the caller by the same name, their directory id, whatever the provider calls them: the principal
 * of a verified token is replaced by the outcome of {@link CallerResolution}. A refusal is kept on the identity for
 * {@link CallerRefusals}, which answers it with 403.
 */
@ApplicationScoped
public class CallerIdentityAugmentor implements SecurityIdentityAugmentor {

    static final String REFUSAL = "liaison.caller.refusal";
    static final String SIDE = "liaison.caller.side";

    private final CallerIdentitySettings settings;
    private final DirectoryPeople people;

    CallerIdentityAugmentor(CallerIdentitySettings settings, DirectoryPeople people) {
        this.settings = settings;
        this.people = people;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            CallerResolution.Outcome outcome = CallerResolution.resolve(settings, name -> stringClaim(token, name), people);
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
            if (outcome.isRefused()) {
                builder.addAttribute(REFUSAL, outcome.refusal());
            } else {
                builder.setPrincipal(new QuarkusPrincipal(outcome.name()));
                outcome.side().ifPresent(side -> builder.addAttribute(SIDE, side));
            }
            return builder.build();
        });
    }

    private static String stringClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
    }
}
