package org.liaison.directory;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.liaison.embedded.quarkus.AccessMatrixContract;

/**
 * Who may call what on directory-service (docs/access.md): every Liaison role reads the directory, a token with no
 * Liaison role reads nothing; members' services and admins keep it, except the fields casework access derives from
 * (DirectoryChangesAccessTest); the register of relationships is the monitoring officer's and chief executive's (DIR-5):
 * a councillor or officer reads only the entries the council profile tells them of (an empty page for most).
 * The directory is not anyone's own object, so no row tells own from other.
 */
@QuarkusTest
class DirectoryAccessMatrixTest extends AccessMatrixContract {

    /** The matrix, also read by the hostile-input test to find a caller who is let in. */
    static final String MATRIX = """
            operation                          | councillor | officer | members-services | comms | chief-executive | monitoring-officer | admin | none
            GET /wards                         | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            POST /wards                        | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /wards/{code}                  | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            PUT /wards/{code}                  | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /wards/{code}/councillors      | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            GET /councillors                   | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            POST /councillors                  | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /councillors/{id}              | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            PUT /councillors/{id}              | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            DELETE /councillors/{id}           | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /officers                      | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            POST /officers                     | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /officers/{id}                 | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            PUT /officers/{id}                 | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /service-areas                 | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            POST /service-areas                | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /service-areas/{code}          | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            PUT /service-areas/{code}          | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /groups                        | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            POST /groups                       | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /committees                    | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            POST /committees                   | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            PUT /committees/{code}             | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            DELETE /committees/{code}          | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /relationships                 | ok         | ok      | 403              | 403   | ok              | ok                 | 403   | 403
            POST /relationships                | 403        | 403     | 403              | 403   | ok              | ok                 | 403   | 403
            POST /imports                      | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /directory-changes             | 403        | 403     | 403              | 403   | 403             | ok                 | ok    | 403
            GET /council-profile               | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            GET /me                            | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            """;

    @Override
    protected String matrix() {
        return MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        String ward = DirectoryApi.ward();
        String councillor = DirectoryApi.councillor(DirectoryApi.email("ada.price"), ward);
        String[] area = DirectoryApi.serviceArea();
        return Map.of("wards:code", ward, "service-areas:code", area[0], "councillors:id", councillor, "officers:id", area[1],
                "committees:code", DirectoryApi.committee("SCRUTINY"));
    }

    @Override
    protected String caller(String role, Whose whose) {
        return role + "-caller";
    }
}
