package org.greenledger.chaincode.api.carbon;

import java.util.EnumSet;
import java.util.Set;

/**
 * A carbon project's lifecycle: LISTED by the developer's bank, VALIDATED by a verifier,
 * REGISTERED by the registry; REJECTED by the registry or WITHDRAWN by the developer before
 * registration. Only a REGISTERED project earns credits.
 */
public enum CarbonProjectStatus {
    LISTED,
    VALIDATED,
    REGISTERED,
    REJECTED,
    WITHDRAWN;

    public Set<CarbonProjectStatus> next() {
        return switch (this) {
            case LISTED -> EnumSet.of(VALIDATED, REJECTED, WITHDRAWN);
            case VALIDATED -> EnumSet.of(REGISTERED, REJECTED, WITHDRAWN);
            case REGISTERED, REJECTED, WITHDRAWN -> EnumSet.noneOf(CarbonProjectStatus.class);
        };
    }

    public boolean canMoveTo(CarbonProjectStatus target) {
        return next().contains(target);
    }
}
