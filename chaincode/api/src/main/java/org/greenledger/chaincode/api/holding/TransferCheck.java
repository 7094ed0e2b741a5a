package org.greenledger.chaincode.api.holding;

import org.greenledger.chaincode.api.ErrorCode;

/**
 * The answer of {@code CanTransfer}: whether a transfer would pass compliance now, and if not,
 * the first reason (ERC-1400 style).
 *
 * @param allowed true if it would pass
 * @param code    the reason code when refused, null when allowed
 * @param message a message for humans
 */
public record TransferCheck(boolean allowed, ErrorCode code, String message) {
}
