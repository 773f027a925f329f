package org.liaison.enquiry.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

/** {@code GET /casework-audit}: who was handed which confidential casework body when, newest first; the monitoring officer and admins. */
@Path("/casework-audit")
@RolesAllowed({Roles.MONITORING_OFFICER, Roles.ADMIN})
public class CaseworkAuditResource {

    public record EntryView(long id, UUID enquiryId, String enquiryReference, String action, Instant at, String by,
            String allowedAs, String operation, List<String> bodies) {
        static EntryView from(CaseworkAuditEntry e) {
            return new EntryView(e.id, e.enquiryId, e.enquiryReference, e.action.name(), e.at, e.bySubject, e.allowedAs,
                    e.operation, Arrays.asList(e.bodies.split(",")));
        }
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Who was handed the body of which constituent-confidential enquiry when, and erasures under the retention period")
    public Page<EntryView> list(@QueryParam("enquiryId") String enquiryId, @BeanParam PageRequest page) {
        PageRequest valid = page.validated();
        String where = "";
        Parameters params = new Parameters();
        if (enquiryId != null) {
            UUID id;
            try {
                id = UUID.fromString(enquiryId.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("enquiryId", "must be an enquiry's id, such as 3f2b8c1e-0d4a-4e7b-9c55-6a1f2e3d4c5b");
            }
            where = "enquiryId = :enquiryId ";
            params.and("enquiryId", id);
        }
        var query = CaseworkAuditEntry.<CaseworkAuditEntry>find(where + "order by id desc", params).page(valid.toPanache());
        return new Page<>(query.list(), valid.page, valid.size, query.count()).map(EntryView::from);
    }
}
