package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
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
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue item e: the chaincode's endorsement policy (a majority of the orgs) is enforced by every
 * committing peer. A proposal endorsed by one org only, the client's own bank, is ordered but
 * marked invalid, and writes nothing.
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
}
