package org.greenledger.chaincode.api.bond;

import java.time.Instant;

/**
 * A subscription and its cash escrow.
 *
 * @param subscriptionId    the client-chosen id
 * @param bondId            the bond
 * @param investorAccountId the subscribing account
 * @param custodianMspId    the bank that holds the account and placed the subscription
 * @param units             units applied for
 * @param cashTokenId       the deposit token in escrow
 * @param escrowMinor       cash held in escrow, in minor units (units × denomination)
 * @param status            PENDING, SETTLED or REFUNDED
 * @param allottedUnits     units delivered at issue (0 until SETTLED)
 * @param subscribedAt      transaction time of the subscription
 * @param closedAt          transaction time of settlement or refund (null while PENDING)
 */
public record Subscription(String subscriptionId, String bondId, String investorAccountId, String custodianMspId,
        long units, String cashTokenId, long escrowMinor, SubscriptionStatus status, long allottedUnits,
        Instant subscribedAt, Instant closedAt) {
    public Subscription settled(long allotted, Instant at) {
        return new Subscription(subscriptionId, bondId, investorAccountId, custodianMspId, units, cashTokenId,
                escrowMinor, SubscriptionStatus.SETTLED, allotted, subscribedAt, at);
    }

    public Subscription refunded(Instant at) {
        return new Subscription(subscriptionId, bondId, investorAccountId, custodianMspId, units, cashTokenId,
                escrowMinor, SubscriptionStatus.REFUNDED, 0, subscribedAt, at);
    }
}
