package org.greenledger.client.cli;

import java.util.UUID;
import picocli.CommandLine.Option;

/**
 * The request id of a write that moves value. Sending a command again with the same id (after a
 * timeout, say) returns the first result and moves nothing twice; without {@code --request-id}
 * each command is a new request.
 */
final class RequestId {
    @Option(names = "--request-id", paramLabel = "ID",
            description = "client-chosen id; the same id sent again returns the first result (default: a new id)")
    String id;

    String value() {
        if (id == null) {
            id = "cli-" + UUID.randomUUID();
        }
        return id;
    }
}
