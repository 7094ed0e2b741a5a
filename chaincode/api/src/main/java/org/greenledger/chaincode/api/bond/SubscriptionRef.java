package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Positional;

/**
 * One subscription to one bond's issue.
 *
 * @param bondId         the bond (ISIN)
 * @param subscriptionId the subscription's id, chosen by the investor's bank
 */
public record SubscriptionRef(String bondId, String subscriptionId) implements Positional {
}
