package org.liaison.notify.matter;

/** What a ward matter is; each kind has its protocol rule (SPEC §3). */
public enum MatterKind {
    PUBLIC_MEETING,       // NTF-1
    CONSULTATION,         // NTF-2
    PRESS_RELEASE,        // NTF-3
    SIGNIFICANT_ISSUE,    // NTF-4
    AGENDA_ITEM,          // NTF-5
    EXECUTIVE_DECISION,   // NTF-6
    SITE_VISIT,           // NTF-7
    CEREMONIAL_EVENT,     // NTF-8
    PARISH_CORRESPONDENCE // NTF-9
}
