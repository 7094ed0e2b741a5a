package org.greenledger.chaincode.contract;

import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Per-transaction state: the ledger view and who is calling. Never kept in contract fields. */
public final class GreenLedgerContext extends Context {
    private final Ledger ledger;
    private Caller caller;

    public GreenLedgerContext(ChaincodeStub stub) {
        super(stub);
        this.ledger = new Ledger(stub);
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The submitting identity, read from its certificate once per transaction. */
    public Caller caller() {
        if (caller == null) {
            caller = Caller.of(getClientIdentity());
        }
        return caller;
    }
}
