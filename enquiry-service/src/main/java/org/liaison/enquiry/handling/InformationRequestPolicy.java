package org.liaison.enquiry.handling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import org.liaison.enquiry.handling.InformationRequestRules.Decider;

/** P8, ENQ-11: the council profile's {@code enquiries.information-requests} settings (docs/council-profiles.md). */
@ConfigMapping(prefix = "liaison.enquiry.information-requests")
public interface InformationRequestPolicy {

    /** Who decides a disputed decline ({@link InformationRequestRules#effectiveDecider}). */
    @WithDefault("CHIEF_EXECUTIVE")
    Decider disputeDecider();

    /** Who must be consulted before a request is declined or a dispute decided; NONE for nobody. */
    @WithDefault("NONE")
    List<String> consultedFirst();

    /** Who may decline on the ground of an unreasonable use of resources ({@link InformationRequestRules#effectiveJudge}). */
    @WithDefault("ANY_OFFICER")
    Decider resourcesJudgedBy();

    default List<Decider> consulted() {
        return consultedFirst().stream().filter(value -> !value.equals("NONE")).map(Decider::valueOf).toList();
    }
}
