package org.liaison.notify.matter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.RequestDates;

/** HUB-6 across matters: how well ward councillors were told, by kind, for matters registered in a period. */
@Path("/compliance")
@RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.CHIEF_EXECUTIVE})
public class ComplianceResource {

    private final MatterCompliance compliance;
    private final RequestDates dates;

    ComplianceResource(MatterCompliance compliance, RequestDates dates) {
        this.compliance = compliance;
        this.dates = dates;
    }

    @GET
    @Path("/report")
    public MatterCompliance.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return compliance.report(date("from", from), date("to", to));
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, "is required, as a date like 2027-04-01");
        }
        return dates.date(field, value);
    }
}
