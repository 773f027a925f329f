package org.liaison.notify.matter;

/**
 * What a ward matter is; each kind has its protocol rule (SPEC §3). Protocol notices (NTF-1 to NTF-4) always go at
 * once; informational kinds (NTF-5 to NTF-9) may be taken as a daily digest (HUB-5).
 */
public enum MatterKind {
    PUBLIC_MEETING("NTF-1", false, "Public meeting in your ward"),
    CONSULTATION("NTF-2", false, "Consultation in your ward"),
    PRESS_RELEASE("NTF-3", false, "Press release about your ward"),
    SIGNIFICANT_ISSUE("NTF-4", false, "Significant issue in your ward"),
    AGENDA_ITEM("NTF-5", true, "On a committee agenda: a matter in your ward"),
    EXECUTIVE_DECISION("NTF-6", true, "Executive decision affecting your ward"),
    SITE_VISIT("NTF-7", true, "Site visit in your ward"),
    CEREMONIAL_EVENT("NTF-8", true, "Civic event in your ward"),
    PARISH_CORRESPONDENCE("NTF-9", true, "Parish council correspondence about your ward");

    private final String ruleId;
    private final boolean informational;
    private final String subject;

    MatterKind(String ruleId, boolean informational, String subject) {
        this.ruleId = ruleId;
        this.informational = informational;
        this.subject = subject;
    }

    public String ruleId() {
        return ruleId;
    }

    /** HUB-5: may be delivered in the councillor's daily digest instead of at once. */
    public boolean informational() {
        return informational;
    }

    /** How the first email about a matter of this kind begins its subject. */
    public String subject() {
        return subject;
    }
}
