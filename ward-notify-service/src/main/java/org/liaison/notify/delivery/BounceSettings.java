package org.liaison.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * HUB-2: where reports of undelivered email come back. Every email carries {@code local+<notification id>@domain} of
 * {@link #address()} as its envelope sender (the relay must deliver plus-addressed mail to that mailbox, as Exchange
 * Online, Google Workspace and Postfix do); the hub reads the mailbox over IMAP.
 */
@ConfigMapping(prefix = "liaison.bounces")
public interface BounceSettings {

    /** The bounce mailbox's address; without it emails carry the sender's address and nothing is read. */
    Optional<String> address();

    Imap imap();

    /** How often the mailbox is read (a duration such as {@code 1m}, or {@code off}); read by the scheduler. */
    @WithDefault("off")
    String checkEvery();

    interface Imap {
        /** Without a host the mailbox is not read (reports then go unrecorded). */
        Optional<String> host();

        @WithDefault("993")
        int port();

        /** IMAP over TLS (imaps); false only for a server on loopback. */
        @WithDefault("true")
        boolean ssl();

        Optional<String> user();

        Optional<String> password();

        @WithDefault("INBOX")
        String folder();
    }
}
