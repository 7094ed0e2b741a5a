package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.money.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The regulator's powers across orgs; refused to banks, the alliance and the regulator's viewers. */
class ComplianceIT {
    private static final String DECISION = "7".repeat(64);

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void only_the_regulator_freezes_and_a_frozen_account_cannot_be_closed() {
        String id = "C-" + TestNetwork.runId();
        RegulatoryAction freeze = new RegulatoryAction(id, DECISION);
        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger regulator = connect(REGULATOR, "operator");
                GreenLedger regulatorViewer = connect(REGULATOR, "viewer");
                GreenLedger alliance = connect(ALLIANCE, "admin")) {
            bankA.accounts().open(new OpenAccountRequest(id, BANK_A, InvestorType.RETAIL, "SG",
                    new KycAttestation("1".repeat(64), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).plusYears(1))));
            TestNetwork.awaitPeersInSync();

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.compliance().freezeAccount(freeze));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> alliance.compliance().freezeAccount(freeze));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> regulatorViewer.compliance().freezeAccount(freeze));
            assertEquals(AccountStatus.ACTIVE, bankA.accounts().get(id).status());

            assertEquals(AccountStatus.FROZEN, regulator.compliance().freezeAccount(freeze).status());
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.INVALID_STATE, () -> bankA.accounts().close(id));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.compliance().unfreezeAccount(freeze));
            assertEquals(AccountStatus.ACTIVE, regulator.compliance().unfreezeAccount(freeze).status());
            TestNetwork.awaitPeersInSync();
            assertEquals(AccountStatus.CLOSED, bankA.accounts().close(id).status());
        }
    }

    @Test
    void the_regulator_keeps_the_sanctions_list_and_the_sandbox_caps() {
        String id = "S-" + TestNetwork.runId();
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger regulator = connect(REGULATOR, "admin")) {
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.compliance().listSanction(new RegulatoryAction(id, DECISION)));
            regulator.compliance().listSanction(new RegulatoryAction(id, DECISION));
            TestNetwork.awaitPeersInSync();
            assertEquals(REGULATOR, bankA.compliance().sanction(id).imposedBy());
            regulator.compliance().liftSanction(new RegulatoryAction(id, DECISION));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_FOUND, () -> bankA.compliance().sanction(id));

            SandboxCap cap = new SandboxCap(AssetClass.GREEN_BOND, Currency.of("VND"), 50_000_000_000L, 2_000_000_000_000L);
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.compliance().setSandboxCap(cap));
            regulator.compliance().setSandboxCap(cap);
            TestNetwork.awaitPeersInSync();
            assertEquals(cap, bankA.compliance().sandboxCap(AssetClass.GREEN_BOND, "VND"));
        }
    }
}
