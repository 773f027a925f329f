package org.liaison.directory.officer;

/** Filters of {@code GET /officers}; null means "any". */
public record OfficerSearch(String serviceArea, Officer.Seniority seniority, Boolean politicallyRestricted) {
}
