package org.liaison.notify.matter;

/**
 * What a ward matter is; each kind has its protocol rule (SPEC §3). Protocol notices (NTF-1 to NTF-4) always go at
 * once; informational kinds (NTF-5 to NTF-9) may be taken as a daily digest (HUB-5). What each kind's emails say is
 * in the {@code matterHeadline*} and {@code matterOpening*} Qute tags.
 */
public enum MatterKind {
    PUBLIC_MEETING("NTF-1", false),
    CONSULTATION("NTF-2", false),
    PRESS_RELEASE("NTF-3", false),
    SIGNIFICANT_ISSUE("NTF-4", false),
    AGENDA_ITEM("NTF-5", true),
    EXECUTIVE_DECISION("NTF-6", true),
    SITE_VISIT("NTF-7", true),
    CEREMONIAL_EVENT("NTF-8", true),
    PARISH_CORRESPONDENCE("NTF-9", true);

    private final String ruleId;
    private final boolean informational;
    MatterKind(String ruleId, boolean informational) {
        this.ruleId = ruleId;
        this.informational = informational;
    }

    public String ruleId() {
        return ruleId;
    }

    /** HUB-5: may be delivered in the councillor's daily digest instead of at once. */
    public boolean informational() {
        return informational;
    }
}
