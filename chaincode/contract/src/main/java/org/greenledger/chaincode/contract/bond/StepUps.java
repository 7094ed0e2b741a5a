package org.greenledger.chaincode.contract.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.SustainabilityLink;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * A sustainability-linked bond's step-up triggers over time: one key per change, under the bond
 * and ordered by time, so the state in effect at any moment is read back exactly. A coupon period
 * is stepped up when a trigger was on at the start of its first day (UTC): a miss or a breach
 * raises the coupons of the periods that start after it, a cure restores those that start after
 * the cure. Only the reviewer's observations and the covenant's flags and cures change it.
 */
public final class StepUps {
    private static final String TRIGGER = "stepUpTrigger";

    private final Ledger ledger;

    public StepUps(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The rate a period is computed at, and why it was stepped up (null when it was not). */
    public record AppliedRate(BigDecimal rate, String stepUp) {
    }

    /** Every change, oldest first. */
    public List<StepUpTrigger> history(String bondId) {
        return ledger.readAll(TRIGGER, StepUpTrigger.class, bondId);
    }

    /** The triggers in effect now: the last change, if any. */
    public Optional<StepUpTrigger> current(String bondId) {
        List<StepUpTrigger> all = history(bondId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Records the reviewer's latest observation of the target; returns the triggers from now on. */
    public StepUpTrigger targetObserved(Bond bond, boolean met, String cause) {
        boolean breached = current(bond.bondId()).map(StepUpTrigger::covenantBreached).orElse(false);
        return change(new StepUpTrigger(bond.bondId(), !met, breached, cause, ledger.now()));
    }

    /** Records a breach of the green covenant, or its cure. Nothing for a bond that is not linked. */
    public void covenant(Bond bond, boolean breached, String cause) {
        if (bond.terms().sustainabilityLink() == null) {
            return;
        }
        boolean missed = current(bond.bondId()).map(StepUpTrigger::targetMissed).orElse(false);
        change(new StepUpTrigger(bond.bondId(), missed, breached, cause, ledger.now()));
    }

    /** The rate of a coupon period: the terms' rate, plus the step-up if a trigger was on when the period began. */
    public AppliedRate rateFor(Bond bond, CouponPeriod period) {
        BigDecimal base = bond.terms().couponRate();
        SustainabilityLink link = bond.terms().sustainabilityLink();
        if (link == null) {
            return new AppliedRate(base, null);
        }
        Instant start = period.accrualStart().atStartOfDay(ZoneOffset.UTC).toInstant();
        Optional<StepUpTrigger> inEffect = history(bond.bondId()).stream()
                .filter(t -> t.since().isBefore(start)).reduce((earlier, later) -> later);
        if (inEffect.isEmpty() || !inEffect.get().on()) {
            return new AppliedRate(base, null);
        }
        StepUpTrigger trigger = inEffect.get();
        String why = (trigger.targetMissed() ? "performance target missed" : "")
                + (trigger.targetMissed() && trigger.covenantBreached() ? " and " : "")
                + (trigger.covenantBreached() ? "green covenant in breach" : "");
        return new AppliedRate(base.add(BigDecimal.valueOf(link.stepUpBasisPoints(), 4)).stripTrailingZeros(),
                "+" + link.stepUpBasisPoints() + " bp: " + why + " since " + trigger.since() + " (" + trigger.cause() + ")");
    }

    private StepUpTrigger change(StepUpTrigger trigger) {
        ledger.write(ledger.key(TRIGGER, trigger.bondId(), ledger.sortableTime(), ledger.txId()), trigger);
        return trigger;
    }
}
