package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue item e: the chaincode's endorsement policy (a majority of the orgs) is enforced by every
 * committing peer. A proposal endorsed by one org only, the client's own bank, is ordered but
 * marked invalid, and writes nothing. And the key-level policy on holdings: a majority of orgs
 * that leaves out the holder's custodian cannot spend the holder's units.
 */
class EndorsementPolicyIT {
    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void a_transaction_endorsed_by_a_single_org_is_rejected_at_validation() throws Exception {
        String id = "E-" + TestNetwork.runId();
        String request = Json.encode(new OpenAccountRequest(id, BANK_A, InvestorType.INSTITUTIONAL, "SG",
                new KycAttestation("a".repeat(64), KycLevel.ENHANCED, LocalDate.now(ZoneOffset.UTC).plusYears(1))));

        try (GatewayConnection bankA = connect(BANK_A, "operator")) {
            SubmittedTransaction submitted = bankA.network()
                    .getContract(bankA.network().getName(), Transaction.OPEN_ACCOUNT.contract())
                    .newProposal(Transaction.OPEN_ACCOUNT.txName())
                    .addArguments(request)
                    .setEndorsingOrganizations(BANK_A)
                    .build()
                    .endorse()
                    .submitAsync();
            Status status = submitted.getStatus();

            assertFalse(status.isSuccessful());
            assertEquals(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, status.getCode());
            assertRejected(ErrorCode.NOT_FOUND, () -> bankA.accounts().get(id));
        }
    }

    @Test
    void a_majority_without_the_custodian_cannot_move_its_clients_units() throws Exception {
        String run = TestNetwork.runId();
        String token = "CASH-K-" + run;
        String holder = "K-A-" + run;
        String receiver = "K-B-" + run;
        KycAttestation kyc = new KycAttestation("a".repeat(64), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).plusYears(1));
        try (GatewayConnection bankA = connect(BANK_A, "operator"); GatewayConnection bankB = connect(BANK_B, "operator")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(token, Currency.of("VND")));
            bankA.accounts().open(new OpenAccountRequest(holder, BANK_A, InvestorType.PROFESSIONAL, "VN", kyc));
            bankB.accounts().open(new OpenAccountRequest(receiver, BANK_B, InvestorType.PROFESSIONAL, "VN", kyc));
            bankA.cash().mint(new CashRequest(TestNetwork.requestId(), token, holder, 1_000));
            TestNetwork.awaitPeersInSync();
            String transfer = Json.encode(new TransferRequest(TestNetwork.requestId(), token, holder, receiver, 100, "key-level check"));

            // A majority of the channel's orgs: three of the five founding ones, four once a sixth
            // joined (AddMemberIT).
            Status withoutCustodian = transferEndorsedBy(bankA, transfer,
                    majority(ALLIANCE, BANK_B, REGULATOR, TestNetwork.VERIFIER));
            assertEquals(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, withoutCustodian.getCode());
            TestNetwork.awaitPeersInSync();
            assertEquals(1_000, bankA.holdings().holding(token, holder).units());

            Status withCustodian = transferEndorsedBy(bankA, transfer,
                    majority(BANK_A, ALLIANCE, REGULATOR, TestNetwork.VERIFIER, BANK_B));
            assertEquals(TxValidationCode.VALID, withCustodian.getCode());
            assertEquals(900, bankA.holdings().holding(token, holder).units());
        }
    }

    /** The first of {@code preferred}, then of the orgs that joined, that make a majority of the members. */
    private static String[] majority(String... preferred) {
        java.util.List<String> orgs = new java.util.ArrayList<>(java.util.List.of(preferred));
        orgs.addAll(TestNetwork.joinedMspIds());
        return orgs.subList(0, TestNetwork.memberMspIds().size() / 2 + 1).toArray(String[]::new);
    }

    private static Status transferEndorsedBy(GatewayConnection client, String request, String... orgs) throws Exception {
        return client.network().getContract(client.network().getName(), Transaction.TRANSFER.contract())
                .newProposal(Transaction.TRANSFER.txName())
                .addArguments(request)
                .setEndorsingOrganizations(orgs)
                .build()
                .endorse()
                .submitAsync()
                .getStatus();
    }
}
