package org.greenledger.chaincode.contract.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.SustainabilityLink;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * A sustainability-linked bond's step-up triggers over time: one key per change of one trigger,
 * under the bond and ordered by time, so the state in effect at any moment is read back exactly
 * and a change of one trigger never copies (or loses) the other. A coupon period is stepped up
 * when a trigger was on at the start of its first day (UTC): a miss or a breach raises the coupons
 * of the periods that start after it, a cure restores those that start after the cure. Only the
 * reviewer's observations and the covenant's flags and cures change it; every transaction time is
 * bounded by each endorser's clock (ProposalTimeWindow), so a change is dated at most that window
 * earlier than it was endorsed.
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

    /** Records the reviewer's latest observation of the target. */
    public StepUpTrigger targetObserved(Bond bond, boolean met, String cause) {
        return change(new StepUpTrigger(bond.bondId(), StepUpTrigger.Kind.TARGET_MISSED, !met, cause, ledger.now()));
    }

    /** Records a breach of the green covenant, or its cure. Nothing for a bond that is not linked. */
    public void covenant(Bond bond, boolean breached, String cause) {
        if (bond.terms().sustainabilityLink() != null) {
            change(new StepUpTrigger(bond.bondId(), StepUpTrigger.Kind.COVENANT_BREACHED, breached, cause,
                    ledger.now()));
        }
    }

    /** The rate of a coupon period: the terms' rate, plus the step-up if a trigger was on when the period began. */
    public AppliedRate rateFor(Bond bond, CouponPeriod period) {
        BigDecimal base = bond.terms().couponRate();
        SustainabilityLink link = bond.terms().sustainabilityLink();
        if (link == null) {
            return new AppliedRate(base, null);
        }
        Instant start = period.accrualStart().atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<StepUpTrigger.Kind, StepUpTrigger> inEffect = new EnumMap<>(StepUpTrigger.Kind.class);
        history(bond.bondId()).stream().filter(t -> t.since().isBefore(start)).forEach(t -> inEffect.put(t.kind(), t));
        List<StepUpTrigger> on = inEffect.values().stream().filter(StepUpTrigger::on).toList();
        if (on.isEmpty()) {
            return new AppliedRate(base, null);
        }
        String why = on.stream().map(t -> (t.kind() == StepUpTrigger.Kind.TARGET_MISSED ? "performance target missed"
                : "green covenant in breach") + " since " + t.since() + " (" + t.cause() + ")")
                .collect(Collectors.joining("; "));
        return new AppliedRate(base.add(BigDecimal.valueOf(link.stepUpBasisPoints(), 4)).stripTrailingZeros(),
                "+" + link.stepUpBasisPoints() + " bp: " + why);
    }

    private StepUpTrigger change(StepUpTrigger trigger) {
        ledger.write(ledger.key(TRIGGER, trigger.bondId(), ledger.sortableTime(), ledger.txId()), trigger);
        return trigger;
    }
}
