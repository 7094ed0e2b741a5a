package org.greenledger.chaincode.api.proceeds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * A quantity of one impact metric, to at most {@value #SCALE} decimal places (a kilogram of a
 * tonne), never negative.
 *
 * @param metric   what is measured
 * @param quantity how much, in the metric's unit
 */
public record ImpactValue(ImpactMetric metric, BigDecimal quantity) {
    /** Decimal places of every quantity; computed shares are rounded to it HALF_EVEN. */
    public static final int SCALE = 3;

    public ImpactValue {
        Check.present("metric", metric);
        Check.present("quantity", quantity);
        if (quantity.signum() < 0) {
            throw GreenLedgerError.invalid("quantity", "must not be negative");
        }
        if (quantity.stripTrailingZeros().scale() > SCALE) {
            throw GreenLedgerError.invalid("quantity", "has more than " + SCALE + " decimal places");
        }
        quantity = quantity.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * The pro-rata part {@code part / whole} of this quantity, computed exactly and rounded once
     * to {@value #SCALE} places HALF_EVEN.
     */
    public ImpactValue proRata(long part, long whole) {
        return new ImpactValue(metric, quantity.multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * Checks a list of values: not empty, each metric at most once; returns it in metric order so
     * the same values always encode the same way.
     */
    public static List<ImpactValue> canonical(String field, List<ImpactValue> values) {
        Check.notEmpty(field, values);
        Map<ImpactMetric, ImpactValue> byMetric = new EnumMap<>(ImpactMetric.class);
        for (ImpactValue value : values) {
            if (byMetric.put(value.metric(), value) != null) {
                throw GreenLedgerError.invalid(field, "names " + value.metric() + " twice");
            }
        }
        return List.copyOf(byMetric.values());
    }

    /** Sums values per metric, in metric order. */
    public static List<ImpactValue> totals(List<ImpactValue> values) {
        Map<ImpactMetric, BigDecimal> sums = new EnumMap<>(ImpactMetric.class);
        values.forEach(v -> sums.merge(v.metric(), v.quantity(), BigDecimal::add));
        return sums.entrySet().stream().map(e -> new ImpactValue(e.getKey(), e.getValue())).toList();
    }
}
