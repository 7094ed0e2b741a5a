package org.greenledger.chaincode.api.governance;

import org.greenledger.chaincode.api.Check;

/**
 * Starts governance, once: the calling admin's org becomes the alliance (REGISTRY) and names
 * the regulator org, so that no MSP ID is written into the chaincode.
 *
 * @param allianceName   display name of the caller's org
 * @param regulatorMspId MSP ID of the regulator org
 * @param regulatorName  display name of the regulator org
 */
public record BootstrapRequest(String allianceName, String regulatorMspId, String regulatorName) {
    public BootstrapRequest {
        Check.text("allianceName", allianceName, 200);
        Check.matches("regulatorMspId", regulatorMspId, Check.MSP_ID);
        Check.text("regulatorName", regulatorName, 200);
    }
}
