package org.liaison.notify.access;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.infrastructure.auth.Roles;

/**
 * Who may see and change what in ward-notify-service beyond a role (docs/access.md): a councillor's notification
 * preferences (HUB-5) are theirs and members' services' and admins' to read and set, nobody else's; so is the list of
 * the ward matters that concern a councillor, with when they were told, and its calendar events (NTF-1). A refused
 * caller gets 403 whether or not the councillor exists.
 */
@ApplicationScoped
public class NotifyAccess {

    public static final String COUNCILLOR_PREFERENCES = "notify:councillor-preferences";
    public static final String COUNCILLOR_MATTERS = "notify:councillor-matters";

    @PermissionChecker(COUNCILLOR_PREFERENCES)
    boolean mayKeepPreferences(SecurityIdentity identity, String councillorId) {
        return identity.hasRole(Roles.MEMBERS_SERVICES) || identity.hasRole(Roles.ADMIN)
                || (identity.hasRole(Roles.COUNCILLOR) && identity.getPrincipal().getName().equals(councillorId));
    }

    @PermissionChecker(COUNCILLOR_MATTERS)
    boolean maySeeCouncillorsMatters(SecurityIdentity identity, String councillorId) {
        return identity.hasRole(Roles.MEMBERS_SERVICES) || identity.hasRole(Roles.ADMIN)
                || (identity.hasRole(Roles.COUNCILLOR) && identity.getPrincipal().getName().equals(councillorId));
    }
}
