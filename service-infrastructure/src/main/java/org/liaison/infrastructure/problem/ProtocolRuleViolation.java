package org.liaison.infrastructure.problem;

import java.util.List;

/**
 * A request that would break a rule of the Member/Officer protocol: 422 with the rule id and a
 * sentence that tells a council officer what to do instead.
 */
public class ProtocolRuleViolation extends ProblemException {

    public ProtocolRuleViolation(String ruleId, String detail) {
        super(new Problem("https://liaison.example/rules/" + ruleId, "Protocol rule " + ruleId + " not met", 422,
                detail, ruleId, List.of()));
    }

    public String ruleId() {
        return problem().ruleId();
    }
}
