package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.hyperledger.fabric.client.identity.Signer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A connection that holds no private key: every message is signed outside the SDK (here by a
 * signer standing in for an HSM) and the transaction commits like any other.
 */
class OfflineSigningIT {
    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static Path msp(String mspId, String user) {
        return TestNetwork.orgDir(mspId).resolve("users").resolve(user).resolve("msp");
    }

    @Test
    void a_transaction_prepared_here_signed_elsewhere_commits() throws Exception {
        Credentials operator = Credentials.fromMspDirectory(msp(BANK_A, "operator"));
        Signer hsm = operator.signer();
        ConnectionProfile profile = ConnectionProfile.load(TestNetwork.orgDir(BANK_A)
                .resolve("connection.json"));
        String id = "OFF-" + TestNetwork.runId();
        OpenAccountRequest request = new OpenAccountRequest(id, BANK_A, InvestorType.PROFESSIONAL, "VN",
                new KycAttestation("a".repeat(64), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).plusYears(1)));
        try (GreenLedger keyless = GreenLedger.connectWithoutKey(profile, operator.certificate());
                GreenLedger bankA = connect(BANK_A, "operator")) {
            OfflineSigning offline = keyless.offline();

            // A signature by another org's key is refused by the peer; nothing is written.
            Signer wrongKey = Credentials.fromMspDirectory(msp(BANK_B, "operator")).signer();
            UnsignedProposal forged = offline.prepare(Transaction.OPEN_ACCOUNT, request);
            GreenLedgerException refused = assertThrows(GreenLedgerException.class,
                    () -> offline.endorse(forged, wrongKey.sign(forged.digest())));
            assertFalse(refused instanceof RejectedException, refused.getMessage());
            assertRejected(ErrorCode.NOT_FOUND, () -> bankA.accounts().get(id));

            UnsignedProposal proposal = offline.prepare(Transaction.OPEN_ACCOUNT, request);
            UnsignedTransaction endorsed = offline.endorse(proposal, hsm.sign(proposal.digest()));
            UnsignedCommit sent = offline.submit(endorsed, hsm.sign(endorsed.digest()));
            assertEquals(proposal.transactionId(), sent.transactionId());
            Account opened = offline.awaitCommit(sent, hsm.sign(sent.digest()), Account.class);
            assertEquals(id, opened.accountId());
            assertEquals(opened, bankA.accounts().get(id));

            UnsignedProposal read = offline.prepare(Transaction.GET_ACCOUNT, id);
            assertEquals(opened, offline.evaluate(read, hsm.sign(read.digest()), Account.class));

            UnsignedProposal again = offline.prepare(Transaction.OPEN_ACCOUNT, request);
            RejectedException exists = assertRejected(ErrorCode.ALREADY_EXISTS,
                    () -> offline.endorse(again, hsm.sign(again.digest())));
            assertEquals(again.transactionId(), exists.transactionId().orElseThrow());
            assertFalse(exists.endorserAnswers().isEmpty(), "each endorser's answer is kept");
        }
    }
}
