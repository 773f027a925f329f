package org.liaison.directory.officer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** An officer as written through the API or a CSV row. */
public record OfficerRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "may hold only digits, spaces and + ( ) -") String phone,
        @NotBlank @Size(max = 200) String jobTitle,
        @NotNull Officer.Seniority seniority,
        @Size(max = 3) List<Officer.@NotNull StatutoryRole> statutoryRoles,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> serviceAreaCodes,
        UUID lineManagerId,
        Boolean politicallyRestricted,
        @Valid WorkingHours workingHours,
        @Size(max = 50) List<@Valid @NotNull AbsenceRequest> absences,
        Officer.Status status) {

    public OfficerRequest {
        statutoryRoles = statutoryRoles == null ? List.of() : statutoryRoles;
        serviceAreaCodes = serviceAreaCodes == null ? List.of() : serviceAreaCodes;
        absences = absences == null ? List.of() : absences;
    }

    /** Office hours, in the council's zone (the profile's calendar.zone); by default Monday to Friday, 09:00 to 17:00. */
    public record WorkingHours(@NotEmpty List<@NotNull DayOfWeek> days, @NotNull LocalTime start, @NotNull LocalTime end) {
        public static final WorkingHours OFFICE = new WorkingHours(
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    public record AbsenceRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }
}
