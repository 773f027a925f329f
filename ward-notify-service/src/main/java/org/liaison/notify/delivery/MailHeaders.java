package org.liaison.notify.delivery;

/** HUB-4: nothing a user typed may break out of a header line. */
public final class MailHeaders {

    private static final int MAX_SUBJECT = 200;

    private MailHeaders() {
    }

    /** Collapses CR, LF and other control characters to spaces and trims to a sensible length. */
    public static String subject(String text) {
        String single = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip();
        return single.length() > MAX_SUBJECT ? single.substring(0, MAX_SUBJECT - 1) + "…" : single;
    }
}
