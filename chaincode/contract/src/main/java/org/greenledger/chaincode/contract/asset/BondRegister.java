package org.greenledger.chaincode.contract.asset;

import java.util.Optional;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** Bonds in world state, one key per bond. */
public final class BondRegister {
    private static final String BOND = "bond";

    private final Ledger ledger;

    public BondRegister(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<Bond> find(String bondId) {
        return ledger.read(ledger.key(BOND, bondId), Bond.class);
    }

    public Bond get(String bondId) {
        return find(bondId).orElseThrow(() -> ContractError.notFound("bond", bondId));
    }

    public void save(Bond bond) {
        ledger.write(ledger.key(BOND, bond.bondId()), bond);
    }

    /** Every committed change of the record, oldest first. */
    public java.util.List<Ledger.KeyChange> history(String bondId) {
        return ledger.history(ledger.key(BOND, bondId));
    }
}
