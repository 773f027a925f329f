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
 * conflicted, to the director. Every step passed over is recorded in the reason.
 */
public final class EnquiryRouter {

    public record Routing(String officerId, String officerName, String reason) {
    }

    private EnquiryRouter() {
    }

    /**
     * The officer who takes the enquiry, or empty when not one officer of the area's escalation path is known to this
     * service (the directory has not reached it yet, or the area names officers who do not exist).
     */
    public static Optional<Routing> route(ServiceAreaReplica area, String councillorId, LocalDate on,
            Function<String, OfficerReplica> officers, BiPredicate<String, String> conflicted) {
        String[][] ladder = {
                {area.keyContactOfficerId, "key contact"},
                {area.headOfServiceId, "head of service"},
                {area.directorId, "director"}};
        List<String> passedOver = new ArrayList<>();
        for (int step = 0; step < ladder.length; step++) {
            OfficerReplica officer = officers.apply(ladder[step][0]);
            String role = ladder[step][1];
            String unavailable = officer == null ? "not known to this service yet"
                    : !officer.active() ? "no longer active"
                    : officer.absentOn(on) ? "absent on " + on
                    : conflicted.test(councillorId, officer.id) ? "has a declared relationship with the councillor"
                    : null;
            boolean last = step == ladder.length - 1;
            if (unavailable == null || (last && officer != null)) {
                String reason = "Routed to the " + role + " of " + area.name
                        + (passedOver.isEmpty() ? "" : " because " + String.join("; and ", passedOver))
                        + (unavailable == null ? "" : " (the director is " + unavailable + ", but is the last step: "
                                + "members' services should reassign)");
                return Optional.of(new Routing(officer.id, officer.displayName, reason));
            }
            passedOver.add("the " + role + (officer == null ? "" : " (" + officer.displayName + ")") + " is " + unavailable);
        }
        return Optional.empty();
    }
}
