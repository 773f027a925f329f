package org.liaison.events.directory;

/**
 * Full current state of a ward on {@code directory.wards}, keyed by {@code code}.
 *
 * @param code ONS GSS code (e.g. E05012345) or a local code
 * @param name the ward's name
 */
public record WardRecord(String code, String name) {
}
