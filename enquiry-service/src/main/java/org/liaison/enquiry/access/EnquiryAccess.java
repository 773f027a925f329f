package org.liaison.enquiry.access;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.liaison.enquiry.handling.InformationRequestPolicy;
import org.liaison.enquiry.handling.InformationRequestRules;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.enquiry.replica.ServiceAreaReplica;
import org.liaison.infrastructure.auth.Roles;

/**
 * Who may see and do what with an enquiry, in one place (docs/access.md). The endpoints name these checks with
 * {@code @PermissionsAllowed}; a refused caller gets 403 whether or not the enquiry exists, so a refusal never tells
 * them that it does. A caller who may see every enquiry gets 404 for one that does not exist.
 *
 * <ul>
 * <li>{@link #READ}: the councillor who raised it; its officer and anyone above them in line management; members'
 * services, admins, the chief executive and the monitoring officer.</li>
 * <li>{@link #HANDLE} (reply, holding reply, decline): its officer and anyone above them in line management.</li>
 * <li>{@link #REASSIGN}: members' services, the chief executive, or an officer who is the enquiry's service area's head of service or
 * director, anyone above the head of service in line management, or the chief executive.</li>
 * <li>{@link #OWN} (withdraw, dispute a decline, consent to copy): the councillor who raised it.</li>
 * <li>{@link #DECIDE_DISPUTE}: the council profile's dispute decider (ENQ-11, {@code
 * enquiries.information-requests.dispute-decider}): the chief executive by default; the head of paid service; the
 * monitoring officer (also recording the Standards Committee's decision); the service area's director or head of
 * service; the declining officer's line manager.</li>
 * </ul>
 * The body of constituent-confidential casework is shown only to the councillor and to the officers who handle it
 * ({@link #mayReadBody}); the restricted routing reason, which may name a declared relationship, only to the monitoring
 * officer and the chief executive ({@link #mayReadRestrictedReason}, DIR-5).
 */
@ApplicationScoped
public class EnquiryAccess {

    public static final String READ = "enquiry:read";
    public static final String HANDLE = "enquiry:handle";
    public static final String REASSIGN = "enquiry:reassign";
    public static final String OWN = "enquiry:own";
    public static final String DECIDE_DISPUTE = "enquiry:decide-dispute";

    @Inject
    InformationRequestPolicy informationRequests;

    @PermissionChecker(READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean mayRead(SecurityIdentity identity, UUID id) {
        Enquiry enquiry = Enquiry.findById(id);
        if (seesEveryEnquiry(identity)) {
            return true;
        }
        return enquiry != null && (raisedBy(identity, enquiry) || handles(identity, enquiry));
    }

    @PermissionChecker(HANDLE)
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean mayHandle(SecurityIdentity identity, UUID id) {
        Enquiry enquiry = Enquiry.findById(id);
        return enquiry != null && identity.hasRole(Roles.OFFICER) && handles(identity, enquiry);
    }

    @PermissionChecker(REASSIGN)
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean mayReassign(SecurityIdentity identity, UUID id) {
        if (identity.hasRole(Roles.MEMBERS_SERVICES) || identity.hasRole(Roles.CHIEF_EXECUTIVE)) {
            return true;
        }
        Enquiry enquiry = Enquiry.findById(id);
        if (enquiry == null || !identity.hasRole(Roles.OFFICER)) {
            return false;
        }
        String me = me(identity);
        OfficerReplica caller = OfficerReplica.findById(me);
        if (caller == null || !caller.active()) {
            return false;
        }
        if ("CHIEF_EXECUTIVE".equals(caller.seniority)) {
            return true;
        }
        ServiceAreaReplica area = ServiceAreaReplica.findById(enquiry.serviceAreaCode);
        return area != null && (me.equals(area.headOfServiceId) || me.equals(area.directorId)
                || (area.headOfServiceId != null && OfficerReplica.managedBy(area.headOfServiceId, me)));
    }

    @PermissionChecker(OWN)
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean isOwn(SecurityIdentity identity, UUID id) {
        Enquiry enquiry = Enquiry.findById(id);
        return enquiry != null && identity.hasRole(Roles.COUNCILLOR) && raisedBy(identity, enquiry);
    }

    @PermissionChecker(DECIDE_DISPUTE)
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean mayDecideDispute(SecurityIdentity identity, UUID id) {
        boolean officialRole = identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.CHIEF_EXECUTIVE)
                || identity.hasRole(Roles.MONITORING_OFFICER);
        if (!officialRole) {
            return false;
        }
        OfficerReplica found = OfficerReplica.findById(me(identity));
        Optional<InformationRequestRules.Officer> caller = Optional.ofNullable(found).filter(OfficerReplica::active)
                .map(o -> new InformationRequestRules.Officer(o.id, o.seniority, o.statutoryRoles));
        Enquiry enquiry = Enquiry.findById(id);
        ServiceAreaReplica area = enquiry == null ? null : ServiceAreaReplica.findById(enquiry.serviceAreaCode);
        OfficerReplica decliner = enquiry == null || enquiry.declinedBy == null ? null : OfficerReplica.findById(enquiry.declinedBy);
        boolean headOfPaidServiceExists = OfficerReplica.count("select count(o) from OfficerReplica o join o.statutoryRoles r "
                + "where r = ?1 and o.status = ?2", "HEAD_OF_PAID_SERVICE", "ACTIVE") > 0;
        return InformationRequestRules.mayDecide(informationRequests.disputeDecider(), caller,
                identity.hasRole(Roles.CHIEF_EXECUTIVE), identity.hasRole(Roles.MONITORING_OFFICER), headOfPaidServiceExists,
                area == null ? null : area.directorId, area == null ? null : area.headOfServiceId,
                decliner == null ? null : decliner.lineManagerId);
    }

