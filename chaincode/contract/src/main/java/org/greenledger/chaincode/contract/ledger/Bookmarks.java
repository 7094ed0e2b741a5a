package org.greenledger.chaincode.contract.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.contract.ContractError;

/**
 * Page bookmarks as clients see them: opaque, printable tokens. Fabric's bookmark is the next
 * composite key, which holds NUL separators that no request may carry; it travels base64url.
 */
final class Bookmarks {
    private Bookmarks() {
    }

    static String opaque(String fabricBookmark) {
        return fabricBookmark == null || fabricBookmark.isEmpty() ? ""
                : Base64.getUrlEncoder().withoutPadding().encodeToString(fabricBookmark.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The Fabric bookmark a token stands for; "" (the first page) for none. The peer starts the
     * page at the bookmark whatever it is, so a bookmark outside the query's own key range (a
     * forged one, say into another custodian's accounts) is refused.
     *
     * @param range the composite-key prefix of the query the page belongs to
     */
    static String fabricKey(String token, String range) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        String key;
        try {
            key = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notGiven();
        }
        if (!key.startsWith(range)) {
            throw notGiven();
        }
        return key;
    }

    private static ContractError notGiven() {
        return new ContractError(ErrorCode.INVALID_ARGUMENT, "bookmark is not one a page of this query gave");
    }
}
