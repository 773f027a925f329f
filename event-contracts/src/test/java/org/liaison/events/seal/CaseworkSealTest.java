package org.liaison.events.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Casework text sealed for the hub alone: only its private key opens it, for the enquiry it was sealed for. */
class CaseworkSealTest {

    private static final CaseworkSeal.Pem HUB = CaseworkSeal.generate();
    private static final CaseworkSeal.Pem OTHER = CaseworkSeal.generate();
    private static final String REPLY = "Mrs Patel's housing benefit claim was reassessed on 3 March; arrears of £412 "
            + "will be paid this week.";

    @Test
    void the_sealed_text_does_not_contain_the_reply_and_the_hubs_key_opens_it() {
        String sealed = CaseworkSeal.sealer(HUB.publicKey()).seal(REPLY, "enquiry-1");
        assertFalse(sealed.contains("Patel"), sealed);
        assertFalse(new String(Base64.getUrlDecoder().decode(sealed.split("\\.")[0]), StandardCharsets.UTF_8).contains("Patel"));
        assertEquals(5, sealed.split("\\.", -1).length, "JWE compact serialisation");
        assertEquals(REPLY, CaseworkSeal.opener(List.of(HUB.privateKey())).open(sealed, "enquiry-1"));
    }

    @Test
    void two_seals_of_the_same_text_differ() {
        CaseworkSeal.Sealer sealer = CaseworkSeal.sealer(HUB.publicKey());
        assertFalse(sealer.seal(REPLY, "enquiry-1").equals(sealer.seal(REPLY, "enquiry-1")));
    }

    @Test
    void another_key_cannot_open_it_and_says_which_key_it_needs() {
        String sealed = CaseworkSeal.sealer(HUB.publicKey()).seal(REPLY, "enquiry-1");
        CaseworkSeal.UnreadableSeal refused = assertThrows(CaseworkSeal.UnreadableSeal.class,
                () -> CaseworkSeal.opener(List.of(OTHER.privateKey())).open(sealed, "enquiry-1"));
        assertTrue(refused.getMessage().contains(CaseworkSeal.sealer(HUB.publicKey()).keyId()), refused.getMessage());
    }

    @Test
    void a_rotated_hub_opens_what_either_its_old_or_its_new_key_sealed() {
        CaseworkSeal.Opener hub = CaseworkSeal.opener(List.of(OTHER.privateKey(), HUB.privateKey()));
        assertEquals(REPLY, hub.open(CaseworkSeal.sealer(HUB.publicKey()).seal(REPLY, "e"), "e"));
        assertEquals("new", hub.open(CaseworkSeal.sealer(OTHER.publicKey()).seal("new", "e"), "e"));
        assertEquals(2, hub.keyIds().size());
    }

    @Test
    void a_body_moved_to_another_enquirys_event_is_refused() {
        String sealed = CaseworkSeal.sealer(HUB.publicKey()).seal(REPLY, "enquiry-1");
        assertThrows(CaseworkSeal.UnreadableSeal.class,
                () -> CaseworkSeal.opener(List.of(HUB.privateKey())).open(sealed, "enquiry-2"));
    }

    @Test
    void a_tampered_seal_is_refused() {
        String sealed = CaseworkSeal.sealer(HUB.publicKey()).seal(REPLY, "enquiry-1");
        String[] parts = sealed.split("\\.");
        char last = parts[3].charAt(0);
        parts[3] = (last == 'A' ? 'B' : 'A') + parts[3].substring(1);
        assertThrows(CaseworkSeal.UnreadableSeal.class,
                () -> CaseworkSeal.opener(List.of(HUB.privateKey())).open(String.join(".", parts), "enquiry-1"));
        assertThrows(CaseworkSeal.UnreadableSeal.class,
                () -> CaseworkSeal.opener(List.of(HUB.privateKey())).open("not a seal", "enquiry-1"));
    }
}
