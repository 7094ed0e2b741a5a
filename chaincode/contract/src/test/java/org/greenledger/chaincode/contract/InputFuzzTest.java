package org.greenledger.chaincode.contract;

import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.bond.IssuanceContract;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.compliance.ForcedTransferContract;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.junit.jupiter.api.Test;

/**
 * Generated requests against the write transactions, on the in-memory ledger. Each family gets
 * {@value #PER_FAMILY} inputs from a fixed seed: a valid request with one to three of its fields
 * replaced by values that do not fit (huge, fractional, negative, of another JSON type, with
 * control characters, over-long), fields added or removed, or text that is not JSON at all; and,
 * one in five, a well-typed request with random values. Every input is either refused with a
 * code, changing nothing and emitting nothing, or applied; after each applied one the deposit
 * token's units are conserved (transfers) or change by exactly the amount applied (mint, burn,
 * subscription escrow), and no holding is negative. The counts are printed.
 */
class InputFuzzTest {
    static final int PER_FAMILY = 10_000;
    private static final long SEED = 20261130L;
    private static final List<String> POOL = List.of(Market.TREASURY, "A1", "A2", "B1");
    private static final String HASH = "a".repeat(64);

    private static final String[] MISFITS = {"1e30", "9223372036854775808", "-9223372036854775809", "2147483648",
        "1.5", "-1", "0", "-0.5", "1e-3", "\"10\"", "\"\"", "true", "false", "null", "{}", "[]", "[1,2]",
        "{\"units\":1}", "\"x\\u0007y\"", "\"\\u001b[31mred\"", "\"tab\\there\"", "\"nul\\u0000\"",
        "\"" + "x".repeat(5_000) + "\"", "\"A1\"", "\"CASH-A-VND\"", "\"VNGRNBOND018\"", "\"\u00e9t\u00e9\"",
        "\"' OR 1=1 --\"", "\"../../etc\"", "9007199254740993", "1E+400"};
    private static final String[] NOT_JSON = {"", " ", "{", "}", "[", "null", "[1]", "\"text\"", "42", "{\"a\":}",
        "{} {}", "{\"requestId\":\"R\",}", "\u0000", "{'a':1}"};

    private final Random random = new Random(SEED);

    @Test
    void every_generated_input_is_refused_with_a_code_and_no_change_or_applied_within_the_invariants() {
        List<String> report = new ArrayList<>();
        report.add(fuzz("holdings:Transfer", BANK_A_OPERATOR, (r, n) -> transfer(r, n, (from, to) -> new TransferRequest(
                "T-" + n, Market.CASH_A, from, to, 1 + r.nextInt(1_000_000), "INV-" + n)),
                (ctx, json) -> new HoldingContract().Transfer(ctx, json), 0));
        report.add(fuzz("cash:Mint", BANK_A_OPERATOR, (r, n) -> Json.encode(new CashRequest("M-" + n, Market.CASH_A,
                pick(r), 1 + r.nextInt(1_000_000))), (ctx, json) -> new CashContract().Mint(ctx, json), +1));
        report.add(fuzz("cash:Burn", BANK_A_OPERATOR, (r, n) -> Json.encode(new CashRequest("B-" + n, Market.CASH_A,
                pick(r), 1 + r.nextInt(1_000_000))), (ctx, json) -> new CashContract().Burn(ctx, json), -1));
        report.add(fuzz("issuance:Subscribe", BANK_A_OPERATOR, (r, n) -> Json.encode(new SubscribeRequest("S-" + n,
                Market.BOND, pick(r), 1 + r.nextInt(50), Market.CASH_A)),
                (ctx, json) -> new IssuanceContract().Subscribe(ctx, json), -1));
        report.add(fuzz("forcedTransfers:ProposeForcedTransfer", REGULATOR_OPERATOR, (r, n) -> transfer(r, n,
                (from, to) -> new ForcedTransferRequest("F-" + n, Market.CASH_A, from, to, 1 + r.nextInt(1_000), HASH)),
                (ctx, json) -> new ForcedTransferContract().ProposeForcedTransfer(ctx, json), 0));
        report.add(fuzz("accounts:OpenAccount", BANK_A_OPERATOR, (r, n) -> Json.encode(new OpenAccountRequest(
                "ACC-" + n, BANK_A, InvestorType.values()[r.nextInt(3)], "VN", new KycAttestation(HASH,
                        KycLevel.STANDARD, LocalDate.parse("2028-01-01")))),
                (ctx, json) -> new AccountContract().OpenAccount(ctx, json), 0));
        report.forEach(System.out::println);
    }

