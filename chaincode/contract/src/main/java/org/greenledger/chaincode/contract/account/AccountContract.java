package org.greenledger.chaincode.contract.account;

import static org.greenledger.chaincode.api.Transaction.OPEN_ACCOUNT;
import static org.greenledger.chaincode.api.Transaction.UPDATE_KYC;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Investor accounts. A custodian bank opens and maintains its own clients' accounts and answers
 * for their KYC; no other org can open or change them. Only hashes of KYC records are stored.
 */
@Contract(name = Contracts.ACCOUNTS, info = @Info(title = "GreenLedger accounts", version = "0.1.0"))
public final class AccountContract implements GreenLedgerContract {
    private static final AccessPolicy CUSTODIAN_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();
    private static final int MAX_PAGE_SIZE = 200;

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String OpenAccount(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        OpenAccountRequest request = Requests.decode(requestJson, OPEN_ACCOUNT);
        if (!request.custodianMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized(caller.mspId() + " cannot open an account held at "
                    + request.custodianMspId());
        }
        requireValid(ctx, request.kyc());
        AccountBook book = new AccountBook(ctx.ledger());
        if (book.exists(request.accountId())) {
            throw ContractError.alreadyExists("account", request.accountId());
        }
        var now = ctx.ledger().now();
        Account account = new Account(request.accountId(), caller.mspId(), request.investorType(),
                request.jurisdiction(), request.kyc(), AccountStatus.ACTIVE, now, now);
        book.open(account);
        ctx.ledger().emit(EventType.ACCOUNT_OPENED, account);
        return Json.encode(account);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String UpdateKyc(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        UpdateKycRequest request = Requests.decode(requestJson, UPDATE_KYC);
        AccountBook book = new AccountBook(ctx.ledger());
        Account account = ownAccount(book, caller, request.accountId());
        requireNotClosed(account);
        requireValid(ctx, request.kyc());
        Account updated = account.withKyc(request.kyc(), ctx.ledger().now());
        book.save(updated);
        ctx.ledger().emit(EventType.ACCOUNT_KYC_UPDATED, updated);
        return Json.encode(updated);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CloseAccount(GreenLedgerContext ctx, String accountId) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        Requests.id("accountId", accountId, Check.ID);
        AccountBook book = new AccountBook(ctx.ledger());
        Account account = ownAccount(book, caller, accountId);
        requireNotClosed(account);
        if (account.status() == AccountStatus.FROZEN) {
            throw new ContractError(ErrorCode.INVALID_STATE, "account " + accountId
                    + " is FROZEN by the regulator; it cannot be closed until unfrozen");
        }
        Account closed = account.withStatus(AccountStatus.CLOSED, ctx.ledger().now());
        book.save(closed);
        ctx.ledger().emit(EventType.ACCOUNT_CLOSED, closed);
        return Json.encode(closed);
    }

    /** An account, for its custodian, the registry and the regulator. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetAccount(GreenLedgerContext ctx, String accountId) {
        Caller caller = MEMBER.check(ctx);
        Requests.id("accountId", accountId, Check.ID);
        Account account = new AccountBook(ctx.ledger()).get(accountId);
        AccountVisibility.requireMaySee(ctx, caller, account.custodianMspId());
        return Json.encode(account);
    }

    /** A custodian's accounts in id order, a page at a time (see AccountPage.bookmark). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListAccounts(GreenLedgerContext ctx, String custodianMspId, int pageSize, String bookmark) {
        Caller caller = MEMBER.check(ctx);
        Requests.id("custodianMspId", custodianMspId, Check.MSP_ID);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        AccountVisibility.requireMaySee(ctx, caller, custodianMspId);
        return Json.encode(new AccountBook(ctx.ledger()).byCustodian(custodianMspId, pageSize, bookmark));
    }

    private static Account ownAccount(AccountBook book, Caller caller, String accountId) {
        Account account = book.get(accountId);
        AccountVisibility.requireCustodian(account, caller);
        return account;
    }

    private static void requireNotClosed(Account account) {
        if (account.status() == AccountStatus.CLOSED) {
            throw new ContractError(ErrorCode.INVALID_STATE, "account " + account.accountId() + " is CLOSED");
        }
    }

    private static void requireValid(GreenLedgerContext ctx, KycAttestation kyc) {
        if (!kyc.validOn(ctx.ledger().today())) {
            throw new ContractError(ErrorCode.KYC_EXPIRED, "the KYC attestation expired on " + kyc.expiresOn()
                    + " (transaction date " + ctx.ledger().today() + ")");
        }
    }
}
