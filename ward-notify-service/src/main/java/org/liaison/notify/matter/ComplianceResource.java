package org.liaison.notify.matter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;

/** HUB-6 across matters: how well ward councillors were told, by kind, for matters registered in a period. */
@Path("/compliance")
@RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.CHIEF_EXECUTIVE})
public class ComplianceResource {

    private final MatterCompliance compliance;

    ComplianceResource(MatterCompliance compliance) {
        this.compliance = compliance;
    }

    @GET
    @Path("/report")
    public MatterCompliance.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return compliance.report(date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, "is required, as a date like 2027-04-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be a date like 2027-04-01");
        }
    }
}
