package org.liaison.embedded.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.liaison.events.seal.CaseworkSeal;

/**
 * TEST-ONLY casework seal keys for a {@code @QuarkusTest}: one key pair made for this JVM (never written anywhere),
 * its public half for enquiry-service and its private half for the hub, so a test can seal a reply as enquiry-service
 * would ({@link #sealer()}) and the hub opens it.
 */
public class CaseworkSealTestResource implements QuarkusTestResourceLifecycleManager {

    private static final CaseworkSeal.Pem KEYS = CaseworkSeal.generate();

    public static CaseworkSeal.Sealer sealer() {
        return CaseworkSeal.sealer(KEYS.publicKey());
    }

    public static CaseworkSeal.Opener opener() {
        return CaseworkSeal.opener(java.util.List.of(KEYS.privateKey()));
    }

    @Override
    public Map<String, String> start() {
        return Map.of("liaison.casework.seal.public-key", KEYS.publicKey(),
                "liaison.casework.seal.private-keys", KEYS.privateKey());
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
