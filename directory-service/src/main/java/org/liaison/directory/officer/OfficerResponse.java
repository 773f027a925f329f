package org.liaison.directory.officer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.liaison.events.directory.OfficerRecord;

/**
 * An officer as read through the API; {@code phone} only for members' services, admins and the officer, {@code absences}
 * only for those who route work and the officer ({@link org.liaison.directory.person.PersonalDetails}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficerResponse(String id, String displayName, String email, String phone, String jobTitle, String seniority,
        List<String> statutoryRoles, List<String> serviceAreaCodes, String lineManagerId, boolean politicallyRestricted,
        OfficerRecord.WorkingHours workingHours, List<OfficerRecord.Absence> absences, String status) {

    static OfficerResponse of(Officer officer, boolean withPhone, boolean withAbsences) {
        OfficerRecord r = officer.toRecord();
        return new OfficerResponse(r.id(), r.displayName(), r.email(), withPhone ? officer.phone : null, r.jobTitle(),
                r.seniority(), r.statutoryRoles(), r.serviceAreaCodes(), r.lineManagerId(), r.politicallyRestricted(),
                r.workingHours(), withAbsences ? r.absences() : null, r.status());
    }
}
