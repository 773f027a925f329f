package org.liaison.events.directory;

/**
 * A declared relationship as other services may see it on {@code directory.conflicts} (DIR-5): only the
 * councillor–officer pair, never the kind or the notes. Keyed by the relationship id.
 */
public record ConflictRecord(String id, String councillorId, String officerId) {
}
