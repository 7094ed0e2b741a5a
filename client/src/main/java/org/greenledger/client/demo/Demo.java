package org.greenledger.client.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
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
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.client.ConnectionProfile;
import org.greenledger.client.Credentials;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * The story that {@code scripts/demo.sh} runs against the local network, through the SDK only:
 * the alliance starts governance and admits the banks and the verifier, banks open investor
 * accounts with KYC attestations, the ledger refuses what the rules forbid, and a green bond is
 * drafted, reviewed by the verifier, approved by the registry and opened for subscriptions.
 *
 * <p>Usage: {@code Demo NETWORK_STATE_DIR} (the folder scripts/network.sh keeps, {@code .network}).
 */
public final class Demo {
    private static final PrintStream OUT = System.out;
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
                OUT.printf("     %-13s %-22s %s%n", org.mspId(), org.name(), org.roles());
            }

            step("3. Each bank opens an investor account (only a hash of the KYC record goes on the ledger)");
            LocalDate nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1);
            Account a = bankA.accounts().open(new OpenAccountRequest("INV-A-" + run, "BankAMSP",
                    InvestorType.PROFESSIONAL, "SG", new KycAttestation(sha("alice-kyc"), KycLevel.STANDARD, nextYear)));
            Account b = bankB.accounts().open(new OpenAccountRequest("INV-B-" + run, "BankBMSP",
                    InvestorType.INSTITUTIONAL, "VN", new KycAttestation(sha("fund-kyc"), KycLevel.ENHANCED, nextYear)));
            settle(alliance, regulator, bankA, bankB);
            for (Account account : List.of(a, b)) {
                OUT.printf("     %-16s at %-9s %-13s %s  KYC %s until %s%n", account.accountId(),
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
            bondStory(alliance, bankA, bankB, nextYear);
            OUT.println();
            OUT.println("Demo complete.");
        }
    }

    private void bondStory(GreenLedger alliance, GreenLedger bankA, GreenLedger bankB, LocalDate nextYear)
            throws IOException {
        try (GreenLedger verifier = connect("verifier", "operator")) {
            step("6. Bank A drafts a green bond under its framework; the verifier reviews it, the registry approves it");
            String treasury = "TREASURY-A-" + run;
            bankA.accounts().open(new OpenAccountRequest(treasury, "BankAMSP", InvestorType.INSTITUTIONAL, "VN",
                    new KycAttestation(sha("bank-a-treasury"), KycLevel.ENHANCED, nextYear)));
            LocalDate issueDate = LocalDate.now(ZoneOffset.UTC).plusDays(30);
            String bondId = Isin.complete("VN" + String.format(Locale.ROOT, "%9s", run).replace(' ', '0').substring(0, 9));
            BondTerms terms = new BondTerms(bondId, "BankAMSP", treasury, "Bank A Solar Green Bond", Currency.of("VND"),
                    100_000, 50_000, CouponType.FIXED, new BigDecimal("0.058"),
                    new ScheduleTerms(issueDate, issueDate.plusYears(3), Frequency.SEMI_ANNUAL, DayCount.ACT_365F,
                            BusinessDayConvention.MODIFIED_FOLLOWING, HolidayCalendar.weekendsAnd("VN", List.of()), 15),
                    List.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL), 10_000,
                    new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY, IcmaCategory.ENERGY_EFFICIENCY),
                            sha("bank-a-green-framework.pdf"), "VerifierMSP"), null);
            String created = bankA.bonds().create(terms).status().name();
            settle(alliance, bankA, bankB, verifier);
            done(String.format(Locale.ROOT, "%s     %s %s, VND %,d at %s%%", created, bondId,
                    terms.name(), terms.maxFaceValueMinor(), terms.couponRate().movePointRight(2).toPlainString()));
            done(verifier.bonds().review(new ReviewBondRequest(bondId, sha("second-party-opinion.pdf"))).status()
                    + "  second-party opinion by VerifierMSP");
            settle(alliance, bankA, bankB, verifier);
            done(alliance.bonds().approve(bondId).status() + "  by the registry");
            settle(alliance, bankA, bankB, verifier);
            refused(ErrorCode.NOT_AUTHORIZED, "Bank B opens Bank A's bond", () -> bankB.bonds().openSubscriptions(bondId));
            done(bankA.bonds().openSubscriptions(bondId).status() + "      subscriptions open");

            step("7. The coupon schedule, derived from the terms (VND 100,000,000 held: 1,000 units)");
            for (CouponPeriod period : bankA.bonds().couponSchedule(bondId).periods()) {
                OUT.printf("     #%d %s -> %s  pays %s  record %s  %-9s VND %,d%n", period.number(),
                        period.accrualStart(), period.accrualEnd(), period.paymentDate(), period.recordDate(),
                        period.yearFraction(), CouponSchedule.couponAmount(1_000, terms.denominationMinor(),
                                terms.couponRate(), period.yearFraction()));
            }
        }
    }

    private static void admit(GreenLedger alliance, String mspId, String name, OrgRole... roles) {
        boolean member = alliance.governance().orgs().stream().anyMatch(o -> o.mspId().equals(mspId));
        if (member) {
            done(mspId + " is already a member");
        } else {
            done("admitted " + alliance.governance().registerOrg(new RegisterOrgRequest(mspId, name, List.of(roles))).mspId());
        }
    }

    /** The next step runs on another org's peer: wait until it has the previous step's block. */
    private static void settle(GreenLedger... connections) {
        GreenLedger.awaitSameHeight(java.time.Duration.ofSeconds(60), connections);
    }

    private static void refused(ErrorCode expected, String attempt, Runnable call) {
        try {
            call.run();
            throw new IllegalStateException("the ledger accepted: " + attempt);
        } catch (RejectedException e) {
            expect(e, expected);
            OUT.printf("     refused %-17s %s%n", e.code(), attempt);
        }
    }

    private static void expect(RejectedException e, ErrorCode expected) {
        if (e.code() != expected) {
            throw new IllegalStateException("expected " + expected + " but got " + e.code(), e);
        }
    }

    private static void step(String title) {
        OUT.println();
        OUT.println(title);
    }

    private static void done(String what) {
        OUT.println("     " + what);
    }

    /** A stand-in for the hash of an off-ledger KYC file. */
    private static String sha(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
