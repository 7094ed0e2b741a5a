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

    /** The Fabric bookmark a token stands for; "" (the first page) for none. */
    static String fabricKey(String token) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "bookmark is not one a page of this ledger gave");
        }
    }
}
