package org.greenledger.chaincode.contract.carbon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.carbon.BondCredits;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.asset.CarbonProjectRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.proceeds.AllocationBook;
import org.greenledger.chaincode.contract.proceeds.ProjectRegister;

/**
 * The link from a green bond to the credits its projects earn: a carbon project that is a green
 * project the bond finances owes the bond the share of its delivered credits that the bond's
 * allocations are of the project's financing. A bond claims tonnes as its impact by retiring
 * them, and never more than that share, so no tonne is counted for two bonds.
 */
final class BondClaims {
    private static final int SHARE_SCALE = 6;
    private static final int TONNE_SCALE = 3;

    private final Ledger ledger;

    BondClaims(Ledger ledger) {
        this.ledger = ledger;
    }

    BondCredits report(String bondId) {
        List<BondCredits.ProjectShare> shares = new ArrayList<>();
        for (Map.Entry<String, Long> financed : new AllocationBook(ledger).outstandingByProject(bondId).entrySet()) {
            long financing = new ProjectRegister(ledger).get(financed.getKey()).terms().financingMinor();
            for (String carbonProjectId : new CarbonProjectRegister(ledger).ofGreenProject(financed.getKey())) {
                long delivered = new SerialBook(ledger).issuances(carbonProjectId).stream()
                        .mapToLong(CreditIssuance::deliveredUnits).reduce(0, Math::addExact);
                shares.add(new BondCredits.ProjectShare(carbonProjectId, financed.getKey(),
                        ratio(BigDecimal.ONE, financed.getValue(), financing, SHARE_SCALE),
                        delivered, ratio(BigDecimal.valueOf(delivered), financed.getValue(), financing, TONNE_SCALE)));
            }
        }
        shares.sort((a, b) -> a.carbonProjectId().compareTo(b.carbonProjectId()));
        BigDecimal attributable = shares.stream().map(BondCredits.ProjectShare::attributableTonnes)
                .reduce(BigDecimal.ZERO.setScale(TONNE_SCALE), BigDecimal::add);
        long claimed = new SerialBook(ledger).claimsOf(bondId).stream().mapToLong(c -> c.range().quantity())
                .reduce(0, Math::addExact);
        return new BondCredits(bondId, shares, attributable, claimed);
    }

    /**
     * Refuses a claim of {@code tonnes} of the carbon project's credits as the bond's impact unless
     * the bond finances the project and its earlier claims plus this one stay within its share.
     */
    void requireWithinShare(String bondId, String carbonProjectId, long tonnes) {
        new BondRegister(ledger).get(bondId);
        BondCredits.ProjectShare share = report(bondId).projects().stream()
                .filter(p -> p.carbonProjectId().equals(carbonProjectId)).findFirst()
                .orElseThrow(() -> new ContractError(ErrorCode.INVALID_ARGUMENT, "bond " + bondId
                        + " does not finance carbon project " + carbonProjectId));
        long claimed = new SerialBook(ledger).claimsOf(bondId, carbonProjectId).stream()
                .mapToLong(RetirementCertificate::quantityRetired).reduce(0, Math::addExact);
        if (BigDecimal.valueOf(claimed + tonnes).compareTo(share.attributableTonnes()) > 0) {
            throw new ContractError(ErrorCode.DOUBLE_COUNTING, "bond " + bondId + " may claim "
                    + share.attributableTonnes() + " tonnes of " + carbonProjectId + "; " + claimed
                    + " are claimed, " + tonnes + " more would count another financier's tonnes");
        }
    }

    private static BigDecimal ratio(BigDecimal quantity, long part, long whole, int scale) {
        return quantity.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_EVEN);
    }
}
