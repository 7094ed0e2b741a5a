package org.greenledger.client.console;

import java.util.function.Supplier;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.client.RejectedException;

/**
 * A section of a page read on its own: when the ledger refuses that read (not yet issued, not this
 * org's to see), the section says so with the code and the rest of the page still shows.
 */
final class Sections {
    private Sections() {
    }

    static String read(String heading, Supplier<String> content) {
        try {
            return content.get();
        } catch (RejectedException e) {
            String why = e.code() == ErrorCode.NOT_AUTHORIZED ? "not shown to this org" : "not available";
            return Html.section(heading, Html.note(why + " (" + e.code() + "): " + e.reason()));
        }
    }
}
