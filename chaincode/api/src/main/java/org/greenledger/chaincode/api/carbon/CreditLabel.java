package org.greenledger.chaincode.api.carbon;

/** Labels that travel with credits. */
public enum CreditLabel {
    /** ICVCM Core Carbon Principles approved category. */
    CCP,
    /** Eligible for CORSIA offsetting. */
    CORSIA_ELIGIBLE,
    /** Authorized by the host country under Article 6 of the Paris Agreement. */
    ARTICLE6_AUTHORIZED
}
