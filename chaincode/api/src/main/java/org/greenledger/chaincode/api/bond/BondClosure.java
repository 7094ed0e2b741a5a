package org.greenledger.chaincode.api.bond;

import java.time.Instant;

/**
 * How a bond's life ended after issue: redeemed at maturity, called early, or in default. A
 * redemption or call is recorded by its first chunk, while the bond is REDEEMING; its progress
 * is the coupon record of its period.
 *
 * @param status              REDEEMED, CALLED or DEFAULTED (what a REDEEMING bond becomes)
 * @param declaredBy          the org that redeemed, called or declared the default
 * @param pricePerUnitMinor   principal paid per unit (0 for a default)
 * @param documentHash        the call notice or default notice (null for a redemption)
 * @param holdersPaid         holders whose entitlements were fixed (0 for a default, and while REDEEMING)
 * @param at                  transaction time of the first chunk (of the declaration, for a default);
 *                            its date is the redemption or call date
 */
public record BondClosure(BondStatus status, String declaredBy, long pricePerUnitMinor, String documentHash,
        int holdersPaid, Instant at) {
}
