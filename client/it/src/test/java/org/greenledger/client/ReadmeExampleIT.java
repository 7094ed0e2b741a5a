package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using the SDK" example, run on the network. The lines between the README markers
 * are the README's java block, word for word (ReadmeSdkExampleTest in client/sdk checks it), so
 * the example the README shows is code that compiles and runs.
 */
class ReadmeExampleIT {
    /** The accounts the example asked to be topped up, in its refusal branch. */
    private final List<String> toppedUp = new ArrayList<>();
    /** The accounts the example asked to renew KYC for. */
    private final List<String> renewed = new ArrayList<>();

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void the_readme_example_pays_once_per_request_id_and_handles_a_refusal_by_its_code() throws IOException {
        Path network = TestNetwork.STATE;           // the folder scripts/network.sh writes
        String run = TestNetwork.runId();           // ids are unique per run: the network keeps every record
        String kycRecordSha256 = "5".repeat(64);    // the hash of the bank's off-ledger KYC file
        // README:sdk-example begin
        ConnectionProfile profile = ConnectionProfile.load(network.resolve("orgs/banka/connection.json"));
        Credentials operator = Credentials.fromMspDirectory(network.resolve("orgs/banka/users/operator/msp"));
        String cash = "CASH-A-VND-" + run;
        String payer = "INV-" + run + "-1";
        String payee = "INV-" + run + "-2";
        KycAttestation kyc = new KycAttestation(kycRecordSha256, KycLevel.STANDARD, LocalDate.now().plusYears(1));

        try (GreenLedger bankA = GreenLedger.connect(profile, operator)) {
            bankA.cash().createToken(new CreateDepositTokenRequest(cash, Currency.of("VND")));
            bankA.accounts().open(new OpenAccountRequest(payer, "BankAMSP", InvestorType.PROFESSIONAL, "VN", kyc));
            bankA.accounts().open(new OpenAccountRequest(payee, "BankAMSP", InvestorType.RETAIL, "VN", kyc));
            bankA.cash().mint(new CashRequest("DEP-" + run, cash, payer, 5_000_000));   // 5,000,000 VND deposited

            TransferRequest pay = new TransferRequest("PAY-" + run, cash, payer, payee, 1_200_000, "invoice 42", null);
            bankA.holdings().transfer(pay);
            bankA.holdings().transfer(pay);   // the same request id again: the first result, nothing moves twice

            Holding left = bankA.holdings().holding(cash, payer);   // 3,800,000 units (VND has no minor unit)
            try {
                bankA.holdings().transfer(new TransferRequest("PAY-" + run + "-B", cash, payer, payee,
                        left.units() + 1, "invoice 43", null));
            } catch (RejectedException e) {
                switch (e.code()) {   // the stable reasons of org.greenledger.chaincode.api.ErrorCode
                    case INSUFFICIENT_UNITS -> askForTopUp(payer, e.reason());
                    case KYC_EXPIRED -> renewKyc(payer);
                    default -> throw e;
                }
            }
        }
        // README:sdk-example end

        try (GreenLedger viewer = connect(BANK_A, "viewer")) {
            assertEquals(3_800_000, viewer.holdings().holding(cash, payer).units(), "paid once, not twice");
            assertEquals(1_200_000, viewer.holdings().holding(cash, payee).units());
        }
        assertEquals(List.of(payer), toppedUp, "the refusal was INSUFFICIENT_UNITS and the example handled it");
        assertEquals(List.of(), renewed);
    }

    private void askForTopUp(String accountId, String reason) {
        assertFalse(reason.isBlank(), "the chaincode's reason reaches the caller");
        toppedUp.add(accountId);
    }

    private void renewKyc(String accountId) {
        renewed.add(accountId);
    }
}
