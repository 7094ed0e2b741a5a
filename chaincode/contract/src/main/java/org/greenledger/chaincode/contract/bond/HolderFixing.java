package org.greenledger.chaincode.contract.bond;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.movement.HoldingBook;

/**
 * Fixes a period's holders a chunk per transaction: each holder's entitlement (its coupon, and
 * at the bond's end its principal) and the period's coupon record, which keeps the totals so
 * far and the run's cursor (the last holder's account). The one walk over a bond's holders: a
 * record date and a redemption (which also retires and pays each chunk) both go through it. Each
 * coupon is rounded once per holder, as {@link Terms#coupon} says, so the chunks add up to
 * exactly what one pass over every holder would.
 */
final class HolderFixing {
    private HolderFixing() {
    }

    /**
     * What each holder of the period is owed for its units; fixed when the run starts, the same
     * for every chunk.
     *
     * @param coupon a holder's coupon in minor units, rounded once, for its units
     */
    record Terms(int period, LocalDate recordDate, LocalDate paymentDate, StepUps.AppliedRate rate,
            long principalPerUnitMinor, LongUnaryOperator coupon) {
    }

    /** One chunk, read and worked out before anything is written: the holders and what each is owed. */
    record Chunk(HoldingBook.HolderChunk holders, List<Entitlement> entitlements, CouponRecord record) {
    }

    /**
     * The next chunk of the period's holders after the record's cursor (from the first when
     * {@code before} is null) and the record as it will be after it; writes nothing.
     */
    static Chunk next(Ledger ledger, Bond bond, Terms terms, CouponRecord before, int maxHolders) {
        RunProgress progress = before == null ? null : before.fixing();
        HoldingBook.HolderChunk holders = new HoldingBook(ledger).holdersAfter(bond.bondId(),
                progress == null ? null : progress.cursor(), maxHolders);
        List<Entitlement> entitlements = new ArrayList<>();
        long units = before == null ? 0 : before.units();
        long coupons = before == null ? 0 : before.couponMinor();
        long principal = before == null ? 0 : before.principalMinor();
        for (Holding holder : holders.holders()) {
            Entitlement e = new Entitlement(bond.bondId(), terms.period(), holder.accountId(), holder.units(),
                    terms.coupon().applyAsLong(holder.units()), Sums.times("a holder's principal", holder.units(),
                    terms.principalPerUnitMinor()), EntitlementStatus.DUE, null, null);
            entitlements.add(e);
            units = Sums.add("the units of the holders", units, e.units());
            coupons = Sums.add("the coupons of the holders", coupons, e.couponMinor());
            principal = Sums.add("the principal of the holders", principal, e.principalMinor());
        }
        CouponRecord after = new CouponRecord(bond.bondId(), terms.period(), terms.recordDate(), terms.paymentDate(),
                Math.addExact(before == null ? 0 : before.holders(), entitlements.size()), units, coupons, principal,
                ledger.now(), terms.rate().rate(), terms.rate().stepUp(),
                RunProgress.after(progress, holders.last(), entitlements.size(), holders.more(), ledger.now()));
        return new Chunk(holders, entitlements, after);
    }

    /** Writes the chunk's entitlements and the period's record. */
    static void save(Ledger ledger, Chunk chunk) {
        EntitlementBook book = new EntitlementBook(ledger);
        chunk.entitlements().forEach(book::save);
        book.save(chunk.record());
    }
}
