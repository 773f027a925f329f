package org.liaison.directory.imports;

import org.liaison.directory.access.DirectoryAccess;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.infrastructure.problem.ProblemException;

@Path("/imports")
public class ImportResource {

    private final CsvImportService imports;

    ImportResource(CsvImportService imports) {
        this.imports = imports;
    }

    @POST
    @PermissionsAllowed(DirectoryAccess.IMPORT)
    @Consumes({"text/csv", "text/plain"})
    @Operation(summary = "Import one kind of record from CSV (DIR-7): all or nothing; re-importing the same file changes nothing")
    public CsvImportService.ImportResult importCsv(@QueryParam("kind") String kind, String csv) {
        if (kind == null || kind.isBlank()) {
            throw ProblemException.badRequest("kind", "is required: wards, groups, committees, councillors, officers or service-areas");
        }
        return imports.importCsv(ImportKind.fromString(kind), csv);
    }
}
