package org.greenledger.chaincode.contract.compliance;

import java.time.LocalDate;
import java.util.Set;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.money.Currency;

/**
 * What the compliance rules need to know about an asset, whatever kind it is.
 *
 * @param assetId              the asset (a bond's ISIN, a cash token's id, a credit vintage)
 * @param assetClass           for the sandbox caps
 * @param issuerMspId          the org that issued the asset (and may approve court-ordered transfers of it)
 * @param currency             the currency of its face value, or null if it has none (credits)
 * @param unitValueMinor       face value of one unit in minor units (0 if it has none)
 * @param eligibleInvestors    investor types that may receive it
 * @param perAccountLimitUnits most units one account may hold
 * @param lockUpUntil          last day on which it may not be transferred, or null for no lock-up
 * @param inCirculation        whether holders may transfer it at all (a bond between issue and
 *                             maturity, redemption or default)
 * @param registerClosed       why no unit may move at all, not even by court order, while a
 *                             servicing run walks the holders (a record date being fixed, a
 *                             redemption in progress); null when the register is open
 */
public record AssetRules(String assetId, AssetClass assetClass, String issuerMspId, Currency currency, long unitValueMinor,
        Set<InvestorType> eligibleInvestors, long perAccountLimitUnits, LocalDate lockUpUntil,
        boolean inCirculation, String registerClosed) {
    public AssetRules {
        eligibleInvestors = Set.copyOf(eligibleInvestors);
    }
}
