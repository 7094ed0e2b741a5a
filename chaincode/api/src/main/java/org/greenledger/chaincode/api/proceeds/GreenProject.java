package org.greenledger.chaincode.api.proceeds;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;

/**
 * A registered green project.
 *
 * @param terms        what the issuer registered
 * @param issuerMspId  the ISSUER org that registered it; only its bonds allocate to it
 * @param registeredAt transaction time of registration
 */
public record GreenProject(RegisterProjectRequest terms, String issuerMspId, Instant registeredAt) {
    public GreenProject {
        Check.present("terms", terms);
        Check.matches("issuerMspId", issuerMspId, Check.MSP_ID);
        Check.present("registeredAt", registeredAt);
    }

    public String projectId() {
        return terms.projectId();
    }
}
