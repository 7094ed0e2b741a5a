package org.greenledger.chaincode.contract.bond;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.SubscriptionStatus;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.greenledger.chaincode.contract.movement.Movements;

/**
 * Subscriptions in world state, one key each under the bond: many investors subscribe to one
 * bond at once without touching a shared key (no order book counter, no running total).
 */
public final class SubscriptionBook {
    private static final String SUBSCRIPTION = "subscription";

    private final Ledger ledger;

    public SubscriptionBook(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<Subscription> find(String bondId, String subscriptionId) {
        return ledger.read(ledger.key(SUBSCRIPTION, bondId, subscriptionId), Subscription.class);
    }

    public Subscription get(String bondId, String subscriptionId) {
        return find(bondId, subscriptionId).orElseThrow(() -> ContractError.notFound("subscription", subscriptionId));
    }

    public List<Subscription> all(String bondId) {
        return ledger.readAll(SUBSCRIPTION, Subscription.class, bondId);
    }

    public List<Subscription> pending(String bondId) {
        return all(bondId).stream().filter(s -> s.status() == SubscriptionStatus.PENDING).toList();
    }

    /**
     * A chunk of the settlement: the next subscriptions after {@code after}, at most
     * {@code max}, whatever their status (a withdrawn one counts, so the chunk is the same for
     * the issuer who chose its allotments from the book).
     */
    public Ledger.Chunk<Subscription> after(String bondId, String after, int max) {
        return ledger.chunkAfter(SUBSCRIPTION, Subscription.class, after, max, bondId);
    }

    public void save(Subscription subscription) {
        ledger.write(ledger.key(SUBSCRIPTION, subscription.bondId(), subscription.subscriptionId()), subscription);
    }

    /** Returns the whole escrow to the investor and marks the subscription refunded. */
    public Subscription refund(Subscription subscription) {
        returnEscrow(subscription, subscription.escrowMinor());
        Subscription refunded = subscription.refunded(ledger.now());
        save(refunded);
        return refunded;
    }

    /**
     * Returns {@code amountMinor} of the escrow to the investor, recorded as a movement out of the
     * bond's escrow (it is the investor's own money: no new owner, no compliance check).
     */
    public void returnEscrow(Subscription subscription, long amountMinor) {
        new MovementCore(ledger).refundEscrow(Assets.get(ledger, subscription.cashTokenId()),
                Movements.escrowOf(subscription.bondId()), subscription.investorAccountId(), amountMinor,
                "refund " + subscription.subscriptionId());
    }
}
