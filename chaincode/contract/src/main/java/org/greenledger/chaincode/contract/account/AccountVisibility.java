package org.greenledger.chaincode.contract.account;

import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.access.Membership;

/**
 * Who may act on an account (its custodian) and who may see it and what it holds (its
 * custodian, the registry and the regulator).
 */
public final class AccountVisibility {
    private AccountVisibility() {
    }

    /** Only the bank that holds an account instructs anything on it. */
    public static void requireCustodian(Account account, Caller caller) {
        if (!account.custodianMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized("account " + account.accountId() + " is held at "
                    + account.custodianMspId() + "; " + caller.mspId() + " cannot act on it");
        }
    }

    public static void requireMaySee(GreenLedgerContext ctx, Caller caller, String custodianMspId) {
        if (!caller.mspId().equals(custodianMspId) && !isOverseer(ctx, caller)) {
            throw ContractError.notAuthorized(caller.mspId() + " may not read accounts held at " + custodianMspId);
        }
    }

    /** The registry and the regulator see every account. */
    public static boolean isOverseer(GreenLedgerContext ctx, Caller caller) {
        return new Membership(ctx.ledger()).find(caller.mspId())
                .map(org -> org.has(OrgRole.REGISTRY) || org.has(OrgRole.REGULATOR)).orElse(false);
    }
}
