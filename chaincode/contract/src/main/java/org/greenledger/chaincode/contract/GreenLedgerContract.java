package org.greenledger.chaincode.contract;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * What every GreenLedger contract shares: its transactions run with a {@link GreenLedgerContext},
 * on arguments that fit them ({@link Arguments}), and none runs on a proposal stamped outside this
 * endorser's time window.
 */
public interface GreenLedgerContract extends ContractInterface {
    /** The shim makes the context before it converts the arguments: they are checked here first. */
    @Override
    default Context createContext(ChaincodeStub stub) {
        Arguments.check(getClass(), stub.getFunction(), stub.getParameters(), stub.getTxId());
        return new GreenLedgerContext(stub);
    }

    /** Before any transaction: the proposal's time must lie within this endorser's window. */
    @Override
    default void beforeTransaction(Context ctx) {
        ProposalTimeWindow.endorser().check(ctx.getStub().getTxTimestamp());
    }
}
