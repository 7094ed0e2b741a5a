package org.greenledger.chaincode.contract.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.junit.jupiter.api.Test;

class ChaincodeMetricsTest {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final ChaincodeMetrics metrics = new ChaincodeMetrics(registry);

    @Test
    void counts_transactions_by_outcome_and_refusals_by_code() throws IOException {
        metrics.record("holdings:Transfer", Optional.empty(), 0.012);
        metrics.record("holdings:Transfer", Optional.of(ErrorCode.KYC_EXPIRED), 0.004);
        metrics.record("holdings:Transfer", Optional.of(ErrorCode.KYC_EXPIRED), 0.003);
        String text = scrape();
        assertTrue(text.contains("greenledger_chaincode_transactions_total{function=\"holdings:Transfer\",outcome=\"ok\"} 1.0"), text);
        assertTrue(text.contains("greenledger_chaincode_transactions_total{function=\"holdings:Transfer\",outcome=\"refused\"} 2.0"), text);
        assertTrue(text.contains("greenledger_chaincode_refusals_total{code=\"KYC_EXPIRED\",function=\"holdings:Transfer\"} 2.0"), text);
        assertTrue(text.contains("greenledger_chaincode_duration_seconds_count{function=\"holdings:Transfer\"} 3"), text);
    }

    @Test
    void a_function_the_catalog_does_not_name_is_counted_as_unknown() throws IOException {
        for (int i = 0; i < 100; i++) {
            metrics.record("made:Up" + i, Optional.of(ErrorCode.MALFORMED_REQUEST), 0.001);
        }
        String text = scrape();
        assertTrue(text.contains("greenledger_chaincode_transactions_total{function=\"unknown\",outcome=\"refused\"} 100.0"), text);
        assertTrue(!text.contains("made:Up"), text);
    }

    private String scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toString(StandardCharsets.UTF_8);
    }
}
