package org.liaison.directory.access;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.liaison.directory.officer.Officer;
import org.liaison.directory.officer.OfficerRequest;
import org.liaison.directory.servicearea.ServiceArea;
import org.liaison.directory.servicearea.ServiceAreaRequest;
import org.liaison.infrastructure.auth.Roles;

/**
 * Who may change what in the directory, in one place (docs/access.md). Members' services keep the directory, but the
 * fields the other services derive access to casework from are changed by admins only: an officer's line manager (an
 * officer's managers read and handle their enquiries) and seniority (a chief executive decides disputes and reassigns
 * anything), and a service area's key contact, head of service and director (who receive, and may reassign, its
 * enquiries). Otherwise a members' services user could make themselves an officer's line manager, or an area's key
 * contact, and so read that officer's or that area's confidential casework. Imports of officers and service areas
 * carry those fields and are admins' too. A refusal is 403.
 */
@ApplicationScoped
public class DirectoryAccess {

    public static final String CREATE_OFFICER = "directory:create-officer";
    public static final String UPDATE_OFFICER = "directory:update-officer";
    public static final String UPDATE_SERVICE_AREA = "directory:update-service-area";
    public static final String IMPORT = "directory:import";

    /** Import kinds that carry fields only admins may set. */
    private static final Set<String> ADMIN_ONLY_IMPORTS = Set.of("officers", "service-areas");

    @PermissionChecker(CREATE_OFFICER)
    boolean mayCreateOfficer(SecurityIdentity identity, OfficerRequest request) {
        if (identity.hasRole(Roles.ADMIN)) {
            return true;
        }
        return identity.hasRole(Roles.MEMBERS_SERVICES)
                && (request == null || (request.lineManagerId() == null && request.seniority() != Officer.Seniority.CHIEF_EXECUTIVE));
    }

    @PermissionChecker(UPDATE_OFFICER)
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean mayUpdateOfficer(SecurityIdentity identity, UUID id, OfficerRequest request) {
        if (identity.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (!identity.hasRole(Roles.MEMBERS_SERVICES)) {
            return false;
        }
        Officer officer = Officer.findById(id);
        // a missing seniority is refused by validation next; a missing line manager removes it, a change like any other
        return officer == null || request == null || (Objects.equals(officer.lineManagerId, request.lineManagerId())
                && (request.seniority() == null || officer.seniority == request.seniority()));
    }

    @PermissionChecker(UPDATE_SERVICE_AREA)
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean mayUpdateServiceArea(SecurityIdentity identity, String code, ServiceAreaRequest request) {
        if (identity.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (!identity.hasRole(Roles.MEMBERS_SERVICES)) {
            return false;
        }
        ServiceArea area = ServiceArea.findById(code);
        // a missing officer is refused by validation next (DIR-3), so only a different one is a change
        return area == null || request == null || (unchanged(area.keyContactOfficerId, request.keyContactOfficerId())
                && unchanged(area.headOfServiceId, request.headOfServiceId())
                && unchanged(area.directorId, request.directorId()));
    }

    private static boolean unchanged(UUID current, UUID requested) {
        return requested == null || requested.equals(current);
    }

    @PermissionChecker(IMPORT)
    boolean mayImport(SecurityIdentity identity, String kind) {
        return identity.hasRole(Roles.ADMIN)
                || (identity.hasRole(Roles.MEMBERS_SERVICES) && (kind == null || !ADMIN_ONLY_IMPORTS.contains(kind.strip())));
    }
}
