package org.greenledger.client.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/** How the demo tells its story: numbered steps, what happened, what the ledger refused. */
final class Narrator {
    private static final PrintStream OUT = System.out;

    private Narrator() {
    }

    static void step(String title) {
        OUT.println();
        OUT.println(title);
    }

    static void done(String what) {
        OUT.println("     " + what);
    }

    static void line(String format, Object... args) {
        OUT.printf("     " + format + "%n", args);
    }

    /** Runs {@code call}, which the ledger must refuse with {@code expected}. */
    static void refused(ErrorCode expected, String attempt, Runnable call) {
        try {
            call.run();
            throw new IllegalStateException("the ledger accepted: " + attempt);
        } catch (RejectedException e) {
            expect(e, expected);
            line("refused %-21s %s", e.code(), attempt);
        }
    }

    static void expect(RejectedException e, ErrorCode expected) {
        if (e.code() != expected) {
            throw new IllegalStateException("expected " + expected + " but got " + e.code(), e);
        }
    }

    /** The next step runs on another org's peer: wait until it has the previous step's block. */
    static void settle(GreenLedger... connections) {
        GreenLedger.awaitSameHeight(Duration.ofSeconds(60), connections);
    }

    /** A stand-in for the SHA-256 of an off-ledger document. */
    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
