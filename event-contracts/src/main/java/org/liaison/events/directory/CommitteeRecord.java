package org.liaison.events.directory;

/**
 * Full current state of a committee (or the cabinet) on {@code directory.committees}, keyed by {@code code}; a tombstone
 * when it is removed. {@code kind} is one of CABINET, SCRUTINY, REGULATORY, STANDARDS, OTHER: media-service reads it to
 * know whose chairs may be quoted (MR-1, MR-2; council profile media.quotable-committee-chairs). A councillor's role
 * names its committee by this code ({@link CouncillorRecord.CouncillorRoleRecord#committeeCode()}).
 */
public record CommitteeRecord(String code, String name, String kind) {
}
