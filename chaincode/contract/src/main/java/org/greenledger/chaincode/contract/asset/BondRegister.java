package org.greenledger.chaincode.contract.asset;

import java.util.Optional;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Bonds in world state, one key per bond. Listing them walks that key range: no index is kept, so
 * a bond's writes cost nothing for it, and a filter by status or issuer is applied while walking.
 */
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

    /** One page of the bonds that pass the query's filters, in ISIN order (read-only transactions only). */
    public BondPage page(BondQuery query) {
        Ledger.Page<Bond> page = ledger.page(query.pageSize(), query.bookmark(), Bond.class,
                bond -> (query.status() == null || bond.status() == query.status())
                        && (query.issuerMspId() == null || query.issuerMspId().equals(bond.terms().issuerMspId())),
                Check.MAX_SCANNED_PER_PAGE, BOND);
        return new BondPage(page.items(), page.bookmark());
    }

    public void save(Bond bond) {
        ledger.write(ledger.key(BOND, bond.bondId()), bond);
    }

    /** Every committed change of the record, oldest first. */
    public java.util.List<Ledger.KeyChange> history(String bondId) {
        return ledger.history(ledger.key(BOND, bondId));
    }
}
