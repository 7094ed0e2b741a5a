package org.greenledger.chaincode.api.governance;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do for its organization, from the {@code gl.role} attribute that the org's
 * Fabric CA writes into the user's enrollment certificate.
 */
public enum UserRole {
    /** Manages the org's participation: governance decisions, configuration. */
    ADMIN,
    /** Runs the org's business: opens accounts, moves assets. */
    OPERATOR,
    /** Reads only. */
    VIEWER;

    /** The certificate attribute that carries the role. */
    public static final String ATTRIBUTE = "gl.role";

    /** The attribute value, as written by the CA: {@code admin}, {@code operator}, {@code viewer}. */
    public String attributeValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UserRole> fromAttribute(String value) {
        for (UserRole role : values()) {
            if (role.attributeValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
