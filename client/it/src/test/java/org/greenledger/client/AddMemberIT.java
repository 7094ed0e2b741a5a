package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, part 2: a new member joins the running channel. scripts/add-member.sh bankc (run
 * here, and a second time to show it changes nothing once done) adds Bank C: its CA and
 * identities, the channel configuration update signed by a majority of the members' admins, its
 * peer joined and caught up, the chaincode approved for it at the committed sequence with its own
 * service, and its registration on the ledger. Then the chaincode's endorsement policy (MAJORITY
 * Endorsement of the channel's orgs) counts six orgs: three endorsements, a majority of the five
 * founding orgs, no longer commit, four do; and Bank C's clients pay and are paid by Bank A's.
 *
 * <p>It changes the network for good (a sixth org), so the full integration run leaves it out and
 * scripts/test.sh runs it on its own, after the other tests (-Dit.test=AddMemberIT).
 */
class AddMemberIT {
    static final String BANK_C = "BankCMSP";
    private static final LocalDate NEXT_YEAR = LocalDate.now(ZoneOffset.UTC).plusYears(1);

    @BeforeAll
    static void bankCJoins() {
        TestNetwork.ensureMembers();
        addMember();
        // Again: every step finds its work done.
        addMember();
        assertTrue(TestNetwork.joinedMspIds().contains(BANK_C), "joined-orgs lists bankc");
        TestNetwork.awaitPeersInSync();
    }

    private static void addMember() {
        try {
            Path log = Files.createTempFile("gl-add-member", ".log");
            Process process = new ProcessBuilder(TestNetwork.ROOT.resolve("scripts/add-member.sh").toString(),
                    "bankc", "--name", "Bank C", "--role", "ISSUER", "--role", "CUSTODIAN")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(20, TimeUnit.MINUTES);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            System.out.print(output);
            if (!finished) {
                process.destroy();
            }
            assertTrue(finished && process.exitValue() == 0, "scripts/add-member.sh bankc failed:\n" + output);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenAccountRequest account(String id, String custodian) {
        return new OpenAccountRequest(id, custodian, InvestorType.PROFESSIONAL, "VN",
                new KycAttestation("c".repeat(64), KycLevel.STANDARD, NEXT_YEAR));
    }

    @Test
    void bank_c_is_a_member_with_its_roles_as_every_org_sees_it() {
        for (String viewer : List.of(ALLIANCE, REGULATOR, BANK_C)) {
            try (GreenLedger org = connect(viewer, "viewer")) {
                MemberOrg bankC = org.governance().org(BANK_C);
                assertEquals("Bank C", bankC.name());
                assertEquals(List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN), bankC.roles());
                assertEquals(6, org.governance().orgs().size(), "five founding members and Bank C");
            }
        }
        assertTrue(Long.parseLong(TestNetwork.networkScript("height", "peer-bankc")) > 1, "Bank C's peer has the chain");
        assertTrue(TestNetwork.networkScript("status").contains("peer-bankc"), "network.sh status shows Bank C's nodes");
        assertTrue(TestNetwork.networkScript("metrics").lines().anyMatch(l -> l.startsWith("greenledger-chaincode bankc ")),
                "network.sh metrics lists Bank C's chaincode service");
    }

    @Test
    void three_of_six_orgs_no_longer_endorse_enough_and_four_with_bank_c_commit() throws Exception {
        String run = TestNetwork.runId();
        try (GatewayConnection bankC = connect(BANK_C, "operator")) {
            // Three orgs: a majority of the five founding members, not of six.
            String three = "AM3-" + run;
            Status refused = openEndorsedBy(bankC, account(three, BANK_C), BANK_C, ALLIANCE, REGULATOR);
            assertEquals(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, refused.getCode());
            assertRejected(ErrorCode.NOT_FOUND, () -> bankC.accounts().get(three));

            // Four of six, Bank C's peer among them: valid, and written.
            String four = "AM4-" + run;
            Status committed = openEndorsedBy(bankC, account(four, BANK_C), BANK_C, ALLIANCE, REGULATOR, VERIFIER);
            assertEquals(TxValidationCode.VALID, committed.getCode());
            assertEquals(BANK_C, bankC.accounts().get(four).custodianMspId());
        }
    }

    @Test
    void bank_c_clients_are_paid_by_and_pay_bank_a_clients_in_both_banks_deposits() {
        String run = TestNetwork.runId();
        String tokenA = "CASH-AM-A-" + run;
        String tokenC = "CASH-AM-C-" + run;
        String clientA = "AM-A-" + run;
        String clientC = "AM-C-" + run;
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger bankC = connect(BANK_C, "operator")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(tokenA, Currency.of("VND")));
            bankC.cash().createToken(new CreateDepositTokenRequest(tokenC, Currency.of("VND")));
            bankA.accounts().open(account(clientA, BANK_A));
            bankC.accounts().open(account(clientC, BANK_C));
            bankA.cash().mint(new CashRequest(TestNetwork.requestId(), tokenA, clientA, 1_000));
            bankC.cash().mint(new CashRequest(TestNetwork.requestId(), tokenC, clientC, 5_000));
            TestNetwork.awaitPeersInSync();

            // Bank A's client pays Bank C's in Bank A deposits; Bank C's pays part of it back.
            bankA.holdings().transfer(new TransferRequest(TestNetwork.requestId(), tokenA, clientA, clientC, 300, "INV-A-" + run));
            TestNetwork.awaitPeersInSync();
            assertEquals(300, bankC.holdings().holding(tokenA, clientC).units());
            bankC.holdings().transfer(new TransferRequest(TestNetwork.requestId(), tokenA, clientC, clientA, 100, "REF-" + run));
            // Bank C's client pays Bank A's in Bank C deposits.
            bankC.holdings().transfer(new TransferRequest(TestNetwork.requestId(), tokenC, clientC, clientA, 2_000, "INV-C-" + run));
            TestNetwork.awaitPeersInSync();

            assertEquals(800, bankA.holdings().holding(tokenA, clientA).units());
            assertEquals(200, bankC.holdings().holding(tokenA, clientC).units());   // each bank reads its own clients
            assertEquals(2_000, bankA.holdings().holding(tokenC, clientA).units());
            assertEquals(3_000, bankC.holdings().holding(tokenC, clientC).units());
            // Only the custodian moves its client's units: Bank A cannot pull from Bank C's client.
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.holdings().transfer(
                    new TransferRequest(TestNetwork.requestId(), tokenC, clientC, clientA, 1, "pull attempt")));
        }
    }

    private static Status openEndorsedBy(GatewayConnection client, OpenAccountRequest request, String... orgs)
            throws Exception {
        return client.network().getContract(client.network().getName(), Transaction.OPEN_ACCOUNT.contract())
                .newProposal(Transaction.OPEN_ACCOUNT.txName())
                .addArguments(Json.encode(request))
                .setEndorsingOrganizations(orgs)
                .build()
                .endorse()
                .submitAsync()
                .getStatus();
    }
}
