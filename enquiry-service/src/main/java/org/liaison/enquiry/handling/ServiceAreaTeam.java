package org.liaison.enquiry.handling;

import java.util.HashSet;
import java.util.Set;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.enquiry.replica.ServiceAreaReplica;

/**
 * The officers an enquiry of a service area may be reassigned to: its key contact, head of service and director and
 * everyone in their line management. (The replica does not carry officers' service areas; the line-management chain
 * below the area's named officers is how the directory says who works in it.)
 */
final class ServiceAreaTeam {

    private ServiceAreaTeam() {
    }

    static Set<String> of(ServiceAreaReplica area) {
        Set<String> team = new HashSet<>();
        for (String named : new String[] {area.keyContactOfficerId, area.headOfServiceId, area.directorId}) {
            if (named != null) {
                team.addAll(OfficerReplica.teamOf(named));
            }
        }
        return team;
    }
}
