package org.greenledger.chaincode.contract.support;

import java.util.List;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.contract.governance.GovernanceContract;

/** The consortium of the tests: five orgs, each with an admin, an operator and a viewer. */
public final class Members {
    public static final String ALLIANCE = "AllianceMSP";
    public static final String BANK_A = "BankAMSP";
    public static final String BANK_B = "BankBMSP";
    public static final String VERIFIER = "VerifierMSP";
    public static final String REGULATOR = "RegulatorMSP";

    public static final TestIdentity ALLIANCE_ADMIN = TestIdentity.of(ALLIANCE, "admin");
    public static final TestIdentity ALLIANCE_OPERATOR = TestIdentity.of(ALLIANCE, "operator");
    public static final TestIdentity BANK_B_ADMIN = TestIdentity.of(BANK_B, "admin");
    public static final TestIdentity BANK_A_ADMIN = TestIdentity.of(BANK_A, "admin");
    public static final TestIdentity BANK_A_OPERATOR = TestIdentity.of(BANK_A, "operator");
    public static final TestIdentity BANK_A_VIEWER = TestIdentity.of(BANK_A, "viewer");
    public static final TestIdentity BANK_B_OPERATOR = TestIdentity.of(BANK_B, "operator");
    public static final TestIdentity VERIFIER_OPERATOR = TestIdentity.of(VERIFIER, "operator");
    public static final TestIdentity REGULATOR_ADMIN = TestIdentity.of(REGULATOR, "admin");
    public static final TestIdentity REGULATOR_OPERATOR = TestIdentity.of(REGULATOR, "operator");
    public static final TestIdentity REGULATOR_VIEWER = TestIdentity.of(REGULATOR, "viewer");
    public static final TestIdentity BANK_A_NO_ROLE = TestIdentity.of(BANK_A, null);

    private Members() {
    }

    /** Bootstraps governance and registers the banks and the verifier. */
    public static void register(TestLedger ledger) {
        GovernanceContract governance = new GovernanceContract();
        ledger.submit(ALLIANCE_ADMIN, ctx -> governance.Bootstrap(ctx,
                Json.encode(new BootstrapRequest("Alliance", REGULATOR, "Regulator"))));
        register(ledger, governance, BANK_A, OrgRole.ISSUER, OrgRole.CUSTODIAN);
        register(ledger, governance, BANK_B, OrgRole.ISSUER, OrgRole.CUSTODIAN);
        register(ledger, governance, VERIFIER, OrgRole.VERIFIER);
    }

    private static void register(TestLedger ledger, GovernanceContract governance, String msp, OrgRole... roles) {
        ledger.submit(ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx,
                Json.encode(new RegisterOrgRequest(msp, msp, List.of(roles)))));
    }
}
