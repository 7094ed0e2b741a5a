package org.greenledger.client;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.bond.Allotment;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.SubscriptionRef;
import org.greenledger.chaincode.api.bond.SubscriptionStatus;
import org.greenledger.chaincode.api.bond.TargetObservation;
import org.greenledger.chaincode.api.schedule.CouponSchedule;

final class BondsFacade implements Bonds {
    private final Invoker invoker;

    BondsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Bond create(BondTerms terms) {
        return invoker.call(Transaction.CREATE_BOND, terms);
    }

    @Override
    public Bond review(ReviewBondRequest request) {
        return invoker.call(Transaction.REVIEW_BOND, request);
    }

    @Override
    public StepUpTrigger observeTarget(TargetObservation observation) {
        return invoker.call(Transaction.OBSERVE_TARGET, observation);
    }

    @Override
    public List<StepUpTrigger> stepUpTriggers(String bondId) {
        return invoker.call(Transaction.GET_STEP_UP_TRIGGERS, bondId);
    }

    @Override
    public Bond approve(String bondId) {
        return invoker.call(Transaction.APPROVE_BOND, bondId);
    }

    @Override
    public Bond openSubscriptions(String bondId) {
        return invoker.call(Transaction.OPEN_SUBSCRIPTIONS, bondId);
    }

    @Override
    public Bond cancel(String bondId) {
        return invoker.call(Transaction.CANCEL_BOND, bondId);
    }

    @Override
    public Bond get(String bondId) {
        return invoker.call(Transaction.GET_BOND, bondId);
    }

    @Override
    public BondPage find(BondQuery query) {
        return invoker.call(Transaction.FIND_BONDS, query);
    }

    @Override
    public CouponSchedule couponSchedule(String bondId) {
        return invoker.call(Transaction.GET_COUPON_SCHEDULE, bondId);
    }

    @Override
    public Subscription subscribe(SubscribeRequest request) {
        return invoker.call(Transaction.SUBSCRIBE, request);
    }

    @Override
    public Subscription withdrawSubscription(String bondId, String subscriptionId) {
        return invoker.call(Transaction.WITHDRAW_SUBSCRIPTION, new SubscriptionRef(bondId, subscriptionId));
    }

    @Override
    public Bond issue(IssueBondRequest request) {
        if (request.allotments().isEmpty()) {
            Bond bond;
            do {
                bond = issueChunk(request);
            } while (bond.status() == BondStatus.SETTLING);
            return bond;
        }
        Bond bond = get(request.bondId());
        String cursor = bond.status() == BondStatus.SETTLING ? bond.issue().settlement().cursor() : null;
        // The ledger settles subscriptions in id order (ids are ASCII, so Java's order is the ledger's).
        List<Subscription> left = subscriptions(request.bondId()).stream()
                .filter(s -> cursor == null || s.subscriptionId().compareTo(cursor) > 0)
                .sorted(Comparator.comparing(Subscription::subscriptionId)).toList();
        Map<String, Allotment> plan = new HashMap<>();
        request.allotments().forEach(a -> plan.put(a.subscriptionId(), a));
        Set<String> pending = new TreeSet<>();
        left.stream().filter(s -> s.status() == SubscriptionStatus.PENDING).forEach(s -> pending.add(s.subscriptionId()));
        if (!pending.equals(new TreeSet<>(plan.keySet()))) {
            throw GreenLedgerError.invalid("allotments", "must name exactly the pending subscriptions left to settle "
                    + pending + ", not " + new TreeSet<>(plan.keySet()));
        }
        for (int from = 0; bond.status() != BondStatus.ISSUED; from += request.maxSubscriptions()) {
            if (from >= left.size()) {
                // Never send an empty chunk here: the ledger would allot an unknown subscription in full.
                throw new IllegalStateException("the book of " + request.bondId() + " changed while it was issued; "
                        + "read it and send the allotments left again");
            }
            List<Allotment> chunk = left.subList(from, Math.min(from + request.maxSubscriptions(), left.size()))
                    .stream().filter(s -> plan.containsKey(s.subscriptionId())).map(s -> plan.get(s.subscriptionId()))
                    .toList();
            bond = issueChunk(new IssueBondRequest(request.bondId(), chunk, request.issuanceCostsMinor(),
                    request.maxSubscriptions()));
        }
        return bond;
    }

    @Override
    public Bond issueChunk(IssueBondRequest request) {
        return invoker.call(Transaction.ISSUE_BOND, request);
    }

    @Override
    public Subscription subscription(String bondId, String subscriptionId) {
        return invoker.call(Transaction.GET_SUBSCRIPTION, new SubscriptionRef(bondId, subscriptionId));
    }

    @Override
    public List<Subscription> subscriptions(String bondId) {
        return invoker.call(Transaction.LIST_SUBSCRIPTIONS, bondId);
    }

    @Override
    public CouponRecord fixRecordDate(FixRecordDateRequest request) {
        CouponRecord record;
        do {
            record = fixRecordDateChunk(request);
        } while (!record.fixed());
        return record;
    }

    @Override
    public CouponRecord fixRecordDateChunk(FixRecordDateRequest request) {
        return invoker.call(Transaction.FIX_RECORD_DATE, request);
    }

    @Override
    public Payout payCoupon(PayCouponRequest request) {
        Payout paid = payCouponChunk(request);
        while (!paid.progress().done()) {
            paid = paid.andThen(payCouponChunk(request));
        }
        return paid;
    }

    @Override
    public Payout payCouponChunk(PayCouponRequest request) {
        return invoker.call(Transaction.PAY_COUPON, request);
    }

    @Override
    public Payout confirmPayment(PaymentConfirmation confirmation) {
        return invoker.call(Transaction.CONFIRM_PAYMENT, confirmation);
    }

    @Override
    public CouponRecord couponRecord(CouponPeriodRef period) {
        return invoker.call(Transaction.GET_COUPON_RECORD, period);
    }

    @Override
    public List<Entitlement> holderRegister(CouponPeriodRef period) {
        return invoker.call(Transaction.GET_HOLDER_REGISTER, period);
    }

    @Override
    public Bond mature(String bondId) {
        return invoker.call(Transaction.MATURE_BOND, bondId);
    }

    @Override
    public Payout redeem(RedeemRequest request) {
        Payout paid = redeemChunk(request);
        while (!paid.progress().done()) {
            paid = paid.andThen(redeemChunk(request));
        }
        return paid;
    }

    @Override
    public Payout redeemChunk(RedeemRequest request) {
        return invoker.call(Transaction.REDEEM_BOND, request);
    }

    @Override
    public Bond declareDefault(DefaultNotice notice) {
        return invoker.call(Transaction.DECLARE_DEFAULT, notice);
    }
}
