package org.liaison.notify.matter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatterResponse(UUID id, MatterKind kind, String ruleId, String title, String description, String location,
        Instant startsAt, Instant endsAt, List<String> wardCodes, String link, String visitBy, Boolean courtesyVisit,
        String parishCouncil, String withheldReason, String sourceReference, String status, Instant registeredAt,
        Instant updatedAt, Instant cancelledAt, String cancellationReason, int revision, Integer noticeWorkingDays,
        Boolean shortNotice, Integer minimumNoticeWorkingDays, Boolean late, Boolean councillorsConsulted,
        Instant deliveryReportedAt,
        List<Recipient> recipients) {

    /** One email to a councillor about the matter ({@code what}: invitation, update, cancellation) and where it stands. */
    public record Recipient(String councillorId, String displayName, String what, String notificationStatus, Instant sentAt) {
    }

    static String what(String template) {
        return switch (template) {
            case org.liaison.notify.delivery.Notification.PUBLIC_MEETING_UPDATE,
                    org.liaison.notify.delivery.Notification.MATTER_UPDATE -> "update";
            case org.liaison.notify.delivery.Notification.PUBLIC_MEETING_CANCELLATION,
                    org.liaison.notify.delivery.Notification.MATTER_CANCELLATION -> "cancellation";
            case org.liaison.notify.delivery.Notification.PUBLIC_MEETING_INVITATION -> "invitation";
            case org.liaison.notify.delivery.Notification.MATTER_NOTICE -> "notice";
            case org.liaison.notify.delivery.Notification.MATTER_REPORT -> "report";
            default -> template;
        };
    }
}
