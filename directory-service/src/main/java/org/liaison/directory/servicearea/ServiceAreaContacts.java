package org.liaison.directory.servicearea;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.directory.officer.Officer;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;

/**
 * DIR-3: each service area names exactly one active key contact officer, a head of service and a
 * director, so that every enquiry has somewhere to go and somewhere to escalate to (ENQ-4, ENQ-8).
 */
public final class ServiceAreaContacts {

    private ServiceAreaContacts() {
    }

    public static void requireComplete(ServiceAreaRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(errors, "keyContactOfficerId", "key contact", request.keyContactOfficerId(), Officer.Seniority.OFFICER);
        check(errors, "headOfServiceId", "head of service", request.headOfServiceId(), Officer.Seniority.HEAD_OF_SERVICE);
        check(errors, "directorId", "director", request.directorId(), Officer.Seniority.DIRECTOR);
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("https://liaison.example/rules/DIR-3", "Protocol rule DIR-3 not met", 422,
                    "A service area needs an active key contact, head of service and director, so that councillors' "
                            + "enquiries can be routed and escalated: " + errors.get(0).field() + " " + errors.get(0).message(),
                    "DIR-3", errors));
        }
    }

    /** Refuses to deactivate an officer whom a service area depends on, naming the areas to reassign first. */
    public static void requireNoServiceAreaDependsOn(Officer officer) {
        List<ServiceArea> areas = ServiceArea.list(
                "keyContactOfficerId = ?1 or headOfServiceId = ?1 or directorId = ?1 order by code", officer.id);
        if (!areas.isEmpty()) {
            String codes = String.join(", ", areas.stream().map(a -> a.code).toList());
            throw ProblemException.conflict("DIR-3", officer.displayName + " is the key contact, head of service or director "
                    + "of " + codes + ". Reassign " + (areas.size() == 1 ? "that service area" : "those service areas")
                    + " (PUT /service-areas/{code}) before deactivating the officer.");
        }
    }

    private static void check(List<Problem.FieldError> errors, String field, String what, UUID officerId,
            Officer.Seniority atLeast) {
        if (officerId == null) {
            errors.add(new Problem.FieldError(field, "is required: every service area has a " + what));
            return;
        }
        Officer officer = Officer.findById(officerId);
        if (officer == null) {
            errors.add(new Problem.FieldError(field, "no officer has id " + officerId));
        } else if (!officer.active()) {
            errors.add(new Problem.FieldError(field, officer.displayName + " is not an active officer"));
        } else if (!officer.seniority.atLeast(atLeast)) {
            errors.add(new Problem.FieldError(field, "the " + what + " must be " + atLeast + " or more senior; "
                    + officer.displayName + " is " + officer.seniority));
        }
    }
}
