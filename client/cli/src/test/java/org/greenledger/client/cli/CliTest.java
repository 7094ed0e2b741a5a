package org.greenledger.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CLI without a network: help everywhere, and bad input refused before anything is sent. */
class CliTest {
    @Test
    void everyCommandHasHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(Cli.class), new ArrayList<>(), paths);
        assertTrue(paths.size() > 60, "commands found: " + paths.size());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun help = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, help.status(), String.join(" ", args) + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: greenledger"), String.join(" ", args) + ": " + help.out());
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> child = new ArrayList<>(path);
                child.add(name);
                collect(sub, child, paths);
            }
        });
    }

    @Test
    void invalidInputIsRefusedBeforeConnecting() {
        // the state folder does not exist: reaching for the connection would fail differently
        CliRun run = CliRun.of("--state", "/nonexistent", "--org", "banka", "bond", "subscribe", "US0378331005",
                "--id", "S-1", "--account", "INV-1", "--units", "-5", "--cash-token", "EUR-A");
        assertEquals(Cli.INVALID, run.status());
        assertTrue(run.err().contains("invalid input: INVALID_ARGUMENT") && run.err().contains("units"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aChunkOutsideOneToFiveHundredIsRefusedBeforeConnecting() {
        for (String chunk : List.of("0", "501")) {
            CliRun run = CliRun.of("--state", "/nonexistent", "--org", "banka", "bond", "pay-coupon", "US0378331005",
                    "--period", "1", "--cash-token", "CASH-A", "--chunk", chunk);
            assertEquals(Cli.INVALID, run.status());
            assertTrue(run.err().contains("INVALID_ARGUMENT") && run.err().contains("maxHolders"), run.err());
        }
    }

    @Test
    void aListingsBadPageSizeOrHalfAFilterIsRefusedBeforeConnecting() {
        for (List<String> args : List.of(List.of("bond", "list", "--page-size", "0"),
                List.of("cash", "list", "--page-size", "501"), List.of("carbon", "projects", "--page-size", "-1"),
                List.of("compliance", "measures", "--kind", "SANCTION", "--page-size", "1000"))) {
            List<String> all = new java.util.ArrayList<>(List.of("--state", "/nonexistent", "--org", "regulator"));
            all.addAll(args);
            CliRun run = CliRun.of(all.toArray(String[]::new));
            assertEquals(Cli.INVALID, run.status(), args.toString());
            assertTrue(run.err().contains("INVALID_ARGUMENT") && run.err().contains("pageSize"), run.err());
        }
        CliRun half = CliRun.of("--state", "/nonexistent", "--org", "regulator", "compliance", "outstanding",
                "--class", "GREEN_BOND");
        assertEquals(Cli.INVALID, half.status());
        assertTrue(half.err().contains("currency"), half.err());
        CliRun issuer = CliRun.of("--state", "/nonexistent", "--org", "regulator", "bond", "list", "--issuer", "Bank A");
        assertEquals(Cli.INVALID, issuer.status());
        assertTrue(issuer.err().contains("issuerMspId"), issuer.err());
    }

    @Test
    void aMalformedIsinIsInvalidInput() {
        CliRun run = CliRun.of("--state", "/nonexistent", "--org", "banka", "proceeds", "allocate", "NOT-AN-ISIN",
                "--id", "AL-1", "--project", "P-1", "--amount-minor", "100");
        assertEquals(Cli.INVALID, run.status());
        assertTrue(run.err().contains("INVALID_ARGUMENT") && run.err().contains("bondId"), run.err());
    }

    @Test
    void aMissingOptionIsAUsageError() {
        CliRun run = CliRun.of("credits", "retire", "--id", "R-1", "--quantity", "5");
        assertEquals(Cli.INVALID, run.status());
        assertTrue(run.err().contains("Missing required"), run.err());
    }

    @Test
    void anUnknownEnumValueNamesTheChoices() {
        CliRun run = CliRun.of("account", "open", "--id", "A-1", "--custodian", "BankAMSP", "--type", "WHALE",
                "--jurisdiction", "SG", "--kyc-hash", "ab", "--kyc-level", "STANDARD", "--kyc-expires", "2030-01-01");
        assertEquals(Cli.INVALID, run.status());
        assertTrue(run.err().contains("RETAIL"), run.err());
    }

    @Test
    void withoutAnOrgTheCliSaysHowToChooseOne() {
        CliRun run = CliRun.of("--state", "/nonexistent", "org", "list");
        assertEquals(Cli.INVALID, run.status());
        assertTrue(run.err().contains("--org"), run.err());
    }

    @Test
    void aRequestFileThatIsNotJsonIsMalformed() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("terms", ".json");
        java.nio.file.Files.writeString(file, "{\"bondId\": ");
        CliRun run = CliRun.of("--state", "/nonexistent", "--org", "banka", "bond", "create", "--terms",
                file.toString());
        assertEquals(Cli.INVALID, run.status());
        assertTrue(run.err().contains("MALFORMED_REQUEST"), run.err());
    }
}
