package org.liaison.infrastructure.outbox;

/** Fired when an event is written to the outbox; observers act once the transaction has committed. */
record OutboxWritten(String eventType) {
}
