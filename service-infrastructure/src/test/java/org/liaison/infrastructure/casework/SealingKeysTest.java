package org.liaison.infrastructure.casework;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.events.seal.CaseworkSeal;

/** The seal's keys from configuration: a missing or wrong key stops the service with the setting named. */
class SealingKeysTest {

    private static final CaseworkSeal.Pem HUB = CaseworkSeal.generate();

    @Test
    void a_missing_or_wrong_key_stops_the_service_with_the_setting_named() {
        IllegalStateException noKey = assertThrows(IllegalStateException.class,
                () -> new SealingKeys(java.util.Optional.empty(), java.util.Optional.empty()).sealer());
        assertTrue(noKey.getMessage().startsWith("liaison.casework.seal.public-key is not set"), noKey.getMessage());
        IllegalStateException privateGiven = assertThrows(IllegalStateException.class,
                () -> new SealingKeys(java.util.Optional.of(HUB.privateKey()), java.util.Optional.empty()).sealer());
        assertTrue(privateGiven.getMessage().contains("BEGIN PUBLIC KEY"), privateGiven.getMessage());
        IllegalStateException noPrivate = assertThrows(IllegalStateException.class,
                () -> new SealingKeys(java.util.Optional.empty(), java.util.Optional.of(List.of(" "))).opener());
        assertTrue(noPrivate.getMessage().startsWith("liaison.casework.seal.private-keys is not set"), noPrivate.getMessage());
        assertFalse(HUB.toString().contains("PRIVATE"), "a key pair never prints its private half");
    }
}
