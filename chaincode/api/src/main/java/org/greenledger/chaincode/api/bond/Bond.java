package org.greenledger.chaincode.api.bond;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * A bond on the ledger: its terms and where it stands.
 *
 * @param terms      the terms, fixed at creation
 * @param status     the lifecycle status
 * @param review     the second-party opinion, once REVIEWED (null before)
 * @param approvedBy the REGISTRY org that approved it, once APPROVED (null before)
 * @param issue      what was issued, once ISSUED (null before)
 * @param closure    how it ended after issue: redeemed, called or defaulted (null before)
 * @param covenantBreachedAt since when the green covenant is breached: the verifier flagged an
 *                   allocation that still holds proceeds (null when not in breach)
 * @param registerClosedFor the coupon period whose record date is being fixed over several
 *                   transactions: the register is closed, no unit moves until it is fixed (0: open)
 * @param createdAt  transaction time of creation
 * @param updatedAt  transaction time of the last change
 */
public record Bond(BondTerms terms, BondStatus status, SecondPartyOpinion review, String approvedBy, BondIssue issue,
        BondClosure closure, Instant covenantBreachedAt, int registerClosedFor, Instant createdAt, Instant updatedAt) {
    public Bond {
        Check.present("terms", terms);
        Check.present("status", status);
        Check.present("createdAt", createdAt);
        Check.present("updatedAt", updatedAt);
    }

    public String bondId() {
        return terms.bondId();
    }

    public static Bond draft(BondTerms terms, Instant at) {
        return new Bond(terms, BondStatus.DRAFT, null, null, null, null, null, 0, at, at);
    }

    /**
     * The bond in {@code target} status.
     *
     * @throws GreenLedgerError INVALID_TRANSITION if the lifecycle does not allow the step
     */
    public Bond moveTo(BondStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new GreenLedgerError(ErrorCode.INVALID_TRANSITION,
                    "bond " + bondId() + " cannot move from " + status + " to " + target);
        }
        return new Bond(terms, target, review, approvedBy, issue, closure, covenantBreachedAt, registerClosedFor,
                createdAt, at);
    }

    public Bond reviewed(SecondPartyOpinion opinion) {
        Bond moved = moveTo(BondStatus.REVIEWED, opinion.reviewedAt());
        return new Bond(terms, moved.status(), opinion, approvedBy, issue, closure, covenantBreachedAt,
                registerClosedFor, createdAt, moved.updatedAt());
    }

    public Bond approved(String registryMspId, Instant at) {
        Bond moved = moveTo(BondStatus.APPROVED, at);
        return new Bond(terms, moved.status(), review, registryMspId, issue, closure, covenantBreachedAt,
                registerClosedFor, createdAt, at);
    }

    /** The bond SETTLING its issue (the book is closed), with the settlement so far. */
    public Bond settling(BondIssue soFar, Instant at) {
        Bond moved = status == BondStatus.SETTLING ? this : moveTo(BondStatus.SETTLING, at);
        return new Bond(terms, moved.status(), review, approvedBy, soFar, closure, covenantBreachedAt,
                registerClosedFor, createdAt, at);
    }

    /** The bond ISSUED, with the outcome of the issue. */
    public Bond issued(BondIssue outcome) {
        Bond moved = moveTo(BondStatus.ISSUED, outcome.issuedAt());
        return new Bond(terms, moved.status(), review, approvedBy, outcome, closure, covenantBreachedAt,
                registerClosedFor, createdAt, outcome.issuedAt());
    }

    /** The bond REDEEMING: its redemption or call ({@code how}) has begun and goes on chunk by chunk. */
    public Bond redeeming(BondClosure how) {
        Bond moved = moveTo(BondStatus.REDEEMING, how.at());
        return new Bond(terms, moved.status(), review, approvedBy, issue, how, covenantBreachedAt, registerClosedFor,
                createdAt, how.at());
    }

    /** The bond REDEEMED, CALLED (from REDEEMING) or DEFAULTED. */
    public Bond closed(BondClosure how, Instant at) {
        Bond moved = moveTo(how.status(), at);
        return new Bond(terms, moved.status(), review, approvedBy, issue, how, covenantBreachedAt, registerClosedFor,
                createdAt, at);
    }

    /** The bond with its register closed while {@code period}'s record date is fixed, or open again (0). */
    public Bond withRegisterClosedFor(int period, Instant at) {
        return new Bond(terms, status, review, approvedBy, issue, closure, covenantBreachedAt, period, createdAt, at);
    }

    /** The bond in breach of its green covenant since {@code since}, or cured ({@code null}). */
    public Bond withCovenantBreach(Instant since, Instant at) {
        return new Bond(terms, status, review, approvedBy, issue, closure, since, registerClosedFor, createdAt, at);
    }
}
