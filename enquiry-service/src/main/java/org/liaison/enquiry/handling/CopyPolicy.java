package org.liaison.enquiry.handling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** P10, ENQ-10: the council profile's {@code enquiries.copies} settings (docs/council-profiles.md). */
@ConfigMapping(prefix = "liaison.enquiry.copies")
public interface CopyPolicy {

    @WithDefault("NOT_WITHOUT_MEMBERS_CONSENT")
    CopyRules.Casework singleConstituentCasework();

    @WithDefault("MAY_GO_TO_THE_WARD_COUNCILLORS")
    CopyRules.WardInterest wardInterest();

    default CopyRules.Policy policy() {
        return new CopyRules.Policy(singleConstituentCasework(), wardInterest());
    }
}
