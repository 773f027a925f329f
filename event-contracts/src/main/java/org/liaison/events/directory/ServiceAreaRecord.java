package org.liaison.events.directory;

/** Full current state of a service area on {@code directory.service-areas}, keyed by {@code code} (DIR-3). */
public record ServiceAreaRecord(String code, String name, String keyContactOfficerId, String headOfServiceId, String directorId) {
}
