package org.greenledger.client.console;

/**
 * A request the console answers with a message instead of a page: bad input (400), nothing there
 * (404), not allowed to this org (403), the ledger out of reach (502). The code is the ledger's
 * error code where there is one, else the console's own ({@code BAD_REQUEST}, {@code NO_SUCH_PAGE}).
 */
final class ConsoleError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    ConsoleError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ConsoleError badRequest(String message) {
        return new ConsoleError(400, "BAD_REQUEST", message);
    }

    static ConsoleError notFound(String message) {
        return new ConsoleError(404, "NO_SUCH_PAGE", message);
    }
}
