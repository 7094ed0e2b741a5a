package org.greenledger.chaincode.api.bond;

import java.time.Instant;

/**
 * How a bond's life ended after issue: redeemed at maturity, called early, or in default.
 *
 * @param status              REDEEMED, CALLED or DEFAULTED
 * @param declaredBy          the org that redeemed, called or declared the default
 * @param pricePerUnitMinor   principal paid per unit (0 for a default)
 * @param documentHash        the call notice or default notice (null for a redemption)
 * @param holdersPaid         holders paid (0 for a default)
 * @param at                  transaction time
 */
public record BondClosure(BondStatus status, String declaredBy, long pricePerUnitMinor, String documentHash,
        int holdersPaid, Instant at) {
}
