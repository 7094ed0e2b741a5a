package org.greenledger.chaincode.contract.compliance;

import java.util.Optional;
import java.util.stream.Stream;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;

/**
 * The rules every movement of every asset must pass, in the order they are checked: a movement
 * is refused with the first rule that fails (DOMAIN section 2). Each rule is stated once, here.
 */
public enum ComplianceRule {
    /** Sender and receiver accounts exist and are ACTIVE. */
    ACCOUNTS_ACTIVE {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            return parties(f).map(ComplianceRule::activeAccount).flatMap(Optional::stream).findFirst();
        }
    },
    /** Both KYC attestations are valid on the transaction date. */
    KYC_VALID {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            return parties(f).filter(p -> !p.account().kyc().validOn(f.today())).findFirst()
                    .map(p -> new Refusal(ErrorCode.KYC_EXPIRED, "the KYC attestation of account " + p.accountId()
                            + " expired on " + p.account().kyc().expiresOn()));
        }
    },
    /** Neither side is on the sanctions list. */
    NOT_SANCTIONED {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            return parties(f).filter(Party::sanctioned).findFirst()
                    .map(p -> new Refusal(ErrorCode.SANCTIONED, "account " + p.accountId() + " is on the sanctions list"));
        }
    },
    /** The receiver's investor type may hold the asset. */
    RECEIVER_ELIGIBLE {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            if (f.destruction()) {
                return Optional.empty();
            }
            var type = f.receiver().account().investorType();
            return f.asset().eligibleInvestors().contains(type) ? Optional.empty()
                    : Optional.of(new Refusal(ErrorCode.INVESTOR_NOT_ELIGIBLE, type + " investors may not hold "
                            + f.asset().assetId()));
        }
    },
    /** The receiver stays within the asset's per-account limit. */
    WITHIN_HOLDING_LIMIT {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            if (f.destruction()) {
                return Optional.empty();
            }
            long after = saturatedAdd(f.receiver().unitsHeld(), f.units());
            return after <= f.asset().perAccountLimitUnits() ? Optional.empty()
                    : Optional.of(new Refusal(ErrorCode.HOLDING_LIMIT_EXCEEDED, "account " + f.receiver().accountId()
                            + " would hold " + after + " units of " + f.asset().assetId() + "; the limit is "
                            + f.asset().perAccountLimitUnits()));
        }
    },
    /** The regulator has not paused the asset. */
    ASSET_NOT_PAUSED {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            return f.assetPaused() ? Optional.of(new Refusal(ErrorCode.ASSET_PAUSED, f.asset().assetId() + " is paused"))
                    : Optional.empty();
        }
    },
    /**
     * Nothing moves while a servicing run walks the holders in chunks: a unit moved from a holder
     * the run has passed to one it has not reached would be counted twice, and the reverse never.
     */
    REGISTER_OPEN {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            return f.asset().registerClosed() == null ? Optional.empty()
                    : Optional.of(new Refusal(ErrorCode.NOT_IN_CIRCULATION, "the register of " + f.asset().assetId()
                            + " is closed: " + f.asset().registerClosed()));
        }
    },
    /** Holders transfer only an asset in circulation (not a bond before issue or after its end). */
    ASSET_IN_CIRCULATION {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            return f.issuance() || f.destruction() || f.asset().inCirculation() ? Optional.empty()
                    : Optional.of(new Refusal(ErrorCode.NOT_IN_CIRCULATION, f.asset().assetId()
                            + " is not in circulation"));
        }
    },
    /** Transfers wait for the end of the lock-up (issuance does not). */
    LOCK_UP_OVER {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            var until = f.asset().lockUpUntil();
            return f.issuance() || until == null || f.today().isAfter(until) ? Optional.empty()
                    : Optional.of(new Refusal(ErrorCode.LOCKED_UP, f.asset().assetId() + " is locked up until " + until));
        }
    },
    /** The sandbox caps hold: face value per movement, and outstanding in the class for issuance. */
    WITHIN_SANDBOX_CAPS {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            var cap = f.cap();
            if (cap == null || f.asset().currency() == null || !cap.currency().equals(f.asset().currency())) {
                return Optional.empty();
            }
            long value = saturatedMultiply(f.units(), f.asset().unitValueMinor());
            if (value > cap.perTransactionMaxMinor()) {
                return Optional.of(new Refusal(ErrorCode.SANDBOX_CAP_EXCEEDED, "face value " + value + " exceeds the "
                        + cap.assetClass() + " per-transaction cap of " + cap.perTransactionMaxMinor()));
            }
            if (f.issuance() && saturatedAdd(f.classOutstandingMinor(), value) > cap.totalMaxMinor()) {
                return Optional.of(new Refusal(ErrorCode.SANDBOX_CAP_EXCEEDED, "issuing " + value + " would take "
                        + cap.assetClass() + " outstanding past the cap of " + cap.totalMaxMinor()));
            }
            return Optional.empty();
        }
    },
    /** The sender's unfrozen units cover the movement. */
    UNFROZEN_BALANCE_SUFFICES {
        @Override
        Optional<Refusal> check(MovementFacts f) {
            if (f.issuance() || f.sender().unfrozenUnits() >= f.units()) {
                return Optional.empty();
            }
            return Optional.of(new Refusal(ErrorCode.INSUFFICIENT_UNITS, "account " + f.sender().accountId() + " has "
                    + f.sender().unfrozenUnits() + " unfrozen units of " + f.asset().assetId() + ", not " + f.units()));
        }
    };

    abstract Optional<Refusal> check(MovementFacts facts);

    /** The first rule the movement breaks, if any. */
    public static Optional<Refusal> firstRefusal(MovementFacts facts) {
        for (ComplianceRule rule : values()) {
            Optional<Refusal> refusal = rule.check(facts);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * The rules about the receiver only, and the closed register: what a court-ordered transfer
     * must still respect.
     */
    private static final java.util.List<ComplianceRule> RECEIVER_RULES = java.util.List.of(ACCOUNTS_ACTIVE, KYC_VALID,
            NOT_SANCTIONED, RECEIVER_ELIGIBLE, WITHIN_HOLDING_LIMIT, REGISTER_OPEN);

    /**
     * The first receiver-side rule the movement breaks, if any. A court order overrides the
     * sender's freeze, sanction, the asset's pause and lock-up, but not who may hold the asset,
     * nor a servicing run walking the holders.
     */
    public static Optional<Refusal> firstReceiverRefusal(MovementFacts facts) {
        MovementFacts receiverOnly = new MovementFacts(facts.asset(), facts.units(), null, facts.receiver(),
                facts.assetPaused(), facts.cap(), facts.classOutstandingMinor(), facts.today());
        for (ComplianceRule rule : RECEIVER_RULES) {
            Optional<Refusal> refusal = rule.check(receiverOnly);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Stream<Party> parties(MovementFacts f) {
        return Stream.of(f.sender(), f.receiver()).filter(java.util.Objects::nonNull);
    }

    private static Optional<Refusal> activeAccount(Party party) {
        Account account = party.account();
        if (account == null) {
            return Optional.of(new Refusal(ErrorCode.NOT_FOUND, "account '" + party.accountId() + "' does not exist"));
        }
        if (account.status() == AccountStatus.FROZEN) {
            return Optional.of(new Refusal(ErrorCode.ACCOUNT_FROZEN, "account " + party.accountId() + " is frozen"));
        }
        if (account.status() == AccountStatus.CLOSED) {
            return Optional.of(new Refusal(ErrorCode.ACCOUNT_CLOSED, "account " + party.accountId() + " is closed"));
        }
        return Optional.empty();
    }

    /** Limits compare against sums that could overflow with hostile input; saturate instead. */
    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