    private String fuzz(String family, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<org.greenledger.chaincode.contract.GreenLedgerContext, String, String> tx, int sign) {
        Market market = new Market();
        long total = cashTotal(market);
        Map<ErrorCode, Integer> refusals = new EnumMap<>(ErrorCode.class);
        int applied = 0;
        for (int n = 0; n < PER_FAMILY; n++) {
            String valid = template.apply(random, n);
            String input = random.nextInt(5) == 0 ? valid : misfit(valid);
            ContractError refused;
            try {
                refused = market.ledger.attempt(who, ctx -> tx.apply(ctx, input));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(family + " #" + n + " failed without a code on " + shown(input), e);
            }
            if (refused != null) {
                assertNotNull(refused.code(), input);
                refusals.merge(refused.code(), 1, Integer::sum);
                continue;
            }
            applied++;
            if (sign != 0) {
                total += sign * amountOf(input);
            }
            long now = cashTotal(market);
            assertEquals(total, now, family + " #" + n + " broke conservation on " + shown(input));
        }
        int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(PER_FAMILY, refused + applied);
        assertTrue(refusals.getOrDefault(ErrorCode.INVALID_ARGUMENT, 0) > PER_FAMILY / 4, family + ": " + refusals);
        return String.format("fuzz %-38s %,6d inputs: %,6d applied, %,6d refused %s", family, PER_FAMILY, applied,
                refused, refusals.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ", "(", ")")));
    }

    /** The valid request with one to three fields misfitted, added or removed; or text that is not JSON. */
    private String misfit(String valid) {
        if (random.nextInt(12) == 0) {
            return NOT_JSON[random.nextInt(NOT_JSON.length)];
        }
        JsonObject object = JsonParser.parseString(valid).getAsJsonObject();
        List<String> fields = new ArrayList<>(object.keySet());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            String field = fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(field);
                case 1 -> object.add("unexpected" + random.nextInt(3), JsonParser.parseString("1"));
                default -> object.add(field, JsonParser.parseString(MISFITS[random.nextInt(MISFITS.length)]));
            }
        }
        return object.toString();
    }

    /** A request between two different accounts of the pool. */
    private static String transfer(Random random, int n, BiFunction<String, String, Object> request) {
        String from = pick(random);
        String to = POOL.get((POOL.indexOf(from) + 1 + random.nextInt(POOL.size() - 1)) % POOL.size());
        return Json.encode(request.apply(from, to));
    }

    private static String pick(Random random) {
        return POOL.get(random.nextInt(POOL.size()));
    }

    /** The amount an applied mint, burn or subscription moved: its units, or amountMinor, at the price. */
    private static long amountOf(String input) {
        JsonObject object = JsonParser.parseString(input).getAsJsonObject();
        if (object.has("amountMinor")) {
            return object.get("amountMinor").getAsLong();
        }
        return object.get("units").getAsLong() * Market.DENOMINATION;
    }

    /** Units of the deposit token held by the pool's accounts; none may be negative. */
    private static long cashTotal(Market market) {
        long total = 0;
        for (String account : POOL) {
            long units = market.units(Market.CASH_A, account);
            assertTrue(units >= 0, account + " holds " + units);
            total += units;
        }
        return total;
    }

    private static String shown(String input) {
        return input.length() <= 300 ? input : input.substring(0, 300) + "...";
    }
}
