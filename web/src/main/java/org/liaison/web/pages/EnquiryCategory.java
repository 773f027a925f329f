package org.liaison.web.pages;

import java.util.List;

/** The categories enquiry-service takes, as the form offers them (the service checks the value). */
public record EnquiryCategory(String value, String label, String hint) {

    public static final List<EnquiryCategory> ALL = List.of(
            new EnquiryCategory("CASEWORK", "Casework", "About one constituent's own circumstances"),
            new EnquiryCategory("WARD_ISSUE", "Ward issue", "Something affecting the ward, such as repairs or litter"),
            new EnquiryCategory("POLICY", "Policy", "How the council's policy applies or could change"),
            new EnquiryCategory("INFORMATION", "Request for information", "Documents or figures you need for your work"));

    static String labelOf(String value) {
        return ALL.stream().filter(c -> c.value().equals(value)).map(EnquiryCategory::label).findFirst()
                .orElse(value == null ? "" : value);
    }
}
