package org.liaison.web.pages;

import java.util.List;
import java.util.Set;
import org.liaison.web.api.Caller;

/**
 * DIR-5 (P9): whether the pages offer a signed-in councillor or officer "Declared relationships" as the relationships
 * the council profile tells them of ({@code relationships.councillor-tells} and {@code officer-tells}). directory-service
 * decides which entries each may read; this only keeps the menu from offering an always-empty page, as on
 * liaison-default, where only the register's keepers (the monitoring officer and the chief executive) are told.
 */
public final class RelationshipsToldOf {

    /** Readers that are councillors: a councillor may be one of them. */
    static final Set<String> COUNCILLOR_READERS = Set.of("GROUP_LEADER", "GROUP_LEADERS", "LEADER");
    /** Readers that are officers other than the keepers, who have their own roles: an officer may be one of them. */
    static final Set<String> OFFICER_READERS = Set.of("DIRECTOR", "HEAD_OF_SERVICE", "LINE_MANAGER", "ANY_OFFICER",
            "HEAD_OF_PAID_SERVICE");

    private RelationshipsToldOf() {
    }

    /** Whether the menu offers the page of relationships the caller is told of (never to a keeper: theirs is the register). */
    public static boolean offered(Caller caller, List<String> councillorTells, List<String> officerTells) {
        if (caller.readsRelationships()) {
            return false;
        }
        Set<String> readers = caller.isCouncillor() ? COUNCILLOR_READERS : caller.isOfficer() ? OFFICER_READERS : Set.of();
        return councillorTells.stream().anyMatch(readers::contains) || officerTells.stream().anyMatch(readers::contains);
    }

    /** Whether the caller may open that page: a councillor or an officer (directory-service shows them what they are told of). */
    public static boolean mayOpen(Caller caller) {
        return caller.isCouncillor() || caller.isOfficer();
    }
}
