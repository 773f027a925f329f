package org.liaison.directory.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

/** {@code GET /directory-changes}: the directory's audit trail, newest first, for the monitoring officer and admins. */
@Path("/directory-changes")
@RolesAllowed({Roles.MONITORING_OFFICER, Roles.ADMIN})
public class DirectoryChangeResource {

    public record ChangeView(long id, Instant at, String by, String kind, String key, List<String> changedFields,
            JsonNode before, JsonNode after) {
    }

    private final ObjectMapper json;

    DirectoryChangeResource(ObjectMapper json) {
        this.json = json;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Who changed which directory record when, with the record before and after")
    public Page<ChangeView> list(@QueryParam("kind") String kind, @QueryParam("key") String key, @BeanParam PageRequest page) {
        PageRequest valid = page.validated();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (key != null) {
            where.add("recordKey = :key");
            params.and("key", key);
        }
        var query = DirectoryChange.<DirectoryChange>find((where.isEmpty() ? "" : String.join(" and ", where) + " ")
                + "order by id desc", params).page(valid.toPanache());
        return new Page<>(query.list(), valid.page, valid.size, query.count()).map(this::view);
    }

    private ChangeView view(DirectoryChange c) {
        return new ChangeView(c.id, c.changedAt, c.changedBy, c.kind, c.recordKey,
                c.changedFields.isEmpty() ? List.of() : Arrays.asList(c.changedFields.split(",")), read(c.beforeState),
                read(c.afterState));
    }

    private JsonNode read(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a directory change holds JSON that cannot be read", e);
        }
    }
}
