package org.liaison.directory.relationship;

import java.util.List;
import java.util.Set;

/**
 * DIR-5: who may read a declared relationship. The monitoring officer and the chief executive keep the register and
 * read every entry, whatever the council profile says; besides them, each relationship is read by those the
 * profile says the councillor tells ({@code relationships.councillor-tells}) and those the officer tells
 * ({@code relationships.officer-tells}), as they stand to the two people in it:
 * <ul>
 * <li>GROUP_LEADER: the leader of the councillor's political group (001 §4); GROUP_LEADERS: every group's leader;
 * LEADER: the leader of the council;</li>
 * <li>HEAD_OF_SERVICE and DIRECTOR: the head of service and the director of a service area the officer works in (001 §4);
 * LINE_MANAGER: the officer's line manager (003 B §4.3);</li>
 * <li>CHIEF_EXECUTIVE, MONITORING_OFFICER, HEAD_OF_PAID_SERVICE: whoever holds that office; ANY_OFFICER: every officer.</li>
 * </ul>
 * The Standards Committee is not a user of Liaison, so STANDARDS_COMMITTEE adds no reader.
 */
public final class RelationshipReaders {

    /** ProfileSchema.DECIDERS_AND_READERS. */
    public enum Reader {
        CHIEF_EXECUTIVE, HEAD_OF_PAID_SERVICE, MONITORING_OFFICER, DIRECTOR, HEAD_OF_SERVICE, LINE_MANAGER, ANY_OFFICER,
        STANDARDS_COMMITTEE, GROUP_LEADER, GROUP_LEADERS, LEADER
    }

    /**
     * The caller as the rule needs them: their directory id, whether they keep the register (the monitoring-officer or
     * chief-executive role), and what they hold today.
     *
     * @param groupsLed the political groups whose GROUP_LEADER role they hold today (a councillor)
     */
    public record Caller(String id, boolean keepsTheRegister, boolean officer, String seniority, Set<String> statutoryRoles,
            boolean councillor, Set<String> groupsLed, boolean leader) {
        public Caller {
            statutoryRoles = statutoryRoles == null ? Set.of() : Set.copyOf(statutoryRoles);
            groupsLed = groupsLed == null ? Set.of() : Set.copyOf(groupsLed);
        }
    }

    /**
     * The two people in a relationship, as the rule needs them.
     *
     * @param councillorGroupCode the councillor's political group (null: none)
     * @param headsOfService      the heads of service of the service areas the officer works in, directors likewise
     */
    public record Parties(String councillorId, String councillorGroupCode, String officerId, String officerLineManagerId,
            Set<String> headsOfService, Set<String> directors) {
        public Parties {
            headsOfService = headsOfService == null ? Set.of() : Set.copyOf(headsOfService);
            directors = directors == null ? Set.of() : Set.copyOf(directors);
        }
    }

    private RelationshipReaders() {
    }

    /** DIR-5: may {@code caller} read the relationship between {@code parties}, told as {@code told} says? */
    public static boolean mayRead(List<Reader> told, Caller caller, Parties parties) {
        if (caller.keepsTheRegister()) {
            return true;
        }
        return told.stream().anyMatch(reader -> isReader(reader, caller, parties));
    }

    /**
     * Whether {@code caller} could read any relationship at all under {@code told}, whoever its two people are: what the
     * register view checks before it looks at any relationship's parties (an ordinary officer on a profile that tells
     * only the monitoring officer and chief executive reads nothing, and no lookups are made for them).
     */
    public static boolean mayReadAny(List<Reader> told, Caller caller) {
        if (caller.keepsTheRegister()) {
            return true;
        }
        if (caller.id() == null) {
            return false;
        }
        boolean officer = caller.officer();
        return told.stream().anyMatch(reader -> switch (reader) {
            case CHIEF_EXECUTIVE -> officer && "CHIEF_EXECUTIVE".equals(caller.seniority());
            case HEAD_OF_PAID_SERVICE -> officer && caller.statutoryRoles().contains("HEAD_OF_PAID_SERVICE");
            case MONITORING_OFFICER -> officer && caller.statutoryRoles().contains("MONITORING_OFFICER");
            case DIRECTOR, HEAD_OF_SERVICE, LINE_MANAGER, ANY_OFFICER -> officer;
            case STANDARDS_COMMITTEE -> false;
            case GROUP_LEADER, GROUP_LEADERS -> caller.councillor() && !caller.groupsLed().isEmpty();
            case LEADER -> caller.councillor() && caller.leader();
        });
    }

    private static boolean isReader(Reader reader, Caller caller, Parties parties) {
        if (caller.id() == null || caller.id().equals(parties.councillorId()) || caller.id().equals(parties.officerId())) {
            return false; // the two people know; the register shows them nothing more (and nothing of others)
        }
        boolean officer = caller.officer();
        return switch (reader) {
            case CHIEF_EXECUTIVE -> officer && "CHIEF_EXECUTIVE".equals(caller.seniority());
            case HEAD_OF_PAID_SERVICE -> officer && caller.statutoryRoles().contains("HEAD_OF_PAID_SERVICE");
            case MONITORING_OFFICER -> officer && caller.statutoryRoles().contains("MONITORING_OFFICER");
            case DIRECTOR -> officer && parties.directors().contains(caller.id());
            case HEAD_OF_SERVICE -> officer && parties.headsOfService().contains(caller.id());
            case LINE_MANAGER -> officer && caller.id().equals(parties.officerLineManagerId());
            case ANY_OFFICER -> officer;
            case STANDARDS_COMMITTEE -> false;
            case GROUP_LEADER -> caller.councillor() && parties.councillorGroupCode() != null
                    && caller.groupsLed().contains(parties.councillorGroupCode());
            case GROUP_LEADERS -> caller.councillor() && !caller.groupsLed().isEmpty();
            case LEADER -> caller.councillor() && caller.leader();
        };
    }
}
