package org.liaison.web.api;

import java.time.Instant;

/**
 * An email in ward-notify-service's outbound log (HUB-1): to whom, what kind of email ({@code template}), and where its
 * delivery stands (HUB-2: FAILED when the relay would not take it, BOUNCED when a delivery report came back).
 */
public record Notification(String id, String sourceEvent, String matterId, String recipientId, String recipientEmail,
        String status, int attempts, Instant createdAt, Instant sentAt, String lastError, Instant bouncedAt,
        String bounceReason, String template) {
}
