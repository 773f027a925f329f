package org.liaison.events.directory;

/** Full current state of a political group on {@code directory.groups}, keyed by {@code code}. */
public record PoliticalGroupRecord(String code, String name, String leaderId) {
}
