package org.greenledger.chaincode.api.bond;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bond is in its life. Every change of status is checked against {@link #next()}: an
 * impossible step fails with {@code INVALID_TRANSITION}.
 *
 * <pre>
 * DRAFT -> REVIEWED -> APPROVED -> OPEN -> ISSUED -> MATURED -> REDEEMED
 *   \---------\-----------\---------\--> CANCELLED      \-> CALLED, DEFAULTED (and MATURED -> DEFAULTED)
 * </pre>
 */
public enum BondStatus {
    /** Created by the issuer; terms may still be reviewed. */
    DRAFT,
    /** The external reviewer (a VERIFIER org) gave its second-party opinion. */
    REVIEWED,
    /** The registry approved the issue. */
    APPROVED,
    /** Open for subscriptions. */
    OPEN,
    /** Allocated and settled: units are held by investors. */
    ISSUED,
    /** Past the maturity date; principal due. */
    MATURED,
    /** Principal (and final coupon) paid; units retired. Final. */
    REDEEMED,
    /** Redeemed early by the issuer. Final. */
    CALLED,
    /** An event of default was declared. Final. */
    DEFAULTED,
    /** Withdrawn before issue. Final. */
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<BondStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(REVIEWED, CANCELLED);
            case REVIEWED -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(ISSUED, CANCELLED);
            case ISSUED -> EnumSet.of(MATURED, CALLED, DEFAULTED);
            case MATURED -> EnumSet.of(REDEEMED, DEFAULTED);
            case REDEEMED, CALLED, DEFAULTED, CANCELLED -> EnumSet.noneOf(BondStatus.class);
        };
    }

    public boolean canMoveTo(BondStatus target) {
        return next().contains(target);
    }
}
