package org.liaison.infrastructure.inbox;

/** A message no retry can fix; the consuming channel sends it to its dead-letter topic. */
public class PoisonMessage extends RuntimeException {
    public PoisonMessage(String message) {
        super(message);
    }
}
