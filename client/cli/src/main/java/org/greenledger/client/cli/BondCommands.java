package org.greenledger.client.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.bond.Allotment;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.TargetObservation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A green bond from its terms to its redemption, each step by the org whose job it is. */
@Command(name = "bond", description = "Green bonds: create, review, approve, subscribe, issue, coupons, redemption.")
final class BondCommands extends LedgerCommands {
    @Command(name = "create", description = "Drafts a bond from its terms (issuer). The terms are the JSON of BondTerms.")
    void create(@Option(names = "--terms", required = true, paramLabel = "FILE",
            description = "BondTerms as JSON; - reads standard input") Path terms) {
        BondTerms request = read(terms, BondTerms.class);
        print(ledger().bonds().create(request));
    }

    @Command(name = "review", description = "Records the second-party opinion (the framework's external reviewer).")
    void review(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--opinion-hash", required = true, paramLabel = "SHA256") String opinionHash) {
        ReviewBondRequest request = new ReviewBondRequest(bondId, opinionHash);
        print(ledger().bonds().review(request));
    }

    @Command(name = "approve", description = "Approves a reviewed bond (registry).")
    void approve(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().approve(bondId));
    }

    @Command(name = "open", description = "Opens subscriptions (issuer).")
    void open(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().openSubscriptions(bondId));
    }

    @Command(name = "cancel", description = "Withdraws a bond before issue; pending subscriptions are refunded (issuer).")
    void cancel(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().cancel(bondId));
    }

    @Command(name = "observe-target", description = "Attests a sustainability-linked bond's performance target met or "
            + "missed (the framework's external reviewer); a miss steps up the periods that start after it.")
    void observeTarget(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--id", required = true, paramLabel = "OBSERVATION_ID") String observationId,
            @Option(names = "--met", required = true, arity = "1", paramLabel = "true|false") boolean met,
            @Option(names = "--evidence-hash", required = true, paramLabel = "SHA256") String evidenceHash) {
        print(ledger().bonds().observeTarget(new TargetObservation(bondId, observationId, met, evidenceHash)));
    }

    @Command(name = "step-ups", description = "A sustainability-linked bond's step-up triggers over time.")
    void stepUps(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().stepUpTriggers(bondId));
    }

    @Command(name = "show", description = "A bond: terms, status, proceeds.")
    void show(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().get(bondId));
    }

    @Command(name = "list", description = "The bonds in ISIN order, a page at a time, optionally by status or issuer; "
            + "with a filter a page may hold fewer than --page-size: go on with its bookmark until it is empty.")
    void list(@Option(names = "--status", paramLabel = "STATUS") BondStatus status,
            @Option(names = "--issuer", paramLabel = "MSP_ID") String issuer,
            @Option(names = "--page-size", defaultValue = "50", paramLabel = "N") int pageSize,
            @Option(names = "--bookmark", defaultValue = "", paramLabel = "BOOKMARK",
                    description = "where the previous page ended") String bookmark) {
        BondQuery query = new BondQuery(status, issuer, pageSize, bookmark);
        print(ledger().bonds().find(query));
    }

    @Command(name = "schedule", description = "The coupon schedule derived from the terms.")
    void schedule(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().couponSchedule(bondId));
    }

    @Command(name = "subscribe", description = "Subscribes for an investor; the price moves into escrow (custodian).")
    void subscribe(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--id", required = true, paramLabel = "SUBSCRIPTION_ID") String subscriptionId,
            @Option(names = "--account", required = true, paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--units", required = true, paramLabel = "N") long units,
            @Option(names = "--cash-token", required = true, paramLabel = "TOKEN_ID") String cashToken) {
        SubscribeRequest request = new SubscribeRequest(subscriptionId, bondId, accountId, units, cashToken);
        print(ledger().bonds().subscribe(request));
    }

    @Command(name = "subscriptions", description = "Every subscription to a bond.")
    void subscriptions(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().subscriptions(bondId));
    }

    @Command(name = "issue", description = "Issues the bond: every allotment settled delivery versus payment, a chunk of "
            + "subscriptions per transaction (issuer).")
    void issue(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--allot", paramLabel = "SUBSCRIPTION_ID=UNITS",
                    description = "units allotted to a subscription, repeated for every pending one (0 refunds it);"
                            + " without --allot every subscription is allotted in full")
            Map<String, Long> allotments,
            @Option(names = "--costs-minor", defaultValue = "0", paramLabel = "AMOUNT",
                    description = "issuance costs in minor units, deducted from the net proceeds") long costs,
            @Mixin Chunk chunk) {
        List<Allotment> allot = new ArrayList<>();
        if (allotments != null) {
            allotments.forEach((subscription, units) -> allot.add(new Allotment(subscription, units)));
        }
        IssueBondRequest request = new IssueBondRequest(bondId, allot, costs, chunk.size);
        print(ledger().bonds().issue(request));
    }

    @Command(name = "fix-record-date", description = "Fixes the holders of a coupon period on its record date, a chunk "
            + "per transaction; the register is closed until the last.")
    void fixRecordDate(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--period", required = true, paramLabel = "N") int period,
            @Mixin Chunk chunk) {
        FixRecordDateRequest request = new FixRecordDateRequest(bondId, period, chunk.size);
        print(ledger().bonds().fixRecordDate(request));
    }

    @Command(name = "holders", description = "The holder register of a coupon period, with each entitlement.")
    void holders(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--period", required = true, paramLabel = "N") int period) {
        CouponPeriodRef request = new CouponPeriodRef(bondId, period);
        print(ledger().bonds().holderRegister(request));
    }

    @Command(name = "pay-coupon", description = "Pays a coupon period in deposit tokens from its payment date, a chunk "
            + "of holders per transaction (issuer). The request id names the payment run: send it again to resume.")
    void payCoupon(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--period", required = true, paramLabel = "N") int period,
            @Option(names = "--cash-token", required = true, paramLabel = "TOKEN_ID") String cashToken,
            @Mixin RequestId requestId,
            @Mixin Chunk chunk) {
        PayCouponRequest request = new PayCouponRequest(requestId.value(), bondId, period, cashToken, chunk.size);
        print(ledger().bonds().payCoupon(request));
    }

    @Command(name = "confirm-payment", description = "Records a paying agent's off-ledger payment to one holder.")
    void confirmPayment(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--period", required = true, paramLabel = "N") int period,
            @Option(names = "--account", required = true, paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--reference", required = true, paramLabel = "PAYMENT_REF") String reference) {
        PaymentConfirmation request = new PaymentConfirmation(bondId, period, accountId, reference);
        print(ledger().bonds().confirmPayment(request));
    }

    @Command(name = "coupon", description = "A coupon period's record: holders fixed, amounts paid and due.")
    void coupon(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--period", required = true, paramLabel = "N") int period) {
        CouponPeriodRef request = new CouponPeriodRef(bondId, period);
        print(ledger().bonds().couponRecord(request));
    }

    @Command(name = "mature", description = "Marks a bond matured on its maturity date; trading stops.")
    void mature(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().bonds().mature(bondId));
    }

    @Command(name = "redeem", description = "Redeems at maturity (par and final coupon), or calls early with "
            + "--call-price-minor and --notice-hash, a chunk of holders paid and retired per transaction (issuer).")
    void redeem(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--cash-token", required = true, paramLabel = "TOKEN_ID") String cashToken,
            @Option(names = "--call-price-minor", defaultValue = "0", paramLabel = "AMOUNT",
                    description = "for a call: the price per unit in minor units") long callPrice,
            @Option(names = "--notice-hash", paramLabel = "SHA256", description = "for a call: the call notice")
            String noticeHash,
            @Mixin Chunk chunk) {
        RedeemRequest request = new RedeemRequest(bondId, cashToken, callPrice, noticeHash, chunk.size);
        print(ledger().bonds().redeem(request));
    }

    @Command(name = "default", description = "Declares the issuer in default (regulator).")
    void declareDefault(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--notice-hash", required = true, paramLabel = "SHA256") String noticeHash) {
        DefaultNotice request = new DefaultNotice(bondId, noticeHash);
        print(ledger().bonds().declareDefault(request));
    }
}
