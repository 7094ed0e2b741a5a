package org.greenledger.chaincode.contract.access;

import java.util.Optional;
import org.greenledger.chaincode.api.governance.UserRole;
import org.hyperledger.fabric.contract.ClientIdentity;

/**
 * Who submitted the transaction: the org (MSP ID) it acts for, its unique X.509 id, and its
 * {@code gl.role} from the certificate (absent if the CA gave it none).
 */
public record Caller(String mspId, String id, Optional<UserRole> userRole) {
    public static Caller of(ClientIdentity identity) {
        return new Caller(identity.getMSPID(), identity.getId(),
                UserRole.fromAttribute(identity.getAttributeValue(UserRole.ATTRIBUTE)));
    }
}
