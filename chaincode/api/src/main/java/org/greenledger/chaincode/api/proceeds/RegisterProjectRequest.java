package org.greenledger.chaincode.api.proceeds;

import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.money.Currency;

/**
 * An issuer registers a green project its bonds may finance.
 *
 * @param projectId      client-chosen id, unique on the ledger
 * @param name           the project's public name
 * @param category       its ICMA category
 * @param country        host country (ISO 3166-1 alpha-2)
 * @param location       where it is (province, site), public text
 * @param verifierMspId  the VERIFIER org that attests its impact
 * @param currency       currency of its financing
 * @param financingMinor the project's total financing in minor units: a bond's share of the
 *                       project's impact is what the bond allocated divided by this
 * @param expectedImpact the impact expected per year, as in the framework
 * @param evidenceHash   SHA-256 of the project's evidence file (feasibility study, permits)
 */
public record RegisterProjectRequest(String projectId, String name, IcmaCategory category, String country,
        String location, String verifierMspId, Currency currency, long financingMinor,
        List<ImpactValue> expectedImpact, String evidenceHash) {
    public RegisterProjectRequest {
        Check.matches("projectId", projectId, Check.ID);
        Check.text("name", name, 200);
        Check.present("category", category);
        Check.matches("country", country, Check.COUNTRY);
        Check.text("location", location, 200);
        Check.matches("verifierMspId", verifierMspId, Check.MSP_ID);
        Check.present("currency", currency);
        if (financingMinor <= 0) {
            throw GreenLedgerError.invalid("financingMinor", "must be positive");
        }
        expectedImpact = ImpactValue.canonical("expectedImpact", expectedImpact);
        Check.matches("evidenceHash", evidenceHash, Check.SHA256_HEX);
    }
}
