package org.greenledger.client;

import java.util.Objects;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Refusal;

/**
 * One endorsing peer's answer to a proposal that was not endorsed, as the Fabric Gateway reported
 * it (fabric-gateway's {@code ErrorDetail}, with the chaincode's refusal read from it).
 *
 * @param mspId the peer's org
 * @param address the peer's host and port
 * @param refusal the chaincode's refusal on this peer; empty if the peer failed in another way
 *     (unreachable, its chaincode not running, a chaincode that answers in another format)
 * @param message the peer's message exactly as the Gateway reported it
 */
public record EndorserAnswer(String mspId, String address, Optional<Refusal> refusal, String message) {
    /**
     * Checks that every part is present.
     *
     * @param mspId   the peer's org
     * @param address the peer's host and port
     * @param refusal the chaincode's refusal on this peer, or empty
     * @param message the peer's message exactly as the Gateway reported it
     * @throws NullPointerException naming the missing part
     */
    public EndorserAnswer {
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(message, "message");
    }

    /**
     * This peer's refusal code, if its chaincode refused.
     *
     * @return the code of {@link #refusal()}; empty if the peer failed in another way
     */
    public Optional<ErrorCode> code() {
        return refusal.map(Refusal::code);
    }
}