    /** Members' services, admins, the chief executive and the monitoring officer list and read every enquiry. */
    public static boolean seesEveryEnquiry(SecurityIdentity identity) {
        return identity.hasRole(Roles.MEMBERS_SERVICES) || identity.hasRole(Roles.ADMIN)
                || identity.hasRole(Roles.CHIEF_EXECUTIVE) || identity.hasRole(Roles.MONITORING_OFFICER);
    }

    /** The body, unless it is constituent-confidential casework and the reader neither raised it nor handles it. */
    public static boolean mayReadBody(SecurityIdentity identity, Enquiry enquiry) {
        return !isConfidentialCasework(enquiry) || raisedBy(identity, enquiry) || handles(identity, enquiry);
    }

    /** Casework the councillor marked constituent-confidential: its bodies are restricted, and every read of them audited. */
    public static boolean isConfidentialCasework(Enquiry enquiry) {
        return enquiry.constituentConfidential && enquiry.category == Enquiry.Category.CASEWORK;
    }

    /** For the casework audit: the role and relation by which {@link #mayReadBody} lets the caller read the body. */
    public static String bodyReadAllowedAs(SecurityIdentity identity, Enquiry enquiry) {
        if (raisedBy(identity, enquiry)) {
            return Roles.COUNCILLOR + ": raised it";
        }
        if (handles(identity, enquiry)) {
            String role = identity.hasRole(Roles.OFFICER) ? Roles.OFFICER : String.join("+", identity.getRoles());
            return role + (enquiry.assignedOfficerId.equals(me(identity)) ? ": assigned to it" : ": line manager of its officer");
        }
        return isConfidentialCasework(enquiry) ? "not allowed" : "not confidential";
    }

    /** DIR-5: only the monitoring officer and the chief executive may know of a declared relationship. */
    public static boolean mayReadRestrictedReason(SecurityIdentity identity) {
        return identity.hasRole(Roles.MONITORING_OFFICER) || identity.hasRole(Roles.CHIEF_EXECUTIVE);
    }

    private static boolean raisedBy(SecurityIdentity identity, Enquiry enquiry) {
        return identity.hasRole(Roles.COUNCILLOR) && enquiry.councillorId.equals(me(identity));
    }

    private static boolean handles(SecurityIdentity identity, Enquiry enquiry) {
        String me = me(identity);
        return !identity.hasRole(Roles.COUNCILLOR) && enquiry.assignedOfficerId != null
                && (enquiry.assignedOfficerId.equals(me) || OfficerReplica.managedBy(enquiry.assignedOfficerId, me));
    }

    private static String me(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }
}
