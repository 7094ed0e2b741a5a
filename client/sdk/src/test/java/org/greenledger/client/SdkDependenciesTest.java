package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK is the one dependency a bank's application adds: what it pulls in must be the Gateway
 * client and its transport, never the operators' CLI, the demo, the console or the tests.
 */
class SdkDependenciesTest {

    /** Surefire runs these tests on the module's resolved test classpath, which includes every compile and runtime dependency. */
    private static final List<String> CLASSPATH =
            Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

    @Test
    void the_library_pulls_in_no_cli_demo_or_test_artifact() {
        List<String> foreign = CLASSPATH.stream()
                .map(entry -> new File(entry).getName())
                .filter(name -> name.startsWith("picocli") || name.startsWith("greenledger-cli")
                        || name.startsWith("greenledger-it") || name.startsWith("greenledger-bench")
                        || name.startsWith("greenledger-console") || name.startsWith("fastexcel")
                        || name.startsWith("selenium") || name.startsWith("chart.js")
                        || name.startsWith("greenledger-chaincode-0") || name.startsWith("fabric-chaincode-shim"))
                .toList();
        assertEquals(List.of(), foreign);
    }

    @Test
    void the_library_has_no_main_class() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        assertNull(loader.getResource("org/greenledger/client/cli/Cli.class"));
        assertNull(loader.getResource("org/greenledger/client/demo/Demo.class"));
        assertNull(loader.getResource("org/greenledger/client/console/Console.class"));
    }
}
