package org.liaison.enquiry.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.enquiry.replica.ServiceAreaReplica;

/**
 * ENQ-4: an enquiry goes to the service area's key contact; if that officer is absent that day or has a
 * declared relationship with the councillor (DIR-5), to the head of service; if they too are absent or
 * conflicted, to the director. Every step passed over is recorded, twice: in the public {@code reason} (shown to the
 * councillor, the officers and members' services) an absent and a conflicted officer read alike, "unavailable", so
 * nobody can tell a declared relationship from an absence; the {@code restrictedReason}, which says which it was, is
 * shown only to the monitoring officer and the chief executive (DIR-5).
 */
public final class EnquiryRouter {

    /** Who takes the enquiry; {@code restrictedReason} names any declared relationship, {@code reason} never does. */
    public record Routing(String officerId, String officerName, String reason, String restrictedReason) {
    }

    /** Why an officer cannot take the enquiry: what everyone may read, and what only the two DIR-5 roles may. */
    record Unavailable(String publicly, String restricted) {
    }

    private EnquiryRouter() {
    }

    /**
     * The officer who takes the enquiry, or empty when not one officer of the area's escalation path is known to this
     * service (the directory has not reached it yet, or the area names officers who do not exist).
     */
    public static Optional<Routing> route(ServiceAreaReplica area, String councillorId, LocalDate on,
            Function<String, OfficerReplica> officers, BiPredicate<String, String> conflicted) {
        return route(area, councillorId, on, officers, conflicted, List.of(), List.of());
    }

    /**
     * As above, after officers already passed over (the officer the councillor named, ENQ-5): their public and
     * restricted notes open the reasons.
     */
    static Optional<Routing> route(ServiceAreaReplica area, String councillorId, LocalDate on,
            Function<String, OfficerReplica> officers, BiPredicate<String, String> conflicted,
            List<String> passedOverPublicly, List<String> passedOverRestricted) {
        String[][] ladder = {
                {area.keyContactOfficerId, "key contact"},
                {area.headOfServiceId, "head of service"},
                {area.directorId, "director"}};
        List<String> publicly = new ArrayList<>(passedOverPublicly);
        List<String> restricted = new ArrayList<>(passedOverRestricted);
        for (int step = 0; step < ladder.length; step++) {
            OfficerReplica officer = officers.apply(ladder[step][0]);
            String role = ladder[step][1];
            Unavailable unavailable = unavailable(officer, councillorId, on, conflicted);
            boolean last = step == ladder.length - 1;
            if (unavailable == null || (last && officer != null)) {
                String routed = "Routed to the " + role + " of " + area.name;
                String lastStep = unavailable == null ? null : ": members' services should reassign)";
                return Optional.of(new Routing(officer.id, officer.displayName,
                        routed + because(publicly) + (lastStep == null ? "" : " (the director is " + unavailable.publicly() + ", but is the last step" + lastStep),
                        routed + because(restricted) + (lastStep == null ? "" : " (the director " + unavailable.restricted() + ", but is the last step" + lastStep)));
            }
            String who = "the " + role + (officer == null ? "" : " (" + officer.displayName + ")");
            publicly.add(who + " is " + unavailable.publicly());
            restricted.add(who + " " + unavailable.restricted());
        }
        return Optional.empty();
    }

    /** Null when {@code officer} can take an enquiry of {@code councillorId} on {@code on}. */
    static Unavailable unavailable(OfficerReplica officer, String councillorId, LocalDate on,
            BiPredicate<String, String> conflicted) {
        if (officer == null) {
            return new Unavailable("not known to this service yet", "is not known to this service yet");
        }
        if (!officer.active()) {
            return new Unavailable("no longer active", "is no longer active");
        }
        if (officer.absentOn(on)) {
            return new Unavailable("unavailable on " + on, "is absent on " + on);
        }
        if (conflicted.test(councillorId, officer.id)) {
            return new Unavailable("unavailable on " + on, "has a declared relationship with the councillor");
        }
        return null;
    }

    private static String because(List<String> passedOver) {
        return passedOver.isEmpty() ? "" : " because " + String.join("; and ", passedOver);
    }
}
