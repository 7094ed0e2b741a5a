package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;

/**
 * An event of default declared on a bond.
 *
 * @param bondId             the bond (ISIN)
 * @param noticeDocumentHash SHA-256 of the notice of default
 */
public record DefaultNotice(String bondId, String noticeDocumentHash) {
    public DefaultNotice {
        Isin.check("bondId", bondId);
        Check.matches("noticeDocumentHash", noticeDocumentHash, Check.SHA256_HEX);
    }
}
