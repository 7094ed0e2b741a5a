package org.greenledger.client.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.junit.jupiter.api.Test;

/** scripts/console's options, read before anything connects. */
class ConsoleOptionsTest {
    @Test
    void an_org_of_the_local_network_reads_its_folder_with_the_viewer() {
        Console.Options o = Console.Options.parse(List.of("--org", "regulator", "--state", "/net", "--port", "0",
                "--bond", DemoMarket.SOLAR_BOND + "," + DemoMarket.WIND_BOND, "--project", "SOLAR-1"));
        assertEquals(Path.of("/net/orgs/regulator/connection.json"), o.profile());
        assertEquals(Path.of("/net/orgs/regulator/users/viewer/msp"), o.msp());
        assertEquals(Path.of("/net/console/regulator.checkpoint"), o.checkpoint());
        assertEquals("127.0.0.1", o.host);
        assertEquals(0, o.port);
        assertEquals(new Market(List.of(DemoMarket.SOLAR_BOND, DemoMarket.WIND_BOND), List.of(), List.of("SOLAR-1")),
                o.market());
    }

    @Test
    void bad_options_are_refused_before_connecting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Console.Options.parse(List.of("--org",
                "regulator", "--colour", "green"))).getMessage().contains("unknown option --colour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Console.Options.parse(List.of("--org",
                "regulator", "--port", "70000"))).getMessage().contains("0 to 65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Console.Options.parse(List.of("--org")))
                .getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Console.Options.parse(List.of("--org",
                "../etc"))).getMessage().contains("org folder"));
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(GreenLedgerError.class, () -> Console.Options.parse(
                List.of("--org", "regulator", "--bond", "XS0000000000"))).code());
    }
}
