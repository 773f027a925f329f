package org.liaison.events.media;

import java.time.Instant;

/**
 * {@code liaison.media.release-issued.v1}, {@code liaison.media.release-withdrawn.v1} or
 * {@code liaison.media.release-rejected.v1} on {@code media.events}, keyed by release id.
 */
public record ReleaseClosed(String releaseId, String title, String status, String why, Instant at) {

    public static final String ISSUED = "liaison.media.release-issued.v1";
    public static final String WITHDRAWN = "liaison.media.release-withdrawn.v1";
    public static final String REJECTED = "liaison.media.release-rejected.v1";
}
