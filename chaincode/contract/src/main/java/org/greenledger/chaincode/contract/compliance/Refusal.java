package org.greenledger.chaincode.contract.compliance;

import org.greenledger.chaincode.api.ErrorCode;

/** Why a movement may not happen: the reason code and a message for humans. */
public record Refusal(ErrorCode code, String message) {
}
