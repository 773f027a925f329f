package org.liaison.infrastructure.outbox;

/** Fired when a transaction wrote to the outbox, so the relay can publish right after the commit. */
record OutboxWritten() {
}
