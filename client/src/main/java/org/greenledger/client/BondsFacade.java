package org.greenledger.client;

import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.schedule.CouponSchedule;

final class BondsFacade implements Bonds {
    private final Invoker invoker;

    BondsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Bond create(BondTerms terms) {
        return invoker.call(Transaction.CREATE_BOND, Bond.class, Json.encode(terms));
    }

    @Override
    public Bond review(ReviewBondRequest request) {
        return invoker.call(Transaction.REVIEW_BOND, Bond.class, Json.encode(request));
    }

    @Override
    public Bond approve(String bondId) {
        return invoker.call(Transaction.APPROVE_BOND, Bond.class, bondId);
    }

    @Override
    public Bond openSubscriptions(String bondId) {
        return invoker.call(Transaction.OPEN_SUBSCRIPTIONS, Bond.class, bondId);
    }

    @Override
    public Bond cancel(String bondId) {
        return invoker.call(Transaction.CANCEL_BOND, Bond.class, bondId);
    }

    @Override
    public Bond get(String bondId) {
        return invoker.call(Transaction.GET_BOND, Bond.class, bondId);
    }

    @Override
    public CouponSchedule couponSchedule(String bondId) {
        return invoker.call(Transaction.GET_COUPON_SCHEDULE, CouponSchedule.class, bondId);
    }
}
