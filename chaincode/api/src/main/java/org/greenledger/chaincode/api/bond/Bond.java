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
 * @param createdAt  transaction time of creation
 * @param updatedAt  transaction time of the last change
 */
public record Bond(BondTerms terms, BondStatus status, SecondPartyOpinion review, String approvedBy, BondIssue issue,
        BondClosure closure, Instant covenantBreachedAt, Instant createdAt, Instant updatedAt) {
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
        return new Bond(terms, BondStatus.DRAFT, null, null, null, null, null, at, at);
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
        return new Bond(terms, target, review, approvedBy, issue, closure, covenantBreachedAt, createdAt, at);
    }

    public Bond reviewed(SecondPartyOpinion opinion) {
        Bond moved = moveTo(BondStatus.REVIEWED, opinion.reviewedAt());
        return new Bond(terms, moved.status(), opinion, approvedBy, issue, closure, covenantBreachedAt, createdAt, moved.updatedAt());
    }

    public Bond approved(String registryMspId, Instant at) {
        Bond moved = moveTo(BondStatus.APPROVED, at);
        return new Bond(terms, moved.status(), review, registryMspId, issue, closure, covenantBreachedAt, createdAt, at);
    }

    /** The bond ISSUED, with the outcome of the issue. */
    public Bond issued(BondIssue outcome) {
        Bond moved = moveTo(BondStatus.ISSUED, outcome.issuedAt());
        return new Bond(terms, moved.status(), review, approvedBy, outcome, closure, covenantBreachedAt, createdAt, outcome.issuedAt());
    }

    /** The bond REDEEMED, CALLED or DEFAULTED. */
    public Bond closed(BondClosure how) {
        Bond moved = moveTo(how.status(), how.at());
        return new Bond(terms, moved.status(), review, approvedBy, issue, how, covenantBreachedAt, createdAt, how.at());
    }

    /** The bond in breach of its green covenant since {@code since}, or cured ({@code null}). */
    public Bond withCovenantBreach(Instant since, Instant at) {
        return new Bond(terms, status, review, approvedBy, issue, closure, since, createdAt, at);
    }
}
