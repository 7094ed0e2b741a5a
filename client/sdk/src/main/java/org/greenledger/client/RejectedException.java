package org.greenledger.client;

import org.greenledger.chaincode.api.ErrorCode;

/**
 * The chaincode refused the transaction: nothing was written. {@link #code()} is the stable
 * reason, and each code has its own subclass, so an application catches what it handles:
 *
 * <pre>{@code
 * try {
 *     ledger.holdings().transfer(request);
 * } catch (RejectedException.KycExpired e) {
 *     askForRenewedKyc(request.toAccountId());
 * } catch (RejectedException.Compliance e) {
 *     reportToCompliance(e.code(), e.getMessage());   // any other rule a movement broke
 * }
 * }</pre>
 */
public abstract class RejectedException extends GreenLedgerException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    RejectedException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Why the chaincode refused the transaction. */
    public ErrorCode code() {
        return code;
    }

    /**
     * The chaincode's own words, without the transaction name, the gateway's and the peers'
     * prefixes, or the other endorsers' copies of the same message: what an operator reads.
     */
    public String reason() {
        String text = getMessage();
        String marker = code.format("");
        int at = text.indexOf(marker);
        if (at < 0) {
            return text;
        }
        String rest = text.substring(at + marker.length());
        int end = rest.indexOf(" | ");
        return end < 0 ? rest : rest.substring(0, end);
    }

    /** The exception of {@code code}; every code has one (the switch does not compile otherwise). */
    public static RejectedException of(ErrorCode code, String message, Throwable cause) {
        return switch (code) {
            case MALFORMED_REQUEST -> new MalformedRequest(message, cause);
            case INVALID_ARGUMENT -> new InvalidArgument(message, cause);
            case NOT_AUTHORIZED -> new NotAuthorized(message, cause);
            case NOT_FOUND -> new NotFound(message, cause);
            case ALREADY_EXISTS -> new AlreadyExists(message, cause);
            case NOT_BOOTSTRAPPED -> new NotBootstrapped(message, cause);
            case ALREADY_BOOTSTRAPPED -> new AlreadyBootstrapped(message, cause);
            case INVALID_STATE -> new InvalidState(message, cause);
            case INVALID_TRANSITION -> new InvalidTransition(message, cause);
            case KYC_EXPIRED -> new KycExpired(message, cause);
            case CLOCK_SKEW -> new ClockSkew(message, cause);
            case REQUEST_ID_REUSED -> new RequestIdReused(message, cause);
            case ACCOUNT_FROZEN -> new AccountFrozen(message, cause);
            case ACCOUNT_CLOSED -> new AccountClosed(message, cause);
            case SANCTIONED -> new Sanctioned(message, cause);
            case INVESTOR_NOT_ELIGIBLE -> new InvestorNotEligible(message, cause);
            case HOLDING_LIMIT_EXCEEDED -> new HoldingLimitExceeded(message, cause);
            case ASSET_PAUSED -> new AssetPaused(message, cause);
            case NOT_IN_CIRCULATION -> new NotInCirculation(message, cause);
            case LOCKED_UP -> new LockedUp(message, cause);
            case SANDBOX_CAP_EXCEEDED -> new SandboxCapExceeded(message, cause);
            case INSUFFICIENT_UNITS -> new InsufficientUnits(message, cause);
            case CATEGORY_NOT_ELIGIBLE -> new CategoryNotEligible(message, cause);
            case PROCEEDS_EXCEEDED -> new ProceedsExceeded(message, cause);
            case CREDITS_RETIRED -> new CreditsRetired(message, cause);
            case DOUBLE_COUNTING -> new DoubleCounting(message, cause);
            case NOT_DUE -> new NotDue(message, cause);
            case INTERNAL_ERROR -> new InternalError(message, cause);
        };
    }

    /** A compliance rule refused a movement of units (DOMAIN section 2); {@link #code()} says which. */
    public abstract static class Compliance extends RejectedException {
        private static final long serialVersionUID = 1L;

        Compliance(ErrorCode code, String message, Throwable cause) {
            super(code, message, cause);
        }
    }

    /**
     * {@link ErrorCode#MALFORMED_REQUEST}: the request could not be parsed: malformed JSON or a wrong number of
     * arguments.
     */
    public static final class MalformedRequest extends RejectedException {
        private static final long serialVersionUID = 1L;

        MalformedRequest(String message, Throwable cause) {
            super(ErrorCode.MALFORMED_REQUEST, message, cause);
        }
    }

    /** {@link ErrorCode#INVALID_ARGUMENT}: a field is missing or has an invalid value. */
    public static final class InvalidArgument extends RejectedException {
        private static final long serialVersionUID = 1L;

        InvalidArgument(String message, Throwable cause) {
            super(ErrorCode.INVALID_ARGUMENT, message, cause);
        }
    }

    /**
     * {@link ErrorCode#NOT_AUTHORIZED}: the caller's organization, or its {@code gl.role}, may not perform this
     * transaction.
     */
    public static final class NotAuthorized extends RejectedException {
        private static final long serialVersionUID = 1L;

        NotAuthorized(String message, Throwable cause) {
            super(ErrorCode.NOT_AUTHORIZED, message, cause);
        }
    }

    /** {@link ErrorCode#NOT_FOUND}: the referenced record does not exist. */
    public static final class NotFound extends RejectedException {
        private static final long serialVersionUID = 1L;

        NotFound(String message, Throwable cause) {
            super(ErrorCode.NOT_FOUND, message, cause);
        }
    }

    /** {@link ErrorCode#ALREADY_EXISTS}: a record with this id already exists. */
    public static final class AlreadyExists extends RejectedException {
        private static final long serialVersionUID = 1L;

        AlreadyExists(String message, Throwable cause) {
            super(ErrorCode.ALREADY_EXISTS, message, cause);
        }
    }

    /**
     * {@link ErrorCode#NOT_BOOTSTRAPPED}: governance has not been bootstrapped yet: no member organization is
     * registered.
     */
    public static final class NotBootstrapped extends RejectedException {
        private static final long serialVersionUID = 1L;

        NotBootstrapped(String message, Throwable cause) {
            super(ErrorCode.NOT_BOOTSTRAPPED, message, cause);
        }
    }

    /** {@link ErrorCode#ALREADY_BOOTSTRAPPED}: governance was already bootstrapped; it can be done only once. */
    public static final class AlreadyBootstrapped extends RejectedException {
        private static final long serialVersionUID = 1L;

        AlreadyBootstrapped(String message, Throwable cause) {
            super(ErrorCode.ALREADY_BOOTSTRAPPED, message, cause);
        }
    }

    /** {@link ErrorCode#INVALID_STATE}: the record's current state does not allow the requested change. */
    public static final class InvalidState extends RejectedException {
        private static final long serialVersionUID = 1L;

        InvalidState(String message, Throwable cause) {
            super(ErrorCode.INVALID_STATE, message, cause);
        }
    }

    /**
     * {@link ErrorCode#INVALID_TRANSITION}: the lifecycle does not allow this step from the record's current status.
     */
    public static final class InvalidTransition extends RejectedException {
        private static final long serialVersionUID = 1L;

        InvalidTransition(String message, Throwable cause) {
            super(ErrorCode.INVALID_TRANSITION, message, cause);
        }
    }

    /**
     * {@link ErrorCode#KYC_EXPIRED}: the KYC attestation has expired (or would be expired) at the transaction time.
     */
    public static final class KycExpired extends Compliance {
        private static final long serialVersionUID = 1L;

        KycExpired(String message, Throwable cause) {
            super(ErrorCode.KYC_EXPIRED, message, cause);
        }
    }

    /**
     * {@link ErrorCode#CLOCK_SKEW}: the proposal's timestamp lies further from an endorsing peer's clock than that
     * org's window allows. Check the client's clock (NTP); the ledger never accepts another time.
     */
    public static final class ClockSkew extends RejectedException {
        private static final long serialVersionUID = 1L;

        ClockSkew(String message, Throwable cause) {
            super(ErrorCode.CLOCK_SKEW, message, cause);
        }
    }

    /**
     * {@link ErrorCode#REQUEST_ID_REUSED}: the request id was used before for a different request, or by another
     * org; nothing was written. Choose a new id for a new request.
     */
    public static final class RequestIdReused extends RejectedException {
        private static final long serialVersionUID = 1L;

        RequestIdReused(String message, Throwable cause) {
            super(ErrorCode.REQUEST_ID_REUSED, message, cause);
        }
    }

    /** {@link ErrorCode#ACCOUNT_FROZEN}: the sender's or receiver's account is FROZEN. */
    public static final class AccountFrozen extends Compliance {
        private static final long serialVersionUID = 1L;

        AccountFrozen(String message, Throwable cause) {
            super(ErrorCode.ACCOUNT_FROZEN, message, cause);
        }
    }

    /** {@link ErrorCode#ACCOUNT_CLOSED}: the sender's or receiver's account is CLOSED. */
    public static final class AccountClosed extends Compliance {
        private static final long serialVersionUID = 1L;

        AccountClosed(String message, Throwable cause) {
            super(ErrorCode.ACCOUNT_CLOSED, message, cause);
        }
    }

    /** {@link ErrorCode#SANCTIONED}: the sender or receiver is on the regulator's sanctions list. */
    public static final class Sanctioned extends Compliance {
        private static final long serialVersionUID = 1L;

        Sanctioned(String message, Throwable cause) {
            super(ErrorCode.SANCTIONED, message, cause);
        }
    }

    /** {@link ErrorCode#INVESTOR_NOT_ELIGIBLE}: the receiver's investor type may not hold the asset. */
    public static final class InvestorNotEligible extends Compliance {
        private static final long serialVersionUID = 1L;

        InvestorNotEligible(String message, Throwable cause) {
            super(ErrorCode.INVESTOR_NOT_ELIGIBLE, message, cause);
        }
    }

    /** {@link ErrorCode#HOLDING_LIMIT_EXCEEDED}: the receiver would hold more than the asset's per-account limit. */
    public static final class HoldingLimitExceeded extends Compliance {
        private static final long serialVersionUID = 1L;

        HoldingLimitExceeded(String message, Throwable cause) {
            super(ErrorCode.HOLDING_LIMIT_EXCEEDED, message, cause);
        }
    }

    /** {@link ErrorCode#ASSET_PAUSED}: the regulator paused the asset. */
    public static final class AssetPaused extends Compliance {
        private static final long serialVersionUID = 1L;

        AssetPaused(String message, Throwable cause) {
            super(ErrorCode.ASSET_PAUSED, message, cause);
        }
    }

    /**
     * {@link ErrorCode#NOT_IN_CIRCULATION}: the asset is not in circulation: a bond before issue, or matured,
     * redeemed, called or in default.
     */
    public static final class NotInCirculation extends Compliance {
        private static final long serialVersionUID = 1L;

        NotInCirculation(String message, Throwable cause) {
            super(ErrorCode.NOT_IN_CIRCULATION, message, cause);
        }
    }

    /** {@link ErrorCode#LOCKED_UP}: the asset's lock-up period is not over. */
    public static final class LockedUp extends Compliance {
        private static final long serialVersionUID = 1L;

        LockedUp(String message, Throwable cause) {
            super(ErrorCode.LOCKED_UP, message, cause);
        }
    }

    /**
     * {@link ErrorCode#SANDBOX_CAP_EXCEEDED}: the movement breaks a sandbox cap set by the regulator (per
     * transaction or asset-class total).
     */
    public static final class SandboxCapExceeded extends Compliance {
        private static final long serialVersionUID = 1L;

        SandboxCapExceeded(String message, Throwable cause) {
            super(ErrorCode.SANDBOX_CAP_EXCEEDED, message, cause);
        }
    }

    /** {@link ErrorCode#INSUFFICIENT_UNITS}: the sender's unfrozen units do not cover the movement. */
    public static final class InsufficientUnits extends Compliance {
        private static final long serialVersionUID = 1L;

        InsufficientUnits(String message, Throwable cause) {
            super(ErrorCode.INSUFFICIENT_UNITS, message, cause);
        }
    }

    /**
     * {@link ErrorCode#CATEGORY_NOT_ELIGIBLE}: the project's ICMA category is not one the bond's green framework
     * lets proceeds fund.
     */
    public static final class CategoryNotEligible extends RejectedException {
        private static final long serialVersionUID = 1L;

        CategoryNotEligible(String message, Throwable cause) {
            super(ErrorCode.CATEGORY_NOT_ELIGIBLE, message, cause);
        }
    }

    /**
     * {@link ErrorCode#PROCEEDS_EXCEEDED}: allocations would exceed the bond's net proceeds, or a project's total
     * financing.
     */
    public static final class ProceedsExceeded extends RejectedException {
        private static final long serialVersionUID = 1L;

        ProceedsExceeded(String message, Throwable cause) {
            super(ErrorCode.PROCEEDS_EXCEEDED, message, cause);
        }
    }

    /** {@link ErrorCode#CREDITS_RETIRED}: the serials are retired or cancelled: they never move again. */
    public static final class CreditsRetired extends RejectedException {
        private static final long serialVersionUID = 1L;

        CreditsRetired(String message, Throwable cause) {
            super(ErrorCode.CREDITS_RETIRED, message, cause);
        }
    }

    /**
     * {@link ErrorCode#DOUBLE_COUNTING}: it would count a tonne twice: an external range imported before, or a bond
     * claiming more than its share.
     */
    public static final class DoubleCounting extends RejectedException {
        private static final long serialVersionUID = 1L;

        DoubleCounting(String message, Throwable cause) {
            super(ErrorCode.DOUBLE_COUNTING, message, cause);
        }
    }

    /**
     * {@link ErrorCode#NOT_DUE}: the step is not due yet at the transaction time (a record date, a payment date,
     * maturity).
     */
    public static final class NotDue extends RejectedException {
        private static final long serialVersionUID = 1L;

        NotDue(String message, Throwable cause) {
            super(ErrorCode.NOT_DUE, message, cause);
        }
    }

    /**
     * {@link ErrorCode#INTERNAL_ERROR}: the chaincode failed on this request for a reason of its own, not the
     * request's; nothing was written. Report it with the transaction id.
     */
    public static final class InternalError extends RejectedException {
        private static final long serialVersionUID = 1L;

        InternalError(String message, Throwable cause) {
            super(ErrorCode.INTERNAL_ERROR, message, cause);
        }
    }
}
