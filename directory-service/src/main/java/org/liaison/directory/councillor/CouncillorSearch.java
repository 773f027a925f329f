package org.liaison.directory.councillor;

/** Filters of {@code GET /councillors}; null means "any". {@code role} is a role held today. */
public record CouncillorSearch(String ward, CouncillorRole.Kind role, String group) {
}
