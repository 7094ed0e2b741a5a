package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.DEV;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.ref;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.util.List;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementPurpose;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.contract.support.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * Generated requests ({@link Fuzz}) against credit transfers and retirements. The tonnes still
 * active in the holders' blocks plus those retired are the tonnes issued (checked after applied
 * inputs throughout the run and at its end): nothing is created, lost or moved twice. The counts
 * are printed.
 */
class CreditFuzzTest {
    private static final List<String> HOLDERS = List.of(DEV, "A1", "A2");
    private static final long ISSUED = 100_000;

    private final Fuzz fuzz = new Fuzz();

    @Test
    void every_generated_credit_request_is_refused_with_a_code_and_no_change_or_conserves_the_tonnes() {
        CarbonRegistry registry = new CarbonRegistry(null);
        registry.issue("MR-1", ISSUED, 0, List.of(), null);
        long[] retired = {0};
        String transfers = fuzz.run("credits:TransferCredits", registry.ledger, BANK_A_OPERATOR,
                (r, n) -> Json.encode(new TransferCreditsRequest("CT-" + n, ref(DEV, firstSerialOf(registry, DEV)),
                        HOLDERS.get(1 + r.nextInt(2)), 1 + r.nextInt(5))),
                (ctx, json) -> registry.credits.TransferCredits(ctx, json),
                (input, n) -> checkEvery(n, () -> assertEquals(ISSUED, active(registry), "#" + n + " " + Fuzz.shown(input))));
        assertEquals(ISSUED, active(registry));
        String retirements = fuzz.run("credits:RetireCredits", registry.ledger, BANK_A_OPERATOR,
                (r, n) -> Json.encode(new RetireCreditsRequest("RC-" + n, ref(DEV, firstSerialOf(registry, DEV)),
                        1 + r.nextInt(5), "Saigon Logistics JSC", RetirementPurpose.VOLUNTARY, null)),
                (ctx, json) -> registry.credits.RetireCredits(ctx, json),
                (input, n) -> {
                    retired[0] += JsonParser.parseString(input).getAsJsonObject().get("quantity").getAsLong();
                    checkEvery(n, () -> assertEquals(ISSUED, active(registry) + retired[0], "#" + n + " "
                            + Fuzz.shown(input)));
                });
        assertEquals(ISSUED, active(registry) + retired[0]);
        System.out.println(transfers);
        System.out.println(retirements);
    }

    /**
     * Runs an invariant that reads every block of every holder on one input in fifty (and the test
     * once more at the end): thousands of blocks make each reading dear.
     */
    private static void checkEvery(int n, Runnable check) {
        if (n % 50 == 0) {
            check.run();
        }
    }

    /** The first serial of the holder's first active block (1 if it has none left). */
    private static long firstSerialOf(CarbonRegistry registry, String holder) {
        return registry.blocks(holder).stream().findFirst().map(b -> b.range().first()).orElse(1L);
    }

    private static long active(CarbonRegistry registry) {
        return HOLDERS.stream().flatMap(h -> registry.blocks(h).stream()).mapToLong(CreditBlock::quantity).sum();
    }
}
