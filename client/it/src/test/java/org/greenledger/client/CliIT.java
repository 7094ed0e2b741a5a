package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.Sector;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.client.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operators' CLI on the real network, every step a command as an operator would type it:
 * a bond from its terms to its issue and allocation with the reports; carbon credits from a
 * listed project to a retirement certificate; a freeze by the regulator; each tried first from
 * the wrong org or the wrong role, which the ledger refuses with its code and exit status 3.
 */
class CliIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String KYC = "5".repeat(64);

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void a_bond_from_terms_to_allocation_report() throws IOException {
        String run = TestNetwork.runId();
        String bond = Isin.complete("XS" + String.format(Locale.ROOT, "%9s", run).replace(' ', '0').substring(0, 9));
        String treasury = "CLI-T-" + run;
        String investor = "CLI-I-" + run;
        String cash = "CLI-CASH-" + run;
        openAccount(treasury, InvestorType.INSTITUTIONAL);
        openAccount(investor, InvestorType.PROFESSIONAL);
        ok("banka", "operator", "cash", "create-token", cash, "--currency", "EUR");
        ok("banka", "operator", "cash", "mint", cash, "--account", investor, "--amount-minor", "5000000");

        Path terms = json(terms(bond, treasury));
        refused(ErrorCode.NOT_AUTHORIZED, "bankb", "operator", "bond", "create", "--terms", terms.toString());
        refused(ErrorCode.NOT_AUTHORIZED, "banka", "viewer", "bond", "create", "--terms", terms.toString());
        assertEquals("DRAFT", ok("banka", "operator", "bond", "create", "--terms", terms.toString())
                .getAsJsonObject().get("status").getAsString());
        refused(ErrorCode.NOT_AUTHORIZED, "banka", "operator", "bond", "review", bond, "--opinion-hash", "e".repeat(64));
        ok("verifier", "operator", "bond", "review", bond, "--opinion-hash", "e".repeat(64));
        refused(ErrorCode.NOT_AUTHORIZED, "bankb", "operator", "bond", "approve", bond);
        ok("alliance", "operator", "bond", "approve", bond);
        ok("banka", "operator", "bond", "open", bond);
        ok("banka", "operator", "bond", "subscribe", bond, "--id", "CLI-S-" + run, "--account", investor,
                "--units", "30", "--cash-token", cash);
        refused(ErrorCode.NOT_AUTHORIZED, "bankb", "operator", "bond", "issue", bond, "--allot", "CLI-S-" + run + "=30");
        JsonObject issued = ok("banka", "operator", "bond", "issue", bond, "--allot", "CLI-S-" + run + "=20",
                "--costs-minor", "1000").getAsJsonObject();
        assertEquals("ISSUED", issued.get("status").getAsString());
        assertEquals(20 * 100_000 - 1000, issued.getAsJsonObject("issue").get("netProceedsMinor").getAsLong());
        assertEquals(20, ok("regulator", "viewer", "account", "holding", investor, "--asset", bond)
                .getAsJsonObject().get("units").getAsLong(), "read from the regulator's peer");
        refused(ErrorCode.NOT_AUTHORIZED, "bankb", "viewer", "account", "holding", investor, "--asset", bond);

        Path project = json(new RegisterProjectRequest("CLI-GP-" + run, "Rooftop Solar", IcmaCategory.RENEWABLE_ENERGY,
                "SG", "Jurong", VERIFIER, Currency.of("EUR"), 10_000_000,
                List.of(new ImpactValue(ImpactMetric.MWH_RENEWABLE_GENERATED, new BigDecimal("900"))), "7".repeat(64)));
        ok("banka", "operator", "proceeds", "register-project", "--file", project.toString());
        refused(ErrorCode.PROCEEDS_EXCEEDED, "banka", "operator", "proceeds", "allocate", bond, "--id", "CLI-AL-X-" + run,
                "--project", "CLI-GP-" + run, "--amount-minor", "1999001");
        ok("banka", "operator", "proceeds", "allocate", bond, "--id", "CLI-AL-" + run, "--project", "CLI-GP-" + run,
                "--amount-minor", "1500000");

        JsonObject report = ok("regulator", "viewer", "report", "allocation", bond).getAsJsonObject();
        assertEquals(1_500_000, report.get("allocatedMinor").getAsLong());
        assertEquals(499_000, report.get("unallocatedMinor").getAsLong());
        String table = table("regulator", "viewer", "report", "allocation", bond);
        assertTrue(table.contains("unallocatedMinor  499000") && table.contains("Rooftop Solar"), table);
    }

    @Test
    void credits_from_a_listed_project_to_a_retirement_certificate() throws IOException {
        String run = TestNetwork.runId();
        String project = "CLI-CP-" + run;
        String developer = "CLI-DEV-" + run;
        String buyer = "CLI-BUY-" + run;
        int vintage = TODAY.getYear() - 1;
        openAccount(developer, InvestorType.INSTITUTIONAL);
        ok("bankb", "operator", "account", "open", "--id", buyer, "--custodian", "BankBMSP", "--type", "INSTITUTIONAL",
                "--jurisdiction", "SG", "--kyc-hash", KYC, "--kyc-level", "STANDARD",
                "--kyc-expires", TODAY.plusYears(1).toString());
        Path listing = json(new ListCarbonProjectRequest(project, "Mangrove Restoration", "VCS", "VM0033", "VN",
                Sector.FORESTRY_AND_LAND_USE, developer, null, "1".repeat(64)));
        ok("banka", "operator", "carbon", "list-project", "--file", listing.toString());
        refused(ErrorCode.NOT_AUTHORIZED, "banka", "operator", "carbon", "validate", project, "--document-hash",
                "2".repeat(64));
        ok("verifier", "operator", "carbon", "validate", project, "--document-hash", "2".repeat(64));
        ok("alliance", "operator", "carbon", "register", project, "--document-hash", "3".repeat(64));
        ok("banka", "operator", "carbon", "submit-report", project, "--id", "MR-1", "--from", vintage + "-01-01",
                "--to", vintage + "-12-31", "--tonnes", "500", "--report-hash", "4".repeat(64));
        ok("verifier", "operator", "carbon", "verify-report", project, "--id", "MR-1", "--tonnes", "480",
                "--statement-hash", "5".repeat(64));
        refused(ErrorCode.NOT_AUTHORIZED, "banka", "operator", "credits", "issue", project, "--report", "MR-1");
        JsonObject issuance = ok("alliance", "operator", "credits", "issue", project, "--report", "MR-1",
                "--buffer-bp", "1000", "--label", "CCP").getAsJsonObject();
        assertEquals(432, issuance.get("deliveredUnits").getAsLong());
        assertEquals(48, issuance.get("bufferUnits").getAsLong());

        String[] block = {"--holder", developer, "--project", project, "--vintage", Integer.toString(vintage),
                "--first", "1"};
        refused(ErrorCode.NOT_AUTHORIZED, "bankb", "operator", with(block, "credits", "transfer", "--id", "CLI-CT-" + run,
                "--to", buyer, "--quantity", "100"));
        ok("banka", "operator", with(block, "credits", "transfer", "--id", "CLI-CT-" + run, "--to", buyer,
                "--quantity", "100"));
        String[] bought = {"--holder", buyer, "--project", project, "--vintage", Integer.toString(vintage),
                "--first", "1"};
        ok("bankb", "operator", with(bought, "credits", "retire", "--id", "CLI-RT-" + run, "--quantity", "40",
                "--beneficiary", "Harbour Logistics", "--purpose", "VOLUNTARY"));
        refused(ErrorCode.CREDITS_RETIRED, "bankb", "operator", with(bought, "credits", "retire", "--id",
                "CLI-RT2-" + run, "--quantity", "1", "--beneficiary", "Someone", "--purpose", "VOLUNTARY"));
        JsonObject certificate = ok("regulator", "viewer", "credits", "certificate", "CLI-RT-" + run).getAsJsonObject();
        assertEquals("Harbour Logistics", certificate.get("beneficiary").getAsString());
        JsonObject ledger = ok("regulator", "viewer", "report", "project-credits", project).getAsJsonObject();
        assertEquals(480, ledger.get("issuedUnits").getAsLong());
        assertEquals(40, ledger.get("retiredUnits").getAsLong());
    }

    @Test
    void the_regulator_freezes_an_account_and_the_check_says_so() {
        String run = TestNetwork.runId();
        String from = "CLI-F-" + run;
        String to = "CLI-G-" + run;
        String cash = "CLI-FC-" + run;
        openAccount(from, InvestorType.PROFESSIONAL);
        openAccount(to, InvestorType.PROFESSIONAL);
        ok("banka", "operator", "cash", "create-token", cash, "--currency", "SGD");
        ok("banka", "operator", "cash", "mint", cash, "--account", from, "--amount-minor", "1000");
        refused(ErrorCode.NOT_AUTHORIZED, "banka", "operator", "compliance", "freeze-account", from, "--reference",
                "9".repeat(64));
        ok("regulator", "operator", "compliance", "freeze-account", from, "--reference", "9".repeat(64));
        JsonObject check = ok("banka", "viewer", "compliance", "check", "--asset", cash, "--from", from, "--to", to,
                "--units", "10").getAsJsonObject();
        assertEquals("ACCOUNT_FROZEN", check.get("code").getAsString(), check.toString());
    }

    private static void openAccount(String id, InvestorType type) {
        ok("banka", "operator", "account", "open", "--id", id, "--custodian", BANK_A, "--type", type.name(),
                "--jurisdiction", "SG", "--kyc-hash", KYC, "--kyc-level", "STANDARD",
                "--kyc-expires", TODAY.plusYears(1).toString());
    }

    private static BondTerms terms(String bond, String treasury) {
        LocalDate issue = TODAY.plusDays(14);
        return new BondTerms(bond, BANK_A, treasury, "CLI Green Note", Currency.of("EUR"), 100_000, 1_000,
                CouponType.FIXED, new BigDecimal("0.04"), new ScheduleTerms(issue, issue.plusYears(2), Frequency.ANNUAL,
                        DayCount.ACT_ACT_ICMA, BusinessDayConvention.FOLLOWING, HolidayCalendar.weekendsAnd("SG",
                                List.of()), 5),
                List.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL), 500,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY), "f".repeat(64), VERIFIER), null);
    }

    private static Path json(Object request) throws IOException {
        Path file = Files.createTempFile("cli-request", ".json");
        Files.writeString(file, Json.encode(request));
        file.toFile().deleteOnExit();
        return file;
    }

    private static String[] with(String[] block, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(block));
        return all.toArray(String[]::new);
    }

    private static CliRun cli(String org, String user, String output, String... args) {
        List<String> all = new ArrayList<>(List.of("--state", TestNetwork.STATE.toString(), "--org", org, "--user", user,
                "--output", output, "--deadline", "60"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** Runs a command that must succeed; returns its JSON output once every peer has its block. */
    private static JsonElement ok(String org, String user, String... args) {
        CliRun run = cli(org, user, "json", args);
        assertEquals(0, run.status(), String.join(" ", args) + ": " + run.err());
        TestNetwork.awaitPeersInSync();
        return JsonParser.parseString(run.out());
    }

    private static String table(String org, String user, String... args) {
        CliRun run = cli(org, user, "table", args);
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    /** Runs a command the ledger must refuse with {@code code}; nothing is printed on standard output. */
    private static void refused(ErrorCode code, String org, String user, String... args) {
        CliRun run = cli(org, user, "json", args);
        assertEquals(3, run.status(), String.join(" ", args) + " as " + org + "/" + user + ": " + run.out() + run.err());
        assertTrue(run.err().startsWith("refused (" + code + "): "), run.err());
        assertEquals("", run.out());
    }
}
