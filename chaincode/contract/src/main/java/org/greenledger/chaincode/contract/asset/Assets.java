package org.greenledger.chaincode.contract.asset;

import java.util.EnumSet;
import java.util.Optional;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Which assets exist and the compliance rules of each. The one place that knows the kinds of
 * asset; a new kind (carbon credits) is added here.
 */
public final class Assets {
    private Assets() {
    }

    public static boolean exists(Ledger ledger, String assetId) {
        return rules(ledger, assetId).isPresent();
    }

    /** The asset's rules, or NOT_FOUND. */
    public static AssetRules get(Ledger ledger, String assetId) {
        return rules(ledger, assetId).orElseThrow(() -> ContractError.notFound("asset", assetId));
    }

    public static Optional<AssetRules> rules(Ledger ledger, String assetId) {
        // Every bond is named by its ISIN, so an id that is not one is never looked up among the
        // bonds: a deposit-token or carbon transfer reads one asset key, not two.
        Optional<AssetRules> bond = Isin.isValid(assetId)
                ? new BondRegister(ledger).find(assetId).map(Assets::rulesOf)
                : Optional.empty();
        if (bond.isPresent()) {
            return bond;
        }
        Optional<AssetRules> cash = new TokenRegister(ledger).find(assetId).map(Assets::rulesOf);
        return cash.isPresent() ? cash : new CarbonProjectRegister(ledger).find(assetId).map(Assets::rulesOf);
    }

    /**
     * A project's credits: no face value (sandbox caps and reporting thresholds, set in a
     * currency, do not apply), any investor, no limit; they circulate once the project is
     * REGISTERED, and the registry that registered it issues them.
     */
    public static AssetRules rulesOf(CarbonProject project) {
        return new AssetRules(project.projectId(), AssetClass.CARBON_CREDIT, project.registeredBy(), null, 0,
                EnumSet.allOf(InvestorType.class), Long.MAX_VALUE, null,
                project.status() == CarbonProjectStatus.REGISTERED, null);
    }

    /**
     * A bond's units: in circulation while ISSUED, within its terms' eligibility, limit and
     * lock-up; the register closed while a record date is fixed over several transactions and
     * while a redemption or call pays and retires the holders. A per-account limit of the whole
     * issue can never be reached, so it is no limit (and a transfer then need not read the
     * receiver's holding).
     */
    public static AssetRules rulesOf(Bond bond) {
        BondTerms terms = bond.terms();
        String closed = bond.status() == BondStatus.REDEEMING ? "its " + bond.closure().status()
                + " is paying and retiring the holders"
                : bond.registerClosedFor() != 0 ? "the holders of period " + bond.registerClosedFor()
                        + " are being fixed at its record date" : null;
        long limit = terms.perAccountLimitUnits() >= terms.maxUnits() ? Long.MAX_VALUE : terms.perAccountLimitUnits();
        return new AssetRules(terms.bondId(), AssetClass.GREEN_BOND, terms.issuerMspId(), terms.currency(),
                terms.denominationMinor(), EnumSet.copyOf(terms.eligibleInvestors()), limit,
                terms.lockUpUntil(), bond.status() == BondStatus.ISSUED, closed);
    }

    /** Deposits: one unit is one minor unit; any investor may hold them, without a limit. */
    public static AssetRules rulesOf(DepositToken token) {
        return new AssetRules(token.tokenId(), AssetClass.DEPOSIT_TOKEN, token.issuerMspId(), token.currency(), 1,
                EnumSet.allOf(InvestorType.class), Long.MAX_VALUE, null, true, null);
    }
}
