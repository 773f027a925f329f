package org.liaison.infrastructure.problem;

import java.util.List;

/**
 * A request that would break a rule of the Member/Officer protocol: 422 with the rule id and a
 * sentence that tells a council officer what to do instead.
 */
public class ProtocolRuleViolation extends ProblemException {

    public ProtocolRuleViolation(String ruleId, String detail) {
        this(ruleId, detail, List.of());
    }

    /** With the fields the rule is about, e.g. {@code wardCodes} for DIR-2. */
    public ProtocolRuleViolation(String ruleId, String detail, List<Problem.FieldError> errors) {
        super(new Problem("https://liaison.example/rules/" + ruleId, "Protocol rule " + ruleId + " not met", 422,
                detail, ruleId, errors));
    }

    public String ruleId() {
        return problem().ruleId();
    }
}
