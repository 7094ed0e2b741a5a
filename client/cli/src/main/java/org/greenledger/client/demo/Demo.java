package org.greenledger.client.demo;

import static org.greenledger.client.demo.Narrator.done;
import static org.greenledger.client.demo.Narrator.expect;
import static org.greenledger.client.demo.Narrator.line;
import static org.greenledger.client.demo.Narrator.refused;
import static org.greenledger.client.demo.Narrator.settle;
import static org.greenledger.client.demo.Narrator.sha;
import static org.greenledger.client.demo.Narrator.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.client.ConnectionProfile;
import org.greenledger.client.Credentials;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * The story that {@code scripts/demo.sh} runs against the local network, through the SDK only:
 * the alliance starts governance and admits the banks and the verifier, banks open investor
 * accounts with KYC attestations, the ledger refuses what the rules forbid; then the green bond
 * ({@link BondStory}) and the carbon credits its project earns ({@link CarbonStory}).
 *
 * <p>Usage: {@code Demo NETWORK_STATE_DIR} (the folder scripts/network.sh keeps, {@code .network}).
 */
public final class Demo {
    /** Held so the setting sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger GRPC_LOG = java.util.logging.Logger.getLogger("io.grpc");

    private final Path state;
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

    private Demo(Path state) {
        this.state = state;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Demo NETWORK_STATE_DIR");
            System.exit(2);
        }
        GRPC_LOG.setLevel(java.util.logging.Level.WARNING); // keep the story readable
        new Demo(Path.of(args[0])).run();
    }

    private GreenLedger connect(String org, String user) throws IOException {
        Path orgDir = state.resolve("orgs").resolve(org);
        return GreenLedger.connect(ConnectionProfile.load(orgDir.resolve("connection.json")),
                Credentials.fromMspDirectory(orgDir.resolve("users").resolve(user).resolve("msp")));
    }

    private void run() throws IOException {
        try (GreenLedger alliance = connect("alliance", "admin");
                GreenLedger regulator = connect("regulator", "viewer");
                GreenLedger bankA = connect("banka", "operator");
                GreenLedger bankB = connect("bankb", "operator")) {
            step("1. The alliance starts governance and names the sandbox regulator");
            try {
                alliance.governance().bootstrap(new BootstrapRequest("Green Finance Alliance", "RegulatorMSP",
                        "Sandbox Regulator"));
                done("governance bootstrapped by " + alliance.mspId());
            } catch (RejectedException e) {
                expect(e, ErrorCode.ALREADY_BOOTSTRAPPED);
                done("governance was already bootstrapped on this network");
            }

            step("2. The alliance admits the banks and the verifier with their roles");
            admit(alliance, "BankAMSP", "Bank A", OrgRole.ISSUER, OrgRole.CUSTODIAN);
            admit(alliance, "BankBMSP", "Bank B", OrgRole.ISSUER, OrgRole.CUSTODIAN);
            admit(alliance, "VerifierMSP", "Independent Verifier", OrgRole.VERIFIER);
            settle(alliance, regulator, bankA, bankB);
            for (MemberOrg org : regulator.governance().orgs()) {
                line("%-13s %-22s %s", org.mspId(), org.name(), org.roles());
            }

            step("3. Each bank opens an investor account (only a hash of the KYC record goes on the ledger)");
            LocalDate nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1);
            Account a = bankA.accounts().open(new OpenAccountRequest("INV-A-" + run, "BankAMSP",
                    InvestorType.PROFESSIONAL, "SG", new KycAttestation(sha("alice-kyc"), KycLevel.STANDARD, nextYear)));
            Account b = bankB.accounts().open(new OpenAccountRequest("INV-B-" + run, "BankBMSP",
                    InvestorType.INSTITUTIONAL, "VN", new KycAttestation(sha("fund-kyc"), KycLevel.ENHANCED, nextYear)));
            settle(alliance, regulator, bankA, bankB);
            for (Account account : List.of(a, b)) {
                line("%-16s at %-9s %-13s %s  KYC %s until %s", account.accountId(),
                        account.custodianMspId(), account.investorType(), account.jurisdiction(), account.kyc().level(),
                        account.kyc().expiresOn());
            }

            step("4. The regulator reads both accounts from its own peer");
            done("regulator sees " + regulator.accounts().get(a.accountId()).accountId() + " and "
                    + regulator.accounts().get(b.accountId()).accountId());

            step("5. The ledger refuses what the rules forbid, and writes nothing");
            refused(ErrorCode.NOT_AUTHORIZED, "Bank B changes Bank A's client's KYC", () -> bankB.accounts()
                    .updateKyc(new UpdateKycRequest(a.accountId(), new KycAttestation(sha("forged"), KycLevel.ENHANCED,
                            nextYear))));
            refused(ErrorCode.KYC_EXPIRED, "Bank A opens an account on an expired KYC", () -> bankA.accounts()
                    .open(new OpenAccountRequest("INV-A2-" + run, "BankAMSP", InvestorType.RETAIL, "SG",
                            new KycAttestation(sha("stale"), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).minusDays(1)))));
            refused(ErrorCode.NOT_AUTHORIZED, "Bank A admits a new member org", () -> bankA.governance()
                    .registerOrg(new RegisterOrgRequest("RogueMSP", "Rogue", List.of(OrgRole.ISSUER))));
            try (GreenLedger verifier = connect("verifier", "operator");
                    GreenLedger registry = connect("alliance", "operator")) {
                Cast cast = new Cast(registry, regulator, bankA, bankB, verifier, a.accountId(), b.accountId(), run);
                String bondId = new BondStory(cast).run();
                new CarbonStory(cast, bondId).run();
                ImpactStory impact = new ImpactStory(cast, bondId);
                impact.run();
                handOver(regulator, bondId, impact, a.accountId(), b.accountId());
            }
        }
    }

    /**
     * What scripts/demo.sh needs for the chapters it runs with the operators' CLI and for the
     * console it starts, and what the console's integration test reads: the bond, both banks'
     * deposit tokens, the carbon project, the investors, the first coupon's record and payment
     * dates, the impact period.
     */
    private void handOver(GreenLedger reader, String bondId, ImpactStory impact, String a, String b)
            throws IOException {
        CouponPeriod first = reader.bonds().couponSchedule(bondId).periods().get(0);
        Path file = state.resolve("demo").resolve("story.env");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "BOND_ID=" + bondId,
                "CASH_TOKEN=" + BondStory.issuerCash(run),
                "CASH_TOKEN_B=" + BondStory.bankBCash(run),
                "CARBON_PROJECT=" + CarbonStory.project(run),
                "INVESTOR_A=" + a,
                "INVESTOR_B=" + b,
                "RECORD_DATE=" + first.recordDate(),
                "PAYMENT_DATE=" + first.paymentDate(),
                "IMPACT_FROM=" + impact.from(),
                "IMPACT_TO=" + impact.to(), ""));
    }

    private static void admit(GreenLedger alliance, String mspId, String name, OrgRole... roles) {
        boolean member = alliance.governance().orgs().stream().anyMatch(o -> o.mspId().equals(mspId));
        if (member) {
            done(mspId + " is already a member");
        } else {
            done("admitted " + alliance.governance().registerOrg(new RegisterOrgRequest(mspId, name, List.of(roles))).mspId());
        }
    }
}
