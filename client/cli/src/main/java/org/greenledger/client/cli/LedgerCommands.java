package org.greenledger.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenledger.chaincode.api.Json;
import org.greenledger.client.GreenLedger;
import picocli.CommandLine.ParentCommand;

/** What every group of commands shares: the session's connection, the printer, JSON input files. */
abstract class LedgerCommands {
    @ParentCommand
    Cli cli;

    GreenLedger ledger() {
        return cli.session.ledger();
    }

    void print(Object result) {
        cli.print(result);
    }

    /** A request written as JSON in {@code file} ({@code -} for standard input), validated as it is read. */
    static <T> T read(Path file, Class<T> type) {
        try {
            String json = file.toString().equals("-")
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(file, StandardCharsets.UTF_8);
            return Json.decode(json, type);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
