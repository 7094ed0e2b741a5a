package org.greenledger.chaincode.api.holding;

/**
 * Units created, moved or destroyed: the payload of the movement events.
 *
 * @param assetId          the asset
 * @param fromAccountId    the sender, or null when units are created
 * @param toAccountId      the receiver, or null when units are destroyed
 * @param units            how many
 * @param faceValueMinor   units × face value of a unit, in the asset currency's minor units
 * @param reference        payment or request reference
 * @param reportable       true when the face value reaches the regulator's reporting threshold
 * @param transactionId    the Fabric transaction id
 * @param at               the transaction's time
 */
public record UnitsMoved(String assetId, String fromAccountId, String toAccountId, long units, long faceValueMinor,
        String reference, boolean reportable, String transactionId, java.time.Instant at) {
}
