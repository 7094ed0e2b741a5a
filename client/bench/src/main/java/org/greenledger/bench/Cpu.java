package org.greenledger.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the machine's CPU time goes, by kind of process: the network scripts' pid files name
 * every node ({@code peer-banka}, {@code orderer-alliance}, {@code chaincode-bankb},
 * {@code baseline-verifier}, ...), and Linux counts each process's user and system time in
 * {@code /proc/PID/stat}. The difference of two snapshots divided by the transactions committed
 * between them is the CPU each transaction cost each kind of process.
 */
final class Cpu {
    /** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private Cpu() {
    }

    /** CPU seconds used so far, per kind of process (the pid file's name up to its first dash), and "client" for this JVM. */
    static Map<String, Double> snapshot(Path state) {
        Map<String, Double> seconds = new TreeMap<>();
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(state.resolve("pids"), "*.pid")) {
            for (Path file : pids) {
                String name = file.getFileName().toString();
                String kind = name.substring(0, name.indexOf('-') > 0 ? name.indexOf('-') : name.length() - 4);
                seconds.merge(kind, processSeconds(Files.readString(file).trim()), Double::sum);
            }
        } catch (IOException e) {
            return seconds;
        }
        seconds.put("client", processSeconds("self"));
        return seconds;
    }

    /** CPU milliseconds per transaction, per kind, between two snapshots. */
    static Map<String, Double> perTransaction(Map<String, Double> before, Map<String, Double> after, long transactions) {
        Map<String, Double> ms = new TreeMap<>();
        if (transactions == 0) {
            return ms;
        }
        after.forEach((kind, seconds) -> {
            double used = seconds - before.getOrDefault(kind, 0.0);
            if (used > 0) {
                ms.put(kind, Math.round(used * 1000 / transactions * 10) / 10.0);
            }
        });
        return ms;
    }

    private static double processSeconds(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name (which may hold spaces) start after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
