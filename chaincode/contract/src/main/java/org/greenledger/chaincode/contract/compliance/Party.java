package org.greenledger.chaincode.contract.compliance;

import org.greenledger.chaincode.api.account.Account;

/**
 * One side of a movement, as read from the ledger.
 *
 * @param accountId   the account named in the request
 * @param account     the account, or null if it does not exist
 * @param sanctioned  whether the account is on the regulator's sanctions list
 * @param unitsHeld   units of the asset the account holds
 * @param unitsFrozen of those, units the regulator froze
 */
public record Party(String accountId, Account account, boolean sanctioned, long unitsHeld, long unitsFrozen) {
    public long unfrozenUnits() {
        return unitsHeld - unitsFrozen;
    }
}
